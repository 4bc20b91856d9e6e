// Paris time and French for the browsers the tests start, whatever the machine's settings, so that
// a test of opening hours or of a date cannot pass or fail with the machine
// (test/runner-locale.test.ts proves it in each engine). Each engine takes them its own way:
//
//   time zone   TZ in the environment, for all three: WebKitWebDriver takes no time zone, and one
//               way for all keeps them alike.
//   language    Chromium: --accept-lang (navigator.language) and the DevTools protocol's locale
//               override (Intl's default), which its headless mode takes in place of LANG;
//               Firefox: its accept_languages preference and WebDriver BiDi's locale override
//               (Intl's default follows the interface's language, English without a language pack);
//               WebKitGTK: LANG, which it reads only through the C library: when the machine has
//               no French locale compiled, one is compiled from the C library's sources into a
//               folder of our own, given as LOCPATH.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME_ZONE = 'Europe/Paris';
export const LOCALE = 'fr-FR';
const POSIX_LOCALE = 'fr_FR.UTF-8';

/** A folder holding fr_FR.UTF-8 compiled, or undefined when the machine has it (or cannot compile it). */
function compiledLocale() {
  try {
    if (/^fr_FR\.utf-?8$/im.test(execFileSync('locale', ['-a'], { encoding: 'utf8' }))) return undefined;
    const dir = join(tmpdir(), 'anct-widgets-locale');
    if (!existsSync(join(dir, POSIX_LOCALE, 'LC_CTYPE'))) {
      mkdirSync(dir, { recursive: true });
      // -c: the C library's own sources draw warnings that are not errors.
      execFileSync('localedef', ['-c', '-i', 'fr_FR', '-f', 'UTF-8', join(dir, POSIX_LOCALE)], { stdio: 'ignore' });
    }
    return dir;
  } catch (error) {
    console.warn(`fr_FR.UTF-8 could not be compiled (${error.message}): WebKit will speak English`);
    return undefined;
  }
}

/** Sets the environment every browser started from this process inherits. */
export function pinTimeZoneAndLocale() {
  // LC_ALL and LC_MESSAGES would outrank LANG.
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
  Object.assign(process.env, { TZ: TIME_ZONE, LANG: POSIX_LOCALE, LANGUAGE: 'fr_FR:fr' });
  const locpath = compiledLocale();
  if (locpath) process.env.LOCPATH = locpath;
}
