import { expect, waitUntil } from '@open-wc/testing';
import type { AnctFranceServices } from '../../src/entries/index.js';
import { cleanup, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';
import { horloge } from '../support/horloge.js';

const LOZERE_FS = '/dist/feeds/48.json';
const PARIS = '/dist/feeds/75.json';

const titres = (el: Element, selector: string) => shadowAll(el, selector).map(visibleText);
const site = (el: Element, nom: string) =>
  shadowAll(el, '[part="site"]').find((s) => visibleText(s.querySelector('[part="site-heading"]')) === nom)!;

describe('<anct-france-services>', () => {
  afterEach(() => {
    horloge();
    cleanup();
  });

  it('lists the sites of the commune first, under « À Mende »', async () => {
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    expect(visibleText(shadow(m.el, 'h2'))).to.equal('Les France Services pour Mende');
    expect(titres(m.el, 'h3')).to.deep.equal(['À Mende']);
    expect(titres(m.el, 'h4')).to.deep.equal(['France services MSA itinérante de Lozère', 'France services de Mende']);
    const mende = site(m.el, 'France services de Mende');
    expect(visibleText(mende)).to.contain('Rue du Faubourg Montbel, préfecture, 48000 Mende').and.contain('Site principal, fixe');
    expect(visibleText(site(m.el, 'France services MSA itinérante de Lozère'))).to.contain('Site principal, itinérant');
    // The phone as a link that dials; no map link, since the source gives no map's address.
    const tel = mende.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
    expect(tel.getAttribute('href')).to.equal('tel:+33466496713');
    expect(visibleText(tel)).to.equal('04 66 49 67 13');
    expect(mende.querySelectorAll('a')).to.have.length(1);
    // Feed text is isolated from the page's direction.
    expect(mende.querySelector('[part="site-heading"] bdi')).to.not.equal(null);
    expect(shadow(m.el, 'h2 bdi')?.textContent).to.equal('Mende');
    // The commune's name inside the sentence is isolated too (U+2068 … U+2069).
    expect(shadow(m.el, 'h3 bdi')?.textContent).to.equal('À \u2068Mende\u2069');
    expect(visibleText(shadow(m.el, '[part="source"]'))).to.equal('Source : ANCT, liste des structures France services, 1er août 2024.');
    // Where the list was read: in a closed box, not in the sentence.
    const provenance = shadow(m.el, 'details.provenance') as HTMLDetailsElement;
    expect(provenance.open).to.equal(false);
    expect(visibleText(provenance)).to.equal(
      'D’où viennent ces chiffres ? ANCT, liste des structures France services, 1er août 2024 : data.gouv.fr ; anct-carto/france_services, data/liste-fs-20240801.csv @ e1016fd.',
    );
    expect(m.loads).to.have.length(1);
    await expect(m.el).to.be.accessible();
  });

  it('links its source to the list’s page when the feed gives one', async () => {
    const feed = await (await fetch(LOZERE_FS)).json();
    const programme = feed.programmes.find((p: { id: string }) => p.id === 'france-services');
    programme.source.url = 'https://www.data.gouv.fr/';
    const m = mount<AnctFranceServices>('anct-france-services');
    m.el.feed = feed;
    await settled(m);
    const lien = shadow(m.el, '[part="source"] a');
    expect(lien?.getAttribute('href')).to.equal('https://www.data.gouv.fr/');
    expect(visibleText(lien)).to.contain('ANCT, liste des structures France services, 1er août 2024');
  });

  it('gives the week as a table, days as row headers', async () => {
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    const table = site(m.el, 'France services de Mende').querySelector('table')!;
    expect(visibleText(table.querySelector('caption'))).to.equal('Horaires d’ouverture : France services de Mende');
    expect([...table.querySelectorAll('thead th')].map((th) => [visibleText(th), th.getAttribute('scope')])).to.deep.equal([
      ['Jour', 'col'],
      ['Horaires', 'col'],
    ]);
    const lignes = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th')!.getAttribute('scope'),
      visibleText(tr.querySelector('th')),
      visibleText(tr.querySelector('td')),
    ]);
    expect(lignes).to.deep.equal([
      ['row', 'Lundi', '8 h 30 à 12 h et 13 h 30 à 17 h'],
      ['row', 'Mardi', '8 h 30 à 12 h et 13 h 30 à 17 h'],
      ['row', 'Mercredi', '8 h 30 à 12 h et 13 h 30 à 17 h'],
      ['row', 'Jeudi', '8 h 30 à 12 h et 13 h 30 à 17 h'],
      ['row', 'Vendredi', '8 h 30 à 12 h et 13 h 30 à 16 h 30'],
      ['row', 'Samedi', 'Fermé'],
      ['row', 'Dimanche', 'Fermé'],
    ]);
  });

  it('shows the sites of the EPCI for a commune without one, and says whose they are', async () => {
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48013' }); // Badaroux
    await settled(m);
    expect(titres(m.el, 'h3')).to.deep.equal(['Dans la communauté de communes Coeur de Lozère']);
    expect(titres(m.el, 'h4')).to.deep.equal(['France services MSA itinérante de Lozère', 'France services de Mende']);
  });

  it('shows the département’s sites when there are none in the commune nor in its EPCI', async () => {
    // Le Rozier's EPCI has its sites in Aveyron, outside this feed.
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48131' });
    await settled(m);
    expect(titres(m.el, 'h3')).to.deep.equal(['Dans le département']);
    expect(visibleText(shadow(m.el, '[part="lead"]'))).to.equal(
      'Aucune France Services au Rozier ni dans la communauté de communes de Millau Grands Causses : voici celles du département.',
    );
    expect(shadowAll(m.el, '[part="site"]')).to.have.length(20);
  });

  it('leads with the arrondissement’s sites, then the city’s, for a Paris arrondissement', async () => {
    const m = mount('anct-france-services', { src: PARIS, commune: '75118' });
    await settled(m);
    expect(titres(m.el, 'h3')).to.deep.equal(['À Paris 18e Arrondissement', 'À Paris']);
    const [ici, ville] = shadowAll(m.el, 'section');
    expect([...ici!.querySelectorAll('h4')].map(visibleText)).to.deep.equal([
      'France services La Poste de Paris 18ème - Porte d’Aubervilliers'.replace('’', "'"),
      'France services Pimms Médiation Paris 18ème - Nord Ouest',
      'France services Pimms Médiation Paris 18ème - Nord-Est',
    ]);
    expect(ville!.querySelectorAll('h4')).to.have.length(8);
  });

  it('lists every site of the département by EPCI', async () => {
    const m = mount('anct-france-services', { departement: '48', src: LOZERE_FS });
    await settled(m);
    expect(visibleText(shadow(m.el, 'h2'))).to.equal('Les France Services : Lozère');
    const groupes = titres(m.el, 'h3');
    expect(groupes[0]).to.equal('Communauté de communes Aubrac Lot Causses Tarn');
    expect(groupes).to.include('Communauté de communes Coeur de Lozère');
    expect(groupes).to.have.length(10);
    expect(shadowAll(m.el, '[part="site"]')).to.have.length(20);
  });

  it('says open on a Monday at 11:55 in Paris, and closed once noon has passed, without a reload', async () => {
    horloge('2026-12-07T10:59:59.300Z'); // Monday 11:59:59.3 in Paris
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    const statut = () => visibleText(site(m.el, 'France services de Mende').querySelector('[part="status"]'));
    expect(statut()).to.equal('Ouvert maintenant, jusqu’à 12 h');
    await waitUntil(() => statut() === 'Fermé — ouvre aujourd’hui à 13 h 30', 'closed at noon', { timeout: 5000 });
  });

  it('says when a closed site opens on a Sunday, and nothing on a public holiday', async () => {
    horloge('2026-12-06T15:00:00Z'); // Sunday
    const dimanche = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(dimanche);
    expect(visibleText(site(dimanche.el, 'France services de Mende').querySelector('[part="status"]'))).to.equal(
      'Fermé — ouvre demain à 8 h 30',
    );
    dimanche.el.remove();
    horloge('2026-12-25T10:00:00Z'); // Christmas, a Friday
    const noel = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(noel);
    expect(shadowAll(noel.el, '[part="status"]')).to.have.length(0);
    expect(shadowAll(noel.el, 'table')).to.have.length(2); // the hours are still there
  });

  it('shows the source’s text, and no open or closed, when the hours do not read as ranges; a bad field loses only itself', async () => {
    horloge('2026-12-07T10:55:00Z');
    const feed = await (await fetch(LOZERE_FS)).json();
    const fs = feed.programmes.find((p: { id: string }) => p.id === 'france-services');
    const mende = fs.lieux.find((l: { nom: string }) => l.nom === 'France services de Mende');
    delete mende.plages;
    mende.horaires = { lundi: 'sur rendez-vous', mardi: '9h-12h' };
    const autre = fs.lieux.find((l: { nom: string }) => l.nom === 'France services MSA itinérante de Lozère');
    autre.telephone = 42; // malformed: left out, the site and its list stay
    const m = mount<AnctFranceServices>('anct-france-services', { commune: '48095' });
    m.el.feed = feed;
    await settled(m);
    const site1 = site(m.el, 'France services de Mende');
    expect(site1.querySelector('[part="status"]')).to.equal(null);
    expect([...site1.querySelectorAll('tbody tr')].map((tr) => visibleText(tr))).to.deep.equal(['Lundi sur rendez-vous', 'Mardi 9h-12h']);
    const site2 = site(m.el, 'France services MSA itinérante de Lozère');
    expect(visibleText(site2)).to.not.contain('Téléphone');
    expect(visibleText(site2.querySelector('[part="status"]'))).to.equal('Ouvert maintenant, jusqu’à 15 h');
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal([`programmes[0].lieux[${fs.lieux.indexOf(autre)}].telephone`]);
    expect(visibleText(shadow(m.el, '[part="notice"]'))).to.contain('n’a pas pu être lue');
  });

  it('links the address to a map only when the feed gives one', async () => {
    const feed = await (await fetch(LOZERE_FS)).json();
    const fs = feed.programmes.find((p: { id: string }) => p.id === 'france-services');
    const mende = fs.lieux.find((l: { nom: string }) => l.nom === 'France services de Mende');
    mende.carte = 'https://www.openstreetmap.org/?mlat=44.5202&mlon=3.4961';
    const m = mount<AnctFranceServices>('anct-france-services', { commune: '48095' });
    m.el.feed = feed;
    await settled(m);
    const lien = site(m.el, 'France services de Mende').querySelector('a:not([href^="tel:"])') as HTMLAnchorElement;
    expect(lien.href).to.equal(mende.carte);
    expect(visibleText(lien)).to.equal('Rue du Faubourg Montbel, préfecture, 48000 Mende');
  });

  it('shows an itinerant site for the communes it says it stops in', async () => {
    const feed = await (await fetch(LOZERE_FS)).json();
    const fs = feed.programmes.find((p: { id: string }) => p.id === 'france-services');
    const bus = fs.lieux.find((l: { nom: string }) => l.nom === 'France services MSA itinérante de Lozère');
    delete bus.commune;
    bus.communes = ['48095', '48080']; // Mende, Langogne
    const m = mount<AnctFranceServices>('anct-france-services', { commune: '48080' });
    m.el.feed = feed;
    await settled(m);
    expect(titres(m.el, 'h3')).to.deep.equal(['À Langogne']);
    expect(titres(m.el, 'h4')).to.deep.equal(['France services Langogne', 'France services MSA itinérante de Lozère']);
  });

  it('is accessible in the DSFR look’s dark theme, status and tables included', async () => {
    horloge('2026-12-07T10:00:00Z');
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095', look: 'dsfr', theme: 'dark' });
    await settled(m);
    expect(shadowAll(m.el, '[part="status"]')).to.have.length(2);
    await expect(m.el).to.be.accessible();
  });

  it('stops its timer when it leaves the page', async () => {
    horloge('2026-12-07T10:59:59.500Z');
    const m = mount('anct-france-services', { src: LOZERE_FS, commune: '48095' });
    await settled(m);
    m.el.remove();
    const rendu = site(m.el, 'France services de Mende').querySelector('[part="status"]')!;
    await new Promise((r) => setTimeout(r, 1200));
    expect(visibleText(rendu)).to.equal('Ouvert maintenant, jusqu’à 12 h');
  });
});
