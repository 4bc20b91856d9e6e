// Browser tests in the three engines our readers use, one engine per run (ANCT_ENGINE=chromium,
// firefox or webkit; scripts/test-browsers.mjs runs the three one after the other). No test tool
// may download a browser here: each engine is Debian's own.
//   chromium  Debian's Chromium, through puppeteer-core (CDP)
//   firefox   Debian's Firefox ESR, through puppeteer-core too (WebDriver BiDi; no geckodriver)
//   webkit    WebKitGTK's MiniBrowser, through WebKitWebDriver (test/support/webkit.mjs), on a display
// The dev server also plays the misbehaving feed servers the loader must survive, and serves the
// demo pages watched (test/demo.test.ts).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { demoPagesServer } from './test/support/demo-pages-server.mjs';
import { feedTestServer } from './test/support/feed-test-server.mjs';
import { htmlCommandServer } from './test/support/html-command-server.mjs';
import { LOCALE, pinTimeZoneAndLocale } from './test/support/locale.mjs';
import { webkitLauncher } from './test/support/webkit.mjs';

const engine = process.env.ANCT_ENGINE ?? 'chromium';

// Every engine on Paris time and in French whatever the machine's settings (test/support/locale.mjs).
pinTimeZoneAndLocale();

const chromiumPath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
const firefoxPath = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        // Root in CI, and a closed network: no sandbox, no background calls home.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--lang=${LOCALE}`,
          `--accept-lang=${LOCALE}`,
        ],
      },
      async createPage({ context }) {
        const page = await context.newPage();
        await (await page.createCDPSession()).send('Emulation.setLocaleOverride', { locale: LOCALE });
        return page;
      },
    }),
  firefox: () =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        extraPrefsFirefox: {
          'intl.accept_languages': LOCALE,
          'intl.locale.requested': LOCALE,
          // A closed network: no calls home.
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
        },
      },
      async createBrowserContext({ browser }) {
        await browser.connection.send('emulation.setLocaleOverride', { locale: LOCALE, userContexts: ['default'] });
        return browser.defaultBrowserContext();
      },
    }),
  webkit: () => webkitLauncher(),
};

if (!launchers[engine]) throw new Error(`ANCT_ENGINE=${engine}: chromium, firefox or webkit`);
const browser = launchers[engine]();
// The reports name the engine (chromeLauncher calls every browser it starts "Chrome").
browser.name = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[engine];

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as in dist/: no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [demoPagesServer, feedTestServer, htmlCommandServer],
  // One page at a time: a page in a background tab gets no rendering steps, so no
  // ResizeObserver callbacks, and layout tests would wait for nothing.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // The runner's default page, plus the engine's name: tests mark what cannot run in an engine
  // (test/support/engine.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.__ANCT_ENGINE__ = ${JSON.stringify(engine)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [browser],
};
