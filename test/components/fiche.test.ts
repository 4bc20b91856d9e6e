/**
 * <anct-fiche>: the whole fiche, composed of the other elements. The seed's facts all show.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AnctFiche } from '../../src/components/fiche.js';
import { SEED_FIGURES, SEED_NAMES, lisible } from '../support/seed-facts.js';
import { LOZERE, cleanup, deepText, lozereJson, mount, settled, settledDeep, shadow, shadowAll, visibleText } from '../support/mount.js';

const PARTS = Object.keys(AnctFiche.dependencies);
type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits for the fiche and every part it shows. */
async function fiche(attrs: Record<string, string> = {}) {
  const m = mount('anct-fiche', { src: LOZERE, ...attrs });
  await settled(m);
  const parts = shadowAll(m.el, PARTS.join(',')) as Lit[];
  await waitUntil(
    () => parts.every((p) => p.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false'),
    'every part rendered',
    { timeout: 5000 },
  );
  await Promise.all(parts.map((p) => p.updateComplete));
  return { ...m, parts };
}

describe('<anct-fiche>', () => {
  afterEach(cleanup);

  it('shows every figure and every name of the seed', async () => {
    const { el } = await fiche();
    const text = lisible(deepText(el));
    const missing = [
      ...Object.entries(SEED_FIGURES).flatMap(([section, figures]) =>
        figures.filter((f) => !text.includes(lisible(f))).map((f) => `${section}: ${f}`),
      ),
      ...SEED_NAMES.filter((n) => !text.includes(lisible(n))),
    ];
    expect(missing, 'facts of the seed missing from the rendered fiche').to.deep.equal([]);
  });

  it('follows the fiche’s order under one outline of headings', async () => {
    const { el } = await fiche();
    expect(visibleText(shadow(el, 'header h2'))).to.equal('Fiche territoriale de la Lozère');
    expect(visibleText(shadow(el, 'header p'))).to.equal(
      'Lozère (48), région Occitanie · édition 2021 · Agence nationale de la cohésion des territoires',
    );
    expect(shadowAll(el, 'section.groupe h3').map(visibleText)).to.deep.equal([
      'Programmes d’action de l’ANCT',
      'Accompagnement sur mesure et plan de relance',
      'En pratique',
    ]);
    expect(shadowAll(el, 'section.groupe').map((s) => [...s.querySelectorAll(PARTS.join(','))].map((p) => p.localName))).to.deep.equal([
      ['anct-programme-list', 'anct-fibre-table'],
      ['anct-accompagnements'],
      ['anct-saisine-flow'],
    ]);
    // Parts sit one level below their group: axes and the fibre table are h4, programmes h5.
    const levels = (tag: string, selector: string) => [...new Set(shadowAll(shadow(el, tag)!, selector).map((h) => h.localName))];
    expect(levels('anct-programme-list', '.axe-heading')).to.deep.equal(['h4']);
    expect(levels('anct-programme-list', '.programme-heading')).to.deep.equal(['h5']);
    expect(levels('anct-fibre-table', '.heading')).to.deep.equal(['h4']);
    expect(levels('anct-accompagnements', '.subheading')).to.deep.equal(['h4']);
    expect(levels('anct-saisine-flow', '.heading')).to.deep.equal(['h4']);
  });

  it('has a table of contents whose links move to their part, by keyboard too', async () => {
    const { el } = await fiche();
    const links = shadowAll(el, 'nav[part="toc"] a') as HTMLAnchorElement[];
    expect(links.map(visibleText)).to.deep.equal([
      'Programmes d’action de l’ANCT',
      'Accompagnement sur mesure et plan de relance',
      'En pratique',
    ]);
    links[2]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('en-pratique-titre');
    expect(location.hash).to.equal('');
  });

  it('shows only the sections asked for', async () => {
    const { el } = await fiche({ sections: 'fibre programmes' });
    expect(shadowAll(el, 'section.groupe')).to.have.length(1);
    expect(shadowAll(el, PARTS.join(',')).map((p) => p.localName)).to.deep.equal(['anct-programme-list', 'anct-fibre-table']);
  });

  it('passes the commune to the programme list', async () => {
    const { el } = await fiche({ commune: '48095' });
    const list = shadow(el, 'anct-programme-list')!;
    expect(visibleText(shadow(list, '[part="lead"]'))).to.equal('Mende bénéficie de 2 programmes de l’ANCT.');
  });

  it('makes one request for itself and its parts, and fires one anct-load', async () => {
    const id = `${Date.now()}`;
    const m = mount('anct-fiche', { src: `/__feeds__/counted/${id}` });
    // Every part settled: a part that asked the server for the feed would still be loading.
    await settledDeep(m.el);
    expect(((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits).to.equal(1);
    expect(shadowAll(m.el, PARTS.join(',')).every((p) => !p.hasAttribute('src'))).to.equal(true);
    expect(m.loads).to.have.length(1);
  });

  it('draws every part from the feed it validated, in the update that gives it: no request, no loading, no second validation', async () => {
    const feed = await lozereJson();
    const requetes = performance.getEntriesByType('resource').length;
    let tacheSuivante = false;
    setTimeout(() => (tacheSuivante = true));
    const m = mount<Lit & { feed: unknown }>('anct-fiche');
    m.el.feed = feed;
    // The parts' own anct-load, caught in the fiche's shadow root before it stops them there.
    const chargees: [string, unknown][] = [];
    m.el.shadowRoot!.addEventListener(
      'anct-load',
      (e) => chargees.push([(e.target as Element).localName, (e as CustomEvent).detail.feed]),
      {
        capture: true,
      },
    );
    await m.el.updateComplete;
    const parts = shadowAll(m.el, PARTS.join(',')) as (Lit & { feed: unknown })[];
    await Promise.all(parts.map((p) => p.updateComplete));
    // Only microtasks ran: a part that waited for a timer, a frame or the network would not be drawn yet.
    expect(tacheSuivante).to.equal(false);
    expect(parts.map((p) => p.getAttribute('state'))).to.deep.equal(['content', 'content', 'content', 'content']);
    expect(visibleText(shadow(parts[1]!, 'tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
    // Each part shows the very object the fiche validated: validating it again would make a new one.
    const valide = (m.loads[0]!.detail as { feed: unknown }).feed;
    expect(valide).to.not.equal(feed);
    for (const p of parts) expect(p.feed, p.localName).to.equal(valide);
    expect(chargees.map(([tag]) => tag)).to.deep.equal(PARTS);
    for (const [tag, vu] of chargees) expect(vu, tag).to.equal(valide);
    expect(performance.getEntriesByType('resource').length).to.equal(requetes);
  });

  it('says where each part’s figures come from, and when', async () => {
    const { parts } = await fiche();
    const sources = parts.filter((p) => p.localName !== 'anct-saisine-flow').map((p) => visibleText(shadow(p, '[part="source"]')));
    expect(sources).to.deep.equal([
      'Source des chiffres : Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021.',
      "Source : open data de l'Arcep au 1er trimestre 2021, 3 juin 2021.",
      'Source : Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021.',
    ]);
  });

  it('has a print button', async () => {
    const { el } = await fiche();
    const button = shadow(el, 'button[part="print"]') as HTMLButtonElement;
    expect(visibleText(button)).to.equal('Imprimer la fiche');
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      button.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });
});
