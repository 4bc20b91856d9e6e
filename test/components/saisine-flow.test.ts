import { expect, waitUntil } from '@open-wc/testing';
import type { AnctSaisineFlow } from '../../src/entries/index.js';
import { LOZERE, boxed, cleanup, lozereJson, mount, settled, shadow, shadowAll, visibleText } from '../support/mount.js';

describe('<anct-saisine-flow>', () => {
  afterEach(cleanup);

  it('is an ordered list a screen reader follows, from the élu to local implementation', async () => {
    const m = mount('anct-saisine-flow', { src: LOZERE });
    await settled(m);
    expect(visibleText(shadow(m.el, 'h2'))).to.equal('Comment saisir l’ANCT ?');
    const steps = shadowAll(m.el, 'ol.flow > li');
    expect(steps).to.have.length(4);
    expect(visibleText(steps[0])).to.equal('Élu local');
    expect(visibleText(steps[1])).to.equal('Préfet, délégué territorial de l’ANCT');
    expect(visibleText(steps[3])).to.equal('Mise en œuvre locale');
    expect([...steps[2]!.querySelectorAll('.path')].map(visibleText)).to.deep.equal([
      'Le projet est complexe Le préfet met en place un groupe projet dédié pour trouver des solutions sur mesure avec l’Agence',
      'Le projet s’inscrit dans un programme national de l’Agence L’Agence applique la méthodologie du programme',
      'Le projet fait l’objet d’un contrat ou d’un pacte territorial L’Agence mobilise son ingénierie et un appui renforcé pour la réalisation des actions',
    ]);
  });

  it('draws its connectors across a wide page and down a narrow one, hidden from screen readers', async () => {
    const wide = mount('anct-saisine-flow', { src: LOZERE }, '', boxed(1000));
    const narrow = mount('anct-saisine-flow', { src: LOZERE }, '', boxed(320));
    await settled(wide);
    await settled(narrow);
    for (const [m, orientation] of [
      [wide, 'horizontal'],
      [narrow, 'vertical'],
    ] as const) {
      await waitUntil(() => shadow(m.el, `.diagram.${orientation}`), `laid out ${orientation}`, { timeout: 5000 });
      await waitUntil(() => shadowAll(m.el, '.connectors path').length === 10, 'connectors drawn', { timeout: 5000 });
      expect(shadow(m.el, '.connectors')!.getAttribute('aria-hidden')).to.equal('true');
    }
    // Across, the élu's connector leaves sideways: its two ends share a height. Down, they share an x.
    const ends = (el: Element) =>
      (
        shadow(el, '.connectors path')!
          .getAttribute('d')!
          .match(/-?[\d.]+/g) ?? []
      ).map(Number);
    const [x0, y0, , , , , x1, y1] = ends(wide.el);
    expect(y0).to.be.closeTo(y1!, 0.5);
    expect(x1).to.be.greaterThan(x0!);
    const [vx0, vy0, , , , , vx1, vy1] = ends(narrow.el);
    expect(vx0).to.be.closeTo(vx1!, 0.5);
    expect(vy1).to.be.greaterThan(vy0!);
  });

  it('turns from across to down when its box narrows', async () => {
    const box = boxed(1000);
    const m = mount('anct-saisine-flow', { src: LOZERE }, '', box);
    await settled(m);
    await waitUntil(() => shadow(m.el, '.diagram.horizontal'), 'horizontal first', { timeout: 5000 });
    box.style.width = '400px';
    await waitUntil(() => shadow(m.el, '.diagram.vertical'), 'then vertical', { timeout: 5000 });
  });

  it('redraws its connectors after being moved to a narrower place', async () => {
    const wide = boxed(1000);
    const narrow = boxed(400);
    const m = mount('anct-saisine-flow', { src: LOZERE }, '', wide);
    await settled(m);
    await waitUntil(() => shadow(m.el, '.connectors')?.getAttribute('width') === '1000', 'drawn wide', { timeout: 5000 });
    narrow.append(m.el);
    await waitUntil(() => shadow(m.el, '.connectors')?.getAttribute('width') === '400', 'redrawn narrow', { timeout: 5000 });
    expect(shadow(m.el, '.diagram')!.classList.contains('vertical')).to.equal(true);
  });

  it('points to the délégués territoriaux and lists the resources as links', async () => {
    const m = mount('anct-saisine-flow', { src: LOZERE });
    await settled(m);
    expect(visibleText(shadow(m.el, '[part="contact"]'))).to.equal(
      'Retrouvez la liste des délégués territoriaux dans les départements sur le site Internet de l’ANCT.',
    );
    const links = [...shadow(m.el, '[part="resources"]')!.querySelectorAll('a')].map((a) => [visibleText(a), a.href]);
    expect(links).to.deep.equal([
      ['Observatoire des territoires', 'https://www.observatoire-des-territoires.gouv.fr/'],
      ['Observatoire national de la politique de la ville (ONPV)', 'https://onpv.fr/'],
      ['SIG Ville', 'https://sig.ville.gouv.fr/'],
      ["Cartothèque de l'ANCT", 'https://cartotheque.anct.gouv.fr/'],
      ['Agence nationale de la cohésion des territoires', 'https://agence-cohesion-territoires.gouv.fr/'],
    ]);
    expect(visibleText(shadow(m.el, '[part="resources"] h3'))).to.equal('Ressources de l’Agence');
    expect(visibleText(shadow(m.el, '[part="resources"] li'))).to.equal(
      'Observatoire des territoires (observatoire-des-territoires.gouv.fr)',
    );
  });

  it('takes the département’s contact and wording from the feed', async () => {
    const feed = await lozereJson();
    feed.saisine = {
      contact: { nom: 'Délégation territoriale de la Lozère', email: 'delegation@example.org', telephone: '04 00 00 00 00' },
      prefet: 'Préfète de la Lozère, déléguée territoriale de l’ANCT',
    };
    const m = mount<AnctSaisineFlow>('anct-saisine-flow');
    m.el.feed = feed;
    await settled(m);
    expect(visibleText(shadowAll(m.el, 'ol.flow > li')[1])).to.equal('Préfète de la Lozère, déléguée territoriale de l’ANCT');
    expect(visibleText(shadow(m.el, '[part="contact"]'))).to.equal(
      'Votre contact : Délégation territoriale de la Lozère — delegation@example.org — 04 00 00 00 00',
    );
    expect((shadow(m.el, '[part="contact"] a') as HTMLAnchorElement).href).to.equal('mailto:delegation@example.org');
  });

  it('shows the national flow for a feed without saisine or resources', async () => {
    const feed = await lozereJson();
    delete feed.ressources;
    const m = mount<AnctSaisineFlow>('anct-saisine-flow');
    m.el.feed = feed;
    await settled(m);
    expect(shadowAll(m.el, '.path')).to.have.length(3);
    expect(shadow(m.el, '[part="resources"]')).to.equal(null);
  });
});
