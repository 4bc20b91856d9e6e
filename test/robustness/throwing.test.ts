/**
 * Feeds crafted to throw while an element shows them: names every object answers to
 * (`constructor`, `__proto__`), and values that throw when read or when written into the page.
 * No element stays on "loading": each shows its content, or says in French what it cannot show
 * and fires `anct-error` (`unexpected`), the other parts still shown.
 */
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/feed/validate.js';
import { TAGS, cleanup, deepText, lozereJson, mount, settledDeep, shadow, visibleText } from '../support/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown; feedProblems?: unknown[] };
type Json = Record<string, any>;

/** Mounts every element with the feed, and waits until each (and each part of the fiche) has settled. */
async function showAll(feed: unknown) {
  const mounted = TAGS.map((tag) => {
    const m = mount<Lit>(tag);
    m.el.feed = feed;
    return m;
  });
  for (const m of mounted) await settledDeep(m.el);
  return mounted;
}

const boom = () => {
  throw new Error('lecture impossible');
};

/**
 * A validated feed whose `path` (one object, one key) throws when read; given with its problems,
 * as the fiche gives its parts the feed it validated, so that validation does not see it again.
 */
function throwingAt(json: Json, set: (feed: Json) => [Json, string]): Json {
  const feed = validateFeed(json).feed as Json;
  const [objet, cle] = set(feed);
  Object.defineProperty(objet, cle, { get: boom, configurable: true });
  return feed;
}

describe('feeds crafted to throw', () => {
  afterEach(cleanup);

  it('names every object answers to, as axes, place types and keys, render as text', async () => {
    const json = await lozereJson();
    json.programmes[0].axe = 'constructor';
    json.programmes[1].axe = 'hasownproperty';
    json.programmes[2].lieux[0].horaires = JSON.parse('{"__proto__": "9h", "constructor": "10h", "lundi": "9h - 12h"}');
    json.anciensCodes = { 48999: { commune: '48095', type: 'constructor', nom: 'Ancienne' } };
    json.fibre.zones[0].zone = '__proto__';
    const mounted = await showAll(JSON.parse(JSON.stringify(json)));
    for (const m of mounted) {
      expect(m.el.shadowRoot!.querySelector('[part="base"] > [part="error"]'), m.el.localName).to.equal(null);
      expect(m.loads, m.el.localName).to.have.length(1);
    }
    const list = mounted.find((m) => m.el.localName === 'anct-programme-list')!.el;
    const axes = [...list.shadowRoot!.querySelectorAll('[part="axe-heading"]')].map((h) => visibleText(h));
    expect(axes).to.deep.equal(['Constructor', 'Hasownproperty', 'Territoires et ruralités', 'Numérique']);
    expect(visibleText(shadow(mounted.find((m) => m.el.localName === 'anct-fibre-table')!.el, 'tbody th'))).to.equal('Zone __proto__');

    const commune = mount<Lit>('anct-programme-list', { commune: '48999' });
    commune.el.feed = JSON.parse(JSON.stringify(json));
    await settledDeep(commune.el);
    expect(visibleText(shadow(commune.el, '[part="lead"]'))).to.match(/^Ancienne fait partie de la commune de Mende/);
  });

  const parts: [string, (feed: Json) => [Json, string]][] = [
    ['anct-programme-list', (f) => [f.programmes[4], 'nom']],
    ['anct-fibre-table', (f) => [f.fibre, 'source']],
    ['anct-accompagnements', (f) => [f.accompagnements[0], 'projet']],
    ['anct-saisine-flow', (f) => [f.ressources[0], 'libelle']],
    ['anct-fiche', (f) => [f.territoire.region, 'nom']],
  ];
  for (const [tag, where] of parts) {
    it(`<${tag}> says in French what it cannot show when a value throws as it is read`, async () => {
      const m = mount<Lit>(tag);
      m.el.feed = throwingAt(await lozereJson(), where);
      m.el.feedProblems = [];
      await settledDeep(m.el);
      const unexpected = m.errors.filter((e) => e.detail.code === 'unexpected');
      expect(unexpected, tag).to.have.length(1);
      expect(unexpected[0]!.detail.message).to.contain('Une erreur inattendue empêche l’affichage : lecture impossible.');
      expect(deepText(m.el)).to.match(/ne peu(t|vent) pas être affichée?s?/);
    });
  }

  it('a value that throws as it is written into the page: an error, never "loading" for ever', async () => {
    for (const tag of TAGS) {
      const feed = validateFeed(await lozereJson()).feed as Json;
      // Validated, then changed: what a value that cannot become text does, in every element.
      const poison = { toString: boom };
      feed.territoire.nom = poison;
      feed.saisine = { elu: poison };
      const m = mount<Lit>(tag);
      m.el.feed = feed;
      m.el.feedProblems = [];
      await settledDeep(m.el);
      expect(
        m.errors.map((e) => e.detail.code),
        tag,
      ).to.include('unexpected');
      expect(m.el.shadowRoot!.querySelector('[part="loading"]'), tag).to.equal(null);
    }
  });

  it('the fiche shows its other parts when one throws', async () => {
    const m = mount<Lit>('anct-fiche');
    m.el.feed = throwingAt(await lozereJson(), (f) => [f.programmes[0], 'lieux']);
    m.el.feedProblems = [];
    await settledDeep(m.el);
    const fiche = m.el.shadowRoot!;
    const list = fiche.querySelector('anct-programme-list')!;
    expect(visibleText(list.shadowRoot!.querySelector('[part="error"]'))).to.contain('ne peut pas être affichée');
    expect(visibleText(fiche.querySelector('anct-fibre-table')!.shadowRoot!.querySelector('tfoot'))).to.equal('TOTAL 70 000 28 400 (41 %)');
    expect(fiche.querySelector('anct-accompagnements')!.shadowRoot!.querySelector('table')).to.not.equal(null);
    expect(m.errors.map((e) => e.detail.code)).to.include('unexpected');
  });
});
