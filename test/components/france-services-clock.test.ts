/**
 * The France Services clock: it looks again only while the sites are shown, and never twice at one
 * instant.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { cleanup, mount, settled } from '../support/mount.js';
import { horloge } from '../support/horloge.js';

const LOZERE_FS = '/dist/feeds/48.json';

const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the element's renders from now on. */
function compterRendus(el: HTMLElement): () => number {
  const element = el as unknown as { update: (changed: unknown) => void };
  const update = element.update;
  let n = 0;
  element.update = function (this: unknown, changed: unknown) {
    n++;
    update.call(this, changed);
  };
  return () => n;
}

describe('<anct-france-services> and its clock', () => {
  afterEach(() => {
    horloge();
    cleanup();
  });

  it('stops looking at the clock once its view turns to an error', async () => {
    horloge('2026-12-07T10:59:59.300Z'); // Monday 11:59:59.3 in Paris: the next change is at noon
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    const rendus = compterRendus(m.el);
    m.el.setAttribute('src', '/absent/48.json');
    await waitUntil(() => m.el.getAttribute('state') === 'error', 'the error', { timeout: 10000 });
    const avant = rendus();
    await attendre(1500); // noon passes
    expect(rendus() - avant).to.equal(0);
  });

  it('looks at the clock at most once a second, even when the clock stands still just before a change', async () => {
    horloge('2026-12-07T10:59:59.950Z', true);
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    const rendus = compterRendus(m.el);
    await attendre(1500);
    expect(rendus()).to.be.at.most(2);
  });
});
