/**
 * A feed's text cannot close the isolate it is put in: a POP DIRECTIONAL ISOLATE (U+2069) in it,
 * then an override, must not reverse the element's own words after it, in a sentence built as
 * text or in a `<bdi>`; a name in Arabic script still reads right to left, in its place.
 */
import { expect } from '@open-wc/testing';
import { balanceBidi } from '../../src/data/text/bidi.js';
import { cleanup, lozereJson, mount, settled, settledDeep, shadow } from '../support/mount.js';

type Lit = HTMLElement & { feed: unknown };

const RLO = '\u202e';
const PDI = '\u2069';

/** Where a reader sees `mot` (its first occurrence in `el`'s text) on the line: its left edge. */
function gaucheDe(el: Element, mot: string): number {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(mot);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + mot.length);
    // Its glyphs' boxes: WebKit adds an empty one where a right-to-left run begins.
    return Math.min(...[...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.left));
  }
  throw new Error(`« ${mot} » not found`);
}

/** The France Services of Mende, their list's source named `libelle`. */
async function sourceDesFranceServices(libelle: string): Promise<Element> {
  const feed = await (await fetch('/dist/feeds/48.json')).json();
  feed.programmes.find((p: { id: string }) => p.id === 'france-services').source.libelle = libelle;
  const m = mount<Lit>('anct-france-services', { commune: '48095' });
  m.el.feed = feed;
  await settled(m);
  return shadow(m.el, '[part="source"]')!;
}

describe('direction controls in a feed’s text', () => {
  afterEach(cleanup);

  it('balances them: a pop with nothing of the text’s own to close goes, what the text leaves open is closed', () => {
    expect(balanceBidi(`Liste${PDI}${RLO}x`)).to.equal(`Liste${RLO}x\u202c`);
    expect(balanceBidi(`a\u202cb`)).to.equal('ab');
    expect(balanceBidi(`\u2067שלום${RLO}x${PDI} y`)).to.equal(`\u2067שלום${RLO}x${PDI} y`);
    expect(balanceBidi('\u2066a')).to.equal(`\u2066a${PDI}`);
    expect(balanceBidi('Mende')).to.equal('Mende');
  });

  it('keeps the element’s own words in order after a text that tries to close its isolate and reverse them', async () => {
    const source = await sourceDesFranceServices(`Liste des structures${PDI}${RLO}`);
    expect(gaucheDe(source, '1er')).to.be.below(gaucheDe(source, 'août'));
    expect(gaucheDe(source, 'août')).to.be.below(gaucheDe(source, '2024'));
  });

  it('keeps them in order after such a text in a <bdi> too (a commune’s name in a heading)', async () => {
    const feed = await lozereJson();
    feed.territoire.nom = `Lozère${PDI}${RLO}`;
    const m = mount<Lit>('anct-fiche');
    m.el.feed = feed;
    await settledDeep(m.el);
    // « Lozère (48), région Occitanie »: the code and the region stay after the name, in order.
    const entete = shadow(m.el, '[part="header"] p')!;
    expect(gaucheDe(entete, 'région')).to.be.below(gaucheDe(entete, 'Occitanie'));
    expect(gaucheDe(entete, 'Lozère')).to.be.below(gaucheDe(entete, 'région'));
  });

  it('still shows a name in Arabic script right to left, in its place in the sentence', async () => {
    const source = await sourceDesFranceServices('مركز منده');
    expect(gaucheDe(source, 'مركز')).to.be.above(gaucheDe(source, 'منده'));
    expect(gaucheDe(source, 'Source')).to.be.below(gaucheDe(source, 'منده'));
    expect(gaucheDe(source, '1er')).to.be.above(gaucheDe(source, 'مركز'));
  });
});
