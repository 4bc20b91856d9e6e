/**
 * Plain French wherever a resident looks: every element, for communes drawn with a fixed seed in
 * a dozen départements and for each of these départements, from the feeds the build ships; then
 * the messages a broken page shows. What a reader reads holds no developer word and no sentence
 * longer than 25 words.
 *
 * What is read: the text of the shadow trees, nested ones included, with closed <details> (a reader
 * opens them), and the `aria-label` a screen reader reads; not <style>, <script>, <template>, nor
 * an attribute such as a download link's file name. Left out: what the page marks as the
 * figures' provenance (an element with a `data-provenance` attribute or the class `provenance`,
 * the « D'où viennent ces chiffres ? » box), whose job is to name the sources.
 *
 * Ours and the sources': a text the elements take from a feed is isolated in a <bdi> (a place's
 * name, a site's address, hours and notes as the France Services list writes them). What the
 * build writes (a figure's label, its total's « en France ») is checked word by word, with every
 * label of every feed, by test/node/feeds.test.mjs; here a <bdi> is read for the developer's words
 * that no source writes (feed, JSON, COG, undefined, ids, hashes…), its web addresses aside, and
 * counts as one word in a sentence, as a name does: the sources' own notes are not ours to cut.
 *
 * Sentences: the text is cut into blocks (each element that is not displayed inline: a paragraph,
 * a list item, a heading, a table cell, a caption…, and at a <br>, so a table's cells are never
 * read as one sentence), then each block into sentences at « . », « ! », « ? » or « … » followed
 * by a space or the end, but not after an abbreviation (« Tél. »). A « : » that opens a list (at
 * least two commas after it, up to the sentence's end) ends the sentence there, and each item of
 * the list is read as one; so does a run of « ; » (two or more: hours day by day); a « : » that
 * opens an explanation, and a lone « ; », do not end a sentence. A word is what regular spaces
 * separate: a number written by Intl (« 2 844 », with a narrow no-break space) is one word, as it
 * is said.
 */
import { expect } from '@open-wc/testing';
import { LOZERE, TAGS, cleanup, mount, settled, settledDeep, type Mounted } from '../support/mount.js';

const DEPARTEMENTS = ['48', '13', '2A', '974', '75', '59', '69', '01', '29', '971', '33', '63'];
const FEEDS = '/dist/feeds/';
const MOTS_PAR_PHRASE = 25;

/** Words and marks of the machinery, never a resident's; `true`: also looked for in a source's text. */
const DEVELOPPEUR: [string, RegExp, boolean][] = [
  ['feed', /\bfeeds?\b/i, true],
  ['JSON', /\bJSON\b/i, true],
  ['COG', /\bCOG\b/, true],
  ['undefined, null, NaN', /\b(?:undefined|null|NaN)\b/, true],
  ['HTTP jargon', /\b(?:HTTPS?|CORS|fetch|UTF-?8|charset|localStorage)\b/i, false],
  ['programme id', /\b(?:acv|ti|pvd|amm|ami|fabt|te|cn|fs|crte|vta|pnr)-[\da-z]*\d|\bcrte-[\da-z]/i, true],
  ['kebab-case id', /(?<![\p{L}-])[a-z]+(?:-[a-z]+){2,}(?![\p{L}-])/u, false],
  ['file extension', /\.(?:json|csv|geojson|xlsx?|mjs|js|ts)\b/i, true],
  ['path', /(?<![\p{L}\d])(?:\.{0,2}\/)?[\w-]+\/[\w./-]*\.[a-z]{2,8}\b|(?<!\S)\.{0,2}\/[\w.-]+\/|\b(?:dist|feeds|src|scripts)\//u, false],
  ['hash', /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/, true],
  ['SIREN', /\b\d{9}\b/, false],
];

/** A fixed-seed generator (mulberry32): the same communes in every run and engine. */
function tirage(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A source's text in a block: its place holds one word. */
const CITATION = '\u2042';

interface Bloc {
  /** The block as a reader reads it. */
  texte: string;
  /** The same, each source's text one word (CITATION). */
  compte: string;
  /** The sources' texts in it, web addresses aside. */
  citations: string[];
}

const propre = (t: string) =>
  t
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\t\n\r ]+/g, ' ')
    .trim();

