/**
 * The test runner's own promise (web-test-runner.config.mjs): every engine runs in Paris time and
 * in French whatever the machine's settings, so that a test of opening hours or of a date gives
 * the same answer on every machine.
 */
import { expect } from '@open-wc/testing';

describe('the browser the tests run in', () => {
  it('is on Paris time: UTC+1 in winter, UTC+2 in summer', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Paris');
    expect(new Date('2024-01-15T12:00:00Z').getHours()).to.equal(13);
    expect(new Date('2024-07-15T12:00:00Z').getHours()).to.equal(14);
  });

  it('speaks French: the page’s language and the default of Intl', () => {
    expect(navigator.language).to.match(/^fr\b/);
    expect(new Intl.NumberFormat().resolvedOptions().locale).to.match(/^fr\b/);
    expect(new Intl.DateTimeFormat().resolvedOptions().locale).to.match(/^fr\b/);
  });
});
