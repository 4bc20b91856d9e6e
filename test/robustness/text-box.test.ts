/**
 * Text stays in its box: a right-to-left override in a feed's text reorders nothing around it; a
 * link whose text or host hides control or direction characters is not made; a 10 000-character
 * word wraps inside its card; at 200 % text size no element's box overflows, and the saisine flow
 * runs down the page.
 */
import { expect } from '@open-wc/testing';
import { TAGS, boxed, cleanup, lozereJson, mount, settledDeep, shadow } from '../support/mount.js';

type Lit = HTMLElement & { feed: unknown };
type Json = any;

const RLO = '\u202e';
/** Fields that are codes, ids, dates or addresses: left as they are. */
const CODES = ['version', 'type', 'code', 'date', 'commune', 'id', 'axe', 'unite', 'siren', 'url', 'email', '$schema', 'debut', 'fin'];

/** Every text of the feed, `f` applied; codes, ids and addresses left alone. */
function chaqueTexte(value: Json, f: (s: string) => string, key = ''): Json {
  if (typeof value === 'string') return CODES.includes(key) ? value : f(value);
  if (Array.isArray(value)) return value.map((v) => chaqueTexte(v, f, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, key === 'communes' ? v : chaqueTexte(v, f, k)]));
  }
  return value;
}

/** Lozère, with the département's saisine contact and a step of its own. */
async function feedComplet(): Promise<Json> {
  const feed = await lozereJson();
  feed.saisine = {
    contact: {
      nom: 'Jean Dupont',
      role: 'Délégué territorial',
      email: 'jean.dupont@lozere.gouv.fr',
      telephone: '04 66 49 60 00',
      url: 'https://www.lozere.gouv.fr',
    },
    elu: 'Élu local de Lozère',
  };
  feed.programmes[0].lieux[0] = {
    ...feed.programmes[0].lieux[0],
    telephone: '04 66 69 00 00',
    adresse: '1 place de la Mairie',
    type: 'Antenne',
  };
  return feed;
}

/** Every shadow root of the element, its parts' too. */
function roots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot!;
  return [root, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => roots(e))];
}

