// WebKit for the browser tests: Debian's WebKitGTK (libwebkit2gtk-4.1), driven over WebDriver by
// its own driver, WebKitWebDriver (package webkit2gtk-driver), which starts the MiniBrowser that
// ships with the library. Nothing is downloaded. WebKitGTK has no headless mode: the run needs a
// display, which scripts/test-browsers.mjs gives it with `xvfb-run -a` when there is none.
//
// The launcher starts the driver itself on a free port, waits until it answers /status, and stops
// it with the run, so a run leaves no driver behind.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

/** MiniBrowser of libwebkit2gtk-4.1, wherever the architecture puts it; WEBKIT_BROWSER overrides. */
export function miniBrowserPath() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib)) {
      for (const candidate of [`${lib}/${dir}/webkit2gtk-4.1/MiniBrowser`, `${lib}/webkit2gtk-4.1/MiniBrowser`]) {
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

async function waitForStatus(port, driver, timeout = 15000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

class WebKitGtkLauncher extends WebdriverLauncher {
  driverProcess;

  async initialize(config) {
    const binary = miniBrowserPath();
    if (!binary) throw new Error('MiniBrowser of WebKitGTK not found: apt-get install webkit2gtk-driver (or set WEBKIT_BROWSER)');
    const port = await freePort();
    this.driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    this.driverProcess.on('error', (error) => console.error(`WebKitWebDriver: ${error.message}`));
    // However the run ends, the driver (and the MiniBrowser it started) ends with it.
    process.once('exit', () => this.driverProcess?.kill());
    await waitForStatus(port, this.driverProcess);
    this.options.port = port;
    this.options.capabilities['webkitgtk:browserOptions'].binary = binary;
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
  }
}

/** The browser entry of web-test-runner.config.mjs for WebKit. */
export function webkitLauncher() {
  return new WebKitGtkLauncher({
    hostname: '127.0.0.1',
    path: '/',
    logLevel: 'error',
    // A new session may take a while: MiniBrowser starts with it.
    connectionRetryTimeout: 60000,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebdriverIO 9 asks for WebDriver BiDi (webSocketUrl) by default; WebKitWebDriver speaks
      // classic WebDriver only, and refuses a session that asks for it.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: '',
        args: ['--automation'],
      },
    },
  });
}
