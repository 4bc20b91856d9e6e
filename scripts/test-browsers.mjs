// The browser suite in each engine, one after the other (the machines have two cores, and
// layout tests want the one page they run on to be in front): `node scripts/test-browsers.mjs
// [chromium] [firefox] [webkit]`, all three by default. Each engine is one run of web-test-runner
// with ANCT_ENGINE set (web-test-runner.config.mjs). WebKitGTK needs a display: without one, its
// run goes under `xvfb-run -a`.
//
// After each run, one line `engine <name>: N passed, N failed` (a run that ends without its own
// count, or fails with none, counts as one failure), which .ci/run sums. Exits non-zero when any
// engine failed, after running them all.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const root = fileURLToPath(new URL('../', import.meta.url));
const wtr = `${root}node_modules/.bin/wtr`;

const asked = process.argv.slice(2);
for (const name of asked) if (!ENGINES.includes(name)) throw new Error(`unknown engine ${name}: ${ENGINES.join(', ')}`);
const engines = asked.length ? asked : ENGINES;

function run(engine) {
  let command = wtr;
  let args = ['--static-logging'];
  if (engine === 'webkit' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (!existsSync('/usr/bin/xvfb-run')) {
      console.error('WebKitGTK needs a display: apt-get install xvfb xauth, or set DISPLAY');
      return Promise.resolve({ passed: 0, failed: 1 });
    }
    args = ['-a', '--server-args=-screen 0 1280x1024x24', command, ...args];
    command = 'xvfb-run';
  }
  console.log(`\n=== browser tests in ${engine} ===\n`);
  return new Promise((resolve) => {
    let last = '';
    let tail = ''; // a count may come split across two chunks
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ANCT_ENGINE: engine }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-2000);
      // eslint-disable-next-line no-control-regex -- the terminal's colour codes are what is stripped
      const text = tail.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const counts = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      if (counts) last = counts;
    });
    child.on('close', (code) => {
      const passed = last ? Number(last[1]) : 0;
      let failed = last ? Number(last[2]) : 0;
      if (code !== 0 && failed === 0) failed = 1;
      resolve({ passed, failed, code });
    });
  });
}

let failedEngines = 0;
const lines = [];
for (const engine of engines) {
  const { passed, failed } = await run(engine);
  if (failed) failedEngines++;
  lines.push(`engine ${engine}: ${passed} passed, ${failed} failed`);
  console.log(`\n${lines.at(-1)}`);
}
// A recap, indented so that .ci/run, which sums the lines starting with `engine`, counts each once.
console.log(`\nbrowser tests:\n${lines.map((l) => `  ${l}`).join('\n')}`);
process.exit(failedEngines ? 1 : 0);
