// The Node tests' own promise (package.json's test:node): Paris time and French whatever the
// machine's settings, so that a test of a date or of an opening hour cannot pass or fail with
// the machine. The browser tests have theirs (test/runner-locale.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('the Node tests', () => {
  it('run on Paris time: UTC+1 in winter, UTC+2 in summer', () => {
    assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, 'Europe/Paris');
    assert.equal(new Date('2024-01-15T12:00:00Z').getHours(), 13);
    assert.equal(new Date('2024-07-15T12:00:00Z').getHours(), 14);
  });

  it('run in French: the default of Intl', () => {
    assert.match(new Intl.NumberFormat().resolvedOptions().locale, /^fr\b/);
    assert.equal((1234.5).toLocaleString(), '1\u202f234,5');
  });
});
