import { expect } from '@open-wc/testing';
import type { AnctAccompagnements } from '../../src/entries/index.js';
import { LOZERE, boxed, cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

describe('<anct-accompagnements>', () => {
  afterEach(cleanup);

  it('names the CRTE and how many the ANCT supports', async () => {
    const m = mount('anct-accompagnements', { src: LOZERE });
    await settled(m);
    expect(visibleText(shadow(m.el, 'h2'))).to.equal('Accompagnement sur mesure et plan de relance');
    expect(shadowAll(m.el, 'h3').map(visibleText)).to.deep.equal([
      'Contrats de relance et de transition écologique (CRTE)',
      'Accompagnement sur mesure par l’ANCT',
    ]);
    expect(shadowAll(m.el, '[part="crte"] li').map(visibleText)).to.deep.equal([
      'Terres de vie en Lozère',
      'Pays du Gévaudan',
      'Sud Lozère',
    ]);
    expect(visibleText(m.el.shadowRoot))
      .to.contain('Le département compte 3 CRTE')
      .and.contain('2 de ces territoires sont accompagnés par l’ANCT.');
  });

  it('links its source to the edition of the fiche when the CRTE have no source of their own', async () => {
    const feed = await lozereJson();
    feed.edition.url = 'https://agence-cohesion-territoires.gouv.fr/';
    const m = mount<AnctAccompagnements>('anct-accompagnements');
    m.el.feed = feed;
    await settled(m);
    const lien = shadow(m.el, '[part="source"] a');
    expect(lien?.getAttribute('href')).to.equal('https://agence-cohesion-territoires.gouv.fr/');
    expect(visibleText(lien)).to.equal('Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021');
  });

  it('lists the five supported projects in a real table, row headers scoped', async () => {
    const m = mount('anct-accompagnements', { src: LOZERE });
    await settled(m);
    expect(visibleText(shadow(m.el, 'caption'))).to.equal('5 projets accompagnés sur mesure : Lozère');
    expect(shadowAll(m.el, 'thead th').map((th) => [visibleText(th), th.getAttribute('scope')])).to.deep.equal([
      ['Porteur du projet', 'col'],
      ['Nature du projet', 'col'],
      ['Nom du projet', 'col'],
      ['Nature de l’accompagnement', 'col'],
    ]);
    // Each cell: its column's name (for the narrow cards, hidden here), then its value.
    const row = (i: number) =>
      [...shadowAll(m.el, 'tbody tr')[i]!.children].map((c) =>
        visibleText(c)
          .replace(visibleText(c.querySelector('.label')), '')
          .trim(),
      );
    expect(shadowAll(m.el, 'tbody tr')).to.have.length(5);
    expect(row(3)).to.deep.equal(['Mende', 'Revitalisation commerciale et artisanale', 'Cœur de ville (ACV)', 'Expertise interne ANCT']);
    expect(shadowAll(m.el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(visibleText(shadow(m.el, '[part="source"]'))).to.equal(
      'Source : Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021.',
    );
  });

  it('offers the projects as CSV', async () => {
    const m = mount('anct-accompagnements', { src: LOZERE });
    await settled(m);
    const link = shadow(m.el, 'a[part="download"]') as HTMLAnchorElement;
    expect(link.download).to.equal('accompagnements-48.csv');
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the BOM spreadsheets need to read UTF-8
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).to.equal('Porteur du projet;Nature du projet;Nom du projet;Nature de l’accompagnement;Code INSEE de la commune');
    expect(lines[4]).to.equal('Mende;Revitalisation commerciale et artisanale;Cœur de ville (ACV);Expertise interne ANCT;48095');
    expect(lines.at(-2)).to.match(/^Source;Fiche territoriale.*2021;;;$/);
    expect(lines.slice(0, -1).every((l) => l.split(';').length === 5)).to.equal(true);
  });

  it('turns into stacked cards on a narrow screen, keeping the table’s roles', async () => {
    const m = mount('anct-accompagnements', { src: LOZERE }, '', boxed(320));
    await settled(m);
    const row = shadowAll(m.el, 'tbody tr')[0]!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(row.getAttribute('role')).to.equal('row');
    expect(shadowAll(m.el, 'tbody td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
    const label = row.querySelector('td .label')!;
    expect(getComputedStyle(label).display).to.equal('block');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(visibleText(label)).to.equal('Nature du projet');
    await expect(m.el).to.be.accessible();
    // Wide, the labels are not shown: the header row says it.
    const wide = mount('anct-accompagnements', { src: LOZERE }, '', boxed(900));
    await settled(wide);
    expect(getComputedStyle(shadow(wide.el, 'td .label')!).display).to.equal('none');
  });

  it('shows the CRTE alone when the feed has no project', async () => {
    const feed = await lozereJson();
    delete feed.accompagnements;
    const m = mount<AnctAccompagnements>('anct-accompagnements');
    m.el.feed = feed;
    await settled(m);
    expect(shadow(m.el, 'table')).to.equal(null);
    expect(shadowAll(m.el, '[part="crte"] li')).to.have.length(3);
  });
});
