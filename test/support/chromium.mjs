// Debian's Chromium, driven by puppeteer-core (which downloads no browser), as the Node tests
// and the bench launch it: root in CI, so no sandbox; a closed network, so no calls home.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