/** Blocks of text as a reader meets them, through shadow roots, leaving provenance out. */
function blocs(root: Node): Bloc[] {
  const sortie: Bloc[] = [];
  let courant: Bloc = { texte: '', compte: '', citations: [] };
  const couper = () => {
    if (courant.texte.trim()) sortie.push({ texte: propre(courant.texte), compte: propre(courant.compte), citations: courant.citations });
    courant = { texte: '', compte: '', citations: [] };
  };
  const lire = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      courant.texte += node.textContent ?? '';
      courant.compte += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) {
      node.childNodes.forEach(lire);
      return;
    }
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
    if (node.hasAttribute('data-provenance') || node.classList.contains('provenance')) return;
    if (node.tagName === 'BR') return couper();
    if (node.tagName === 'BDI') {
      const texte = node.textContent ?? '';
      courant.texte += texte;
      courant.compte += CITATION;
      courant.citations.push(propre(texte).replace(/\b(?:https?:\/\/|www\.)\S+/g, '…'));
      return;
    }
    const enLigne = getComputedStyle(node).display.startsWith('inline') && !node.shadowRoot;
    if (!enLigne) couper();
    const label = node.getAttribute('aria-label');
    if (label) {
      couper();
      sortie.push({ texte: label, compte: label, citations: [] });
    }
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(lire);
    else node.childNodes.forEach(lire);
    if (!enLigne) couper();
  };
  lire(root);
  couper();
  return sortie;
}

const mots = (phrase: string) => phrase.split(' ').filter((m) => /[\p{L}\d]/u.test(m));

/** Abbreviations whose full stop ends no sentence. */
const ABREVIATIONS = /(?:^|\s)(?:Tél|tél|M|Mme|St|Ste|av|bd|cf|env|etc|n°|p|min)\.$/;

/** The sentences of a block (see the header for the rule). */
function phrases(bloc: string): string[] {
  const morceaux = bloc.split(/(?<=[.!?…](?:\s?[»)])?)\s+(?![»)])/);
  const brutes: string[] = [];
  for (const m of morceaux) {
    const avant = brutes.at(-1);
    if (avant !== undefined && ABREVIATIONS.test(avant)) brutes[brutes.length - 1] = `${avant} ${m}`;
    else brutes.push(m);
  }
  const sortie: string[] = [];
  for (const phrase of brutes) {
    const deuxPoints = phrase.indexOf(' : ');
    const suite = deuxPoints >= 0 ? phrase.slice(deuxPoints + 3) : '';
    if ((phrase.match(/ ; /g) ?? []).length >= 2) sortie.push(...phrase.split(' ; '));
    else if ((suite.match(/, /g) ?? []).length >= 2) sortie.push(phrase.slice(0, deuxPoints), ...suite.split(/, | et /));
    else sortie.push(phrase);
  }
  return sortie.map((p) => p.trim()).filter(Boolean);
}

/** What a reader of `root` would find wrong: developer words, then over-long sentences. */
function fautes(root: Node, permis: readonly string[] = []): string[] {
  const trouvees: string[] = [];
  const sans = (texte: string) => [...permis, ATTRIBUT].reduce((t, p) => t.split(p).join('…'), texte);
  for (const bloc of blocs(root)) {
    const notre = sans(bloc.compte);
    for (const [quoi, motif, aussiCite] of DEVELOPPEUR) {
      const m = motif.exec(notre) ?? (aussiCite ? bloc.citations.map((c) => motif.exec(sans(c))).find(Boolean) : null);
      if (m) trouvees.push(`${quoi} « ${m[0]} » in « ${bloc.texte.slice(0, 200)} »`);
    }
    for (const phrase of phrases(notre)) {
      const n = mots(phrase).length;
      if (n > MOTS_PAR_PHRASE) trouvees.push(`${n} words: « ${phrase.replaceAll(CITATION, '(…)')} »`);
    }
  }
  return trouvees;
}

