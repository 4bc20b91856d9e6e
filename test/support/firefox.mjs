// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver, nothing
// downloaded), as the print test launches it. A closed network: no calls home.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    extraPrefsFirefox: {
      'intl.accept_languages': 'fr-FR',
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
}
