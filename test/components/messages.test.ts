/**
 * Every message an element shows is French: a bad `feeds-base`, a file that is not JSON (whatever
 * the engine's own words for it), inline JSON that does not parse, a failure of our own.
 */
import { expect } from '@open-wc/testing';
import { cleanup, mount, settled, shadow, unique, visibleText } from '../support/mount.js';

/** Words of the engines' own messages, never ours. */
const ANGLAIS = /\b(?:Failed|construct|Invalid|Unexpected|token|JSON\.parse|Parse error|position|line|column|Expected|undefined|of the)\b/;

async function erreur(attrs: Record<string, string>, children = '') {
  const m = mount('anct-programme-list', attrs, children);
  await settled(m);
  return { m, texte: visibleText(shadow(m.el, '[part="error"]')) };
}

describe('the messages an element shows', () => {
  afterEach(cleanup);

  it('says in French that feeds-base is no address', async () => {
    const { m, texte } = await erreur({ departement: '48', 'feeds-base': 'http://' });
    expect(texte).to.contain('« http:// » n’est pas une adresse de dossier valide').and.contain('feeds-base');
    expect(m.errors[0]!.detail.technique).to.contain('feeds/');
    expect(texte).to.not.match(ANGLAIS);
    expect(m.errors.map((e) => e.detail.code)).to.deep.equal(['bad-url']);
  });

  it('says in French what is wrong with a file that is not JSON, and where', async () => {
    const html = await erreur({ src: `/__feeds__/html?${unique()}` });
    expect(html.texte).to.contain('n’est pas un fichier de données lisible').and.contain('page HTML');
    expect(html.texte).to.not.match(ANGLAIS);
    html.m.el.remove();
    const casse = await erreur({ src: `/__feeds__/invalid-json?${unique()}` });
    expect(casse.texte).to.contain('n’est pas un fichier de données lisible').and.contain('erreur de syntaxe');
    expect(casse.texte).to.not.match(ANGLAIS);
    casse.m.el.remove();
    const inline = await erreur({}, '<script type="application/json">{"version": 1,,}</script>');
    expect(inline.texte).to.contain('Les données placées dans l’élément ne peuvent pas être lues').and.contain('erreur de syntaxe');
    expect(inline.texte).to.not.match(ANGLAIS);
  });

  it('shows a failure of its own in French only; the detail goes to the console and the event', async () => {
    const feed = {
      version: 1,
      territoire: { type: 'departement', code: '48', nom: 'Lozère', region: { code: '76', nom: 'Occitanie' } },
      edition: { date: '2024' },
    };
    const m = mount<HTMLElement & { feed: unknown }>('anct-programme-list');
    // A feed whose reading throws the engine's own words.
    m.el.feed = new Proxy(feed, {
      get(target, key, receiver) {
        if (key === 'programmes') throw new TypeError('Cannot read properties of undefined (reading x)');
        return Reflect.get(target, key, receiver);
      },
      has: (target, key) => key === 'programmes' || Reflect.has(target, key),
      ownKeys: (target) => [...Reflect.ownKeys(target), 'programmes'],
      getOwnPropertyDescriptor: (target, key) =>
        key === 'programmes' ? { configurable: true, enumerable: true, value: undefined } : Reflect.getOwnPropertyDescriptor(target, key),
    });
    await settled(m);
    const texte = visibleText(shadow(m.el, '[part="error"]'));
    expect(texte).to.contain('Une erreur inattendue empêche l’affichage.');
    expect(texte).to.not.match(/Cannot|properties|reading/);
    expect(m.errors.map((e) => e.detail.message).join()).to.contain('Cannot read properties');
  });
});