/** `adresse` as the loader writes it in a message: resolved against the page when it can be. */
function absolue(adresse: string): string {
  try {
    return new URL(adresse, location.href).href;
  } catch {
    return adresse;
  }
}

/** The attribute a webmaster sets, named as such in a message for them. */
const ATTRIBUT = 'feeds-base';

async function rendu(tag: string, attrs: Record<string, string>): Promise<Mounted<HTMLElement>> {
  const m = mount(tag, attrs);
  await settled(m, `${tag} ${JSON.stringify(attrs)}`);
  await settledDeep(m.el, 15000);
  return m;
}

describe('plain French wherever a resident looks', () => {
  afterEach(cleanup);

  const hasard = tirage(25);
  for (const departement of DEPARTEMENTS) {
    it(`every element, for the département ${departement} and one of its communes`, async function () {
      this.timeout(180000);
      const feed = (await (await fetch(`${FEEDS}${departement}.json`)).json()) as { communes: Record<string, string> };
      const codes = Object.keys(feed.communes).sort();
      const commune = codes[Math.floor(hasard() * codes.length)]!;
      const trouvees: string[] = [];
      for (const tag of TAGS) {
        for (const attrs of [{ departement }, { commune }] as Record<string, string>[]) {
          const m = await rendu(tag, { ...attrs, 'feeds-base': FEEDS });
          expect(m.el.getAttribute('state'), `${tag} ${JSON.stringify(attrs)}`).to.be.oneOf(['content', 'empty']);
          // Something was read: a check of nothing would pass.
          expect(blocs(m.el).length, `${tag} ${JSON.stringify(attrs)}: blocks read`).to.be.greaterThan(0);
          trouvees.push(...fautes(m.el).map((f) => `${tag} ${JSON.stringify(attrs)}: ${f}`));
          m.el.remove();
        }
      }
      expect([...new Set(trouvees)]).to.deep.equal([]);
    });
  }

  it('every element, for the Lozère’s 2021 fiche and Mende', async function () {
    // The seed fiche has what the open data lack: the fibre's zones, the accompaniments, the saisine's contact.
    this.timeout(60000);
    const trouvees: string[] = [];
    for (const tag of TAGS) {
      for (const attrs of [{}, { commune: '48095' }] as Record<string, string>[]) {
        const m = await rendu(tag, { src: LOZERE, ...attrs });
        expect(blocs(m.el).length, `${tag}: blocks read`).to.be.greaterThan(0);
        trouvees.push(...fautes(m.el).map((f) => `${tag} ${JSON.stringify(attrs)}: ${f}`));
        m.el.remove();
      }
    }
    expect([...new Set(trouvees)]).to.deep.equal([]);
  });

  it('says in short sentences that a commune’s CRTE is carried by another département', async () => {
    // 01370's contract is carried by Saône-et-Loire: the longest sentence the programme list writes.
    const m = await rendu('anct-programme-list', { commune: '01370', 'feeds-base': FEEDS });
    expect(blocs(m.el).some((b) => b.texte.includes('porté par un autre département'))).to.equal(true);
    expect(fautes(m.el)).to.deep.equal([]);
  });

  it('says in a resident’s words what a former code, an arrondissement and a change of intercommunalité are', async () => {
    // 93059: Pierrefitte-sur-Seine, now in Saint-Denis; 75059: a code of before 1968; 75118: an
    // arrondissement; 08439: a commune whose intercommunalité changed since a list.
    for (const commune of ['93059', '75059', '75118', '08439']) {
      for (const tag of TAGS) {
        const m = await rendu(tag, { commune, 'feeds-base': FEEDS });
        expect(fautes(m.el), `${tag} ${commune}`).to.deep.equal([]);
        expect(
          blocs(m.el)
            .map((b) => b.texte)
            .join(' '),
          `${tag} ${commune}`,
        ).to.not.contain(commune);
        m.el.remove();
      }
    }
  });

  it('says the département’s name, not a code, for a commune of another département', async () => {
    const m = await rendu('anct-programme-list', { departement: '48', commune: '13055', 'feeds-base': FEEDS });
    expect(fautes(m.el)).to.deep.equal([]);
    expect(
      blocs(m.el)
        .map((b) => b.texte)
        .join(' '),
    ).to.not.contain('13055');
  });

  /** What each broken page shows, its own address (the webmaster's, quoted) aside. */
  const CASSES: [string, Record<string, string>, string?][] = [
    ['a feed that is not there', { src: '/nulle-part/48.json' }, '/nulle-part/48.json'],
    ['a server error', { src: '/__feeds__/status/500' }, '/__feeds__/status/500'],
    ['an HTML page', { src: '/__feeds__/html' }, '/__feeds__/html'],
    ['broken JSON', { src: '/__feeds__/invalid-json' }, '/__feeds__/invalid-json'],
    ['a feed too large', { src: '/__feeds__/huge-declared' }, '/__feeds__/huge-declared'],
    ['an unknown charset', { src: '/__feeds__/charset/klingon' }, '/__feeds__/charset/klingon'],
    ['no address at all', { src: 'http://' }, 'http://'],
    ['a bad folder of feeds', { departement: '48', 'feeds-base': 'http://' }, 'http://'],
    ['a missing département', { departement: '975', 'feeds-base': FEEDS }],
    ['a département whose feed is not in the folder', { departement: '48', 'feeds-base': '/nulle-part/' }, '/nulle-part/48.json'],
    ['nothing to show', {}],
    ['a malformed commune', { commune: '4809', departement: '48', 'feeds-base': FEEDS }],
    ['an unknown commune', { commune: '48999', 'feeds-base': FEEDS }],
  ];
  for (const [quoi, attrs, adresse] of CASSES) {
    it(`says what is wrong in plain French: ${quoi}`, async () => {
      for (const tag of TAGS) {
        const m = mount(tag, attrs);
        await settled(m, `${tag} ${quoi}`);
        await settledDeep(m.el, 15000);
        const permis = adresse ? [absolue(adresse), adresse] : [];
        expect(fautes(m.el, permis), `${tag}: ${quoi}`).to.deep.equal([]);
        m.el.remove();
      }
    });
  }

  it('says in plain French that part of the data is not shown', async () => {
    const feed = await (await fetch(`${FEEDS}48.json`)).json();
    feed.programmes[0].chiffres[0].valeur = 'douze';
    feed.fibre.source = 12;
    for (const tag of TAGS) {
      const m = mount<HTMLElement & { feed: unknown }>(tag);
      m.el.feed = structuredClone(feed);
      await settled(m, tag);
      await settledDeep(m.el, 15000);
      expect(fautes(m.el), tag).to.deep.equal([]);
      m.el.remove();
    }
  });

  it('cuts sentences as its header says', () => {
    expect(phrases('Un. Deux ! Trois… « Quatre. » Cinq')).to.deep.equal(['Un.', 'Deux !', 'Trois…', '« Quatre. »', 'Cinq']);
    expect(phrases('Sites : Mende, Florac, Marvejols et Langogne.')).to.deep.equal(['Sites', 'Mende', 'Florac', 'Marvejols', 'Langogne.']);
    expect(phrases('Mende : 80 % des locaux ; Lozère : 70 %.')).to.deep.equal(['Mende : 80 % des locaux ; Lozère : 70 %.']);
    expect(phrases('Tél. 04 66 ; lundi 9 h ; mardi 10 h')).to.deep.equal(['Tél. 04 66', 'lundi 9 h', 'mardi 10 h']);
    expect(mots('2\u202f844 sites en France')).to.have.length(4);
  });
});
