// Tests run in Debian's headless Chromium (no test tool may download a browser here), against
// the dev server, which also plays the misbehaving feed servers the loader must survive.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedTestServer } from './test/support/feed-test-server.mjs';

const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as in dist/: no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [feedTestServer],
  // One page at a time: a page in a background tab gets no rendering steps, so no
  // ResizeObserver callbacks, and layout tests would wait for nothing.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        // Root in CI, and a closed network: no sandbox, no background calls home.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--lang=fr-FR',
        ],
      },
    }),
  ],
};
