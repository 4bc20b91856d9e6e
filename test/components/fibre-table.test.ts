import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnctFibreTable } from '../../src/entries/index.js';
import { LOZERE, cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

describe('<anct-fibre-table>', () => {
  afterEach(cleanup);

  it('shows the seed table, cell for cell, computed from the feed', async () => {
    const m = mount<AnctFibreTable>('anct-fibre-table', { src: LOZERE });
    await settled(m);
    const rows = shadowAll(m.el, 'table tr').map((tr) => [...tr.children].map((c) => visibleText(c)));
    expect(rows).to.deep.equal([
      ['Zone', 'Total des locaux à déployer en FttH', 'Locaux raccordables en FttH à date'],
      ['Zone AMII', '10 500 (15 %)', '6 700 (64 %)'],
      ['Zone RIP', '59 500 (85 %)', '21 700 (36 %)'],
      ['TOTAL', '70 000', '28 400 (41 %)'],
    ]);
    expect(visibleText(shadow(m.el, 'caption'))).to.equal('Locaux à déployer et raccordables en fibre optique (FttH) par zone : Lozère');
    expect(m.loads).to.have.length(1);
    expect(m.errors).to.have.length(0);
  });

  it('scopes its header cells so each cell is read with its row and column', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE });
    await settled(m);
    expect(shadowAll(m.el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(shadowAll(m.el, 'tbody th, tfoot th').map((th) => [th.getAttribute('scope'), visibleText(th)])).to.deep.equal([
      ['row', 'Zone AMII'],
      ['row', 'Zone RIP'],
      ['row', 'TOTAL'],
    ]);
  });

  it('draws a decorative bar per row, as long as the raccordable share', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE });
    await settled(m);
    const bars = shadowAll(m.el, 'svg.share-bar');
    expect(bars).to.have.length(3);
    for (const bar of bars) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const fills = bars.map((b) => Number(b.querySelector('.fill')!.getAttribute('width')) / Number(b.getAttribute('width')));
    expect(fills.map((f) => Math.round(f * 100))).to.deep.equal([64, 36, 41]);
  });

  it('names the initiatives, the State financing and the source with its date', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE });
    await settled(m);
    const text = visibleText(m.el.shadowRoot);
    expect(text).to.contain('Orange, sur 4 communes de la CC Cœur de Lozère (zone AMII)');
    expect(text).to.contain('Syndicat mixte Lozère Numérique, sur 148 communes');
    expect(visibleText(shadow(m.el, '[part="financement"]'))).to.contain("14,12 millions d'euros");
    expect(visibleText(shadow(m.el, '[part="source"]'))).to.equal("Source : open data de l'Arcep au 1er trimestre 2021, 3 juin 2021.");
  });

  it('offers the table as CSV for French spreadsheets', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE });
    await settled(m);
    const link = shadow(m.el, 'a[part="download"]') as HTMLAnchorElement;
    expect(visibleText(link)).to.equal('Télécharger les données (CSV)');
    expect(link.download).to.equal('fibre-48.csv');
    const csv = await (await fetch(link.href)).text();
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      'Zone;Total des locaux à déployer en FttH;Part des locaux du territoire (%);Locaux raccordables en FttH à date;Part des locaux de la zone raccordables (%)',
    );
    expect(lines.slice(1, 4)).to.deep.equal(['AMII;10500;15;6700;63,8', 'RIP;59500;85;21700;36,5', 'TOTAL;70000;100;28400;40,6']);
    // The source below the table (this one says nothing of where it was read), every row five cells wide.
    expect(lines.slice(4)).to.deep.equal([';;;;', "Source;open data de l'Arcep au 1er trimestre 2021, 3 juin 2021;;;", '']);
  });

  it('reaches its link with the keyboard, with a visible focus ring', async () => {
    const m = mount('anct-fibre-table', { src: LOZERE });
    await settled(m);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const focused = m.el.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.getAttribute('part')).to.equal('download');
    const style = getComputedStyle(focused);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '2px']);
  });

  it('reads the feed from an inline JSON script, with no request', async () => {
    const json = JSON.stringify(await lozereJson());
    const m = mount('anct-fibre-table', {}, `<script type="application/json">${json}</script>`);
    await settled(m);
    expect(visibleText(shadow(m.el, 'tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
  });

  it('links the State financing to the edition of the fiche when the figure has no source of its own', async () => {
    const feed = await lozereJson();
    feed.edition.url = 'https://agence-cohesion-territoires.gouv.fr/';
    const m = mount<AnctFibreTable>('anct-fibre-table');
    m.el.feed = feed;
    await settled(m);
    const lien = shadow(m.el, '[part="financement"] a');
    expect(lien?.getAttribute('href')).to.equal('https://agence-cohesion-territoires.gouv.fr/');
    expect(visibleText(lien)).to.equal('Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021');
  });

  it('takes the feed property before anything else', async () => {
    const feed = await lozereJson();
    feed.fibre.zones[0].locauxRaccordables = 10500;
    const m = mount<AnctFibreTable>('anct-fibre-table', { src: '/__feeds__/status/404' });
    m.el.feed = feed;
    await settled(m);
    expect(visibleText(shadow(m.el, 'tbody tr'))).to.equal('Zone AMII 10 500 (15 %) 10 500 (100 %)');
    expect(m.errors).to.have.length(0);
  });

  it('says so, in French, when the feed has no fibre data', async () => {
    const feed = await lozereJson();
    delete feed.fibre;
    const m = mount<AnctFibreTable>('anct-fibre-table');
    m.el.feed = feed;
    await settled(m);
    expect(visibleText(shadow(m.el, '[part="empty"]'))).to.equal('Aucune donnée de ce type pour ce territoire.');
    expect(m.errors).to.have.length(0);
  });

  it('reports a broken fibre section with its path, and shows the fallback', async () => {
    const feed = await lozereJson();
    feed.fibre.source.libelle = 12;
    const m = mount<AnctFibreTable>('anct-fibre-table', {}, '<a href="https://example.org/fiche.pdf">La fiche en PDF</a>');
    m.el.feed = feed;
    await settled(m);
    // A resident may read the message: the path and the validation's words go to the console and the event.
    const erreur = visibleText(shadow(m.el, '[part="error"]'));
    expect(erreur).to.contain('Une partie des données n’a pas pu être lue et n’est pas affichée.');
    expect(erreur).to.not.contain('fibre.source');
    expect(m.errors.map((e) => e.detail)).to.deep.equal([
      {
        code: 'invalid-section',
        path: 'fibre.source.libelle',
        message: 'Une partie des données n’a pas pu être lue et n’est pas affichée.',
        technique: 'fibre.source.libelle : texte attendu, 12 reçu',
      },
    ]);
    const slot = shadow(m.el, '[part="error"] slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['La fiche en PDF']);
    expect(m.loads).to.have.length(0);
  });
});