function textNodes(root: ShadowRoot): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Whether each override in the node cannot reach beyond its feed text. */
function isolate(node: Text): boolean {
  const parent = node.parentElement!;
  if (['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(parent).unicodeBidi)) return true;
  // Inside a sentence built as text: each override between FIRST STRONG ISOLATE and its POP.
  let profondeur = 0;
  for (const c of node.data) {
    if (c === '\u2068') profondeur++;
    else if (c === '\u2069') profondeur--;
    else if (c === RLO && profondeur <= 0) return false;
  }
  return true;
}

/** The boxes that pass the edges of their element's box, or make it scroll sideways. */
function debordements(el: Element): string[] {
  const found: string[] = [];
  for (const root of roots(el)) {
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    const box = base.getBoundingClientRect();
    const tag = (root.host as Element).localName;
    if (base.scrollWidth > base.clientWidth + 1) found.push(`${tag}: scrollWidth ${base.scrollWidth} > clientWidth ${base.clientWidth}`);
    for (const e of root.querySelectorAll('*')) {
      if (e.closest('svg')) continue;
      const r = e.getBoundingClientRect();
      if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) {
        found.push(
          `${tag} ${e.localName}.${e.getAttribute('class') ?? ''}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
  }
  return found;
}

async function showAll(feed: Json, width: number): Promise<Lit[]> {
  const els = TAGS.map((tag) => {
    const m = mount<Lit>(tag, {}, '', boxed(width));
    m.el.feed = feed;
    return m.el;
  });
  for (const el of els) await settledDeep(el);
  // The saisine flow draws after the browser laid it out.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return els;
}

describe('text stays in its box', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.style.fontSize = '';
  });

  it('a right-to-left override in any feed text reorders nothing around it', async () => {
    const els = await showAll(
      chaqueTexte(await feedComplet(), (s) => `${RLO}${s}`),
      900,
    );
    let vus = 0;
    for (const el of els) {
      for (const root of roots(el)) {
        for (const node of textNodes(root)) {
          if (!node.data.includes(RLO)) continue;
          vus++;
          expect(isolate(node), `${(root.host as Element).localName}: « ${node.data.trim().slice(0, 60)} »`).to.equal(true);
        }
      }
    }
    expect(vus).to.be.greaterThan(200);
  });

  it('a name with an override does not swap places with the phone number after it', async () => {
    const feed = await feedComplet();
    feed.saisine.contact.nom = `${RLO}Jean Dupont`;
    feed.territoire.nom = `${RLO}Lozère`;
    const [saisine, fiche] = await Promise.all(
      ['anct-saisine-flow', 'anct-fiche'].map(async (tag) => {
        const m = mount<Lit>(tag, {}, '', boxed(900));
        m.el.feed = feed;
        await settledDeep(m.el);
        return m.el;
      }),
    );
    const contact = shadow(saisine!, '[part="contact"]')!;
    const nom = contact.querySelector('strong')!.getBoundingClientRect();
    const telephone = [...contact.querySelectorAll('bdi')].find((b) => b.textContent === '04 66 49 60 00')!.getBoundingClientRect();
    expect(Math.abs(telephone.top - nom.top)).to.be.below(5);
    expect(telephone.left).to.be.greaterThan(nom.right);
    // "Lozère (48), région Occitanie": the code stays after the name.
    const entete = shadow(fiche!, '[part="header"] p')!;
    const range = document.createRange();
    range.selectNode([...entete.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === '48')!);
    expect(range.getBoundingClientRect().left).to.be.greaterThan(entete.querySelector('bdi')!.getBoundingClientRect().right - 1);
  });

  it('makes no link whose text or host holds a control or direction character, and shows its text', async () => {
    const feed = await feedComplet();
    feed.ressources[0].libelle = `${RLO}moc.elgoog`;
    feed.ressources[1].url = `https://exa${RLO}mple.fr/`;
    feed.programmes[11].nom = `Pass ${RLO}numériques`;
    feed.saisine.contact.url = `https://www.lozere\u0007.gouv.fr`;
    const m = mount<Lit>('anct-saisine-flow');
    m.el.feed = feed;
    await settledDeep(m.el);
    const ressources = [...shadow(m.el, '[part="resources"]')!.querySelectorAll('li')];
    expect(ressources[0]!.querySelector('a')).to.equal(null);
    expect(ressources[0]!.textContent).to.contain(`${RLO}moc.elgoog`);
    expect(ressources[1]!.querySelector('a')).to.equal(null);
    expect(ressources[2]!.querySelector('a')).to.not.equal(null);
    expect(shadow(m.el, '[part="contact"]')!.querySelector('a[href^="https"]')).to.equal(null);
    expect(shadow(m.el, '[part="contact"]')!.querySelector('a[href^="mailto"]')).to.not.equal(null);
    const list = mount<Lit>('anct-programme-list');
    list.el.feed = feed;
    await settledDeep(list.el);
    expect(list.el.shadowRoot!.querySelectorAll('[part="link"]')).to.have.length(0);
  });

  it('a 10 000-character word wraps inside its card', async () => {
    const mot = 'Lozère'.repeat(1667);
    const feed = await feedComplet();
    feed.programmes[0].nom = mot;
    feed.programmes[1].lieux[0].nom = mot;
    feed.programmes[1].lieux[0].adresse = mot;
    feed.fibre.initiatives[0].porteur = mot;
    feed.fibre.zones[0].zone = mot;
    feed.accompagnements[0].projet = mot;
    feed.crte.contrats[0].nom = mot;
    feed.saisine.contact.nom = mot;
    feed.saisine.elu = mot;
    feed.ressources[0].libelle = mot;
    feed.edition.titre = mot;
    const els = await showAll(feed, 600);
    for (const el of els) expect(debordements(el), el.localName).to.deep.equal([]);
  });

  it('at 200 % text size, no element overflows its box, and the saisine flow runs down the page', async () => {
    document.documentElement.style.fontSize = '200%';
    const els = await showAll(await feedComplet(), 900);
    for (const el of els) expect(debordements(el), el.localName).to.deep.equal([]);
    const saisine = els.find((e) => e.localName === 'anct-saisine-flow')!;
    expect(getComputedStyle(shadow(saisine, 'ol.flow')!).display).to.equal('flex');
    expect(shadow(saisine, '.diagram')!.classList.contains('vertical')).to.equal(true);
  });

  it('at the default text size, the same width has room for the saisine flow across', async () => {
    const [saisine] = await showAll(await feedComplet(), 900).then((els) => els.filter((e) => e.localName === 'anct-saisine-flow'));
    expect(getComputedStyle(shadow(saisine!, 'ol.flow')!).display).to.equal('grid');
    expect(shadow(saisine!, '.diagram')!.classList.contains('horizontal')).to.equal(true);
    expect(debordements(saisine!)).to.deep.equal([]);
  });
});
