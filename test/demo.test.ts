/**
 * The pages of demo/, opened as a visitor opens them (test/support/demo-pages-server.mjs serves
 * them watched): nothing in the console, no request that fails, every element on the page drawn
 * with its content; and the demo's checker of a fichier de données, as a feed author uses it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from './support/text.js';

const SITE = '/__demo__/site';

declare global {
  interface Window {
    __demoProblems?: string[];
  }
}

/** What a page must show once loaded, beyond its elements: the pages that say when they are ready say it. */
const READY: Record<string, (doc: Document) => boolean> = {
  'index.html': (doc) =>
    /\S/.test(doc.querySelector('#validate-result')?.textContent ?? '') &&
    !/Vérification…/.test(doc.querySelector('#validate-result')!.textContent!),
  'communes.html': (doc) => doc.documentElement.dataset.pret === 'oui',
  'configurator.html': (doc) => doc.documentElement.dataset.pret === 'oui',
  'fiche.html': () => true,
  'iframe.html': () => true,
};

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

/** The documents of a page: its own and those of its frames, at any depth, once they have one. */
function documents(doc: Document): Document[] {
  const frames = [...doc.querySelectorAll('iframe')].map((f) => f.contentDocument).filter((d): d is Document => !!d?.body);
  return [doc, ...frames.flatMap(documents)];
}

/** The elements of a page and of its frames, each with what a reader sees of it. */
function elements(doc: Document) {
  return documents(doc).flatMap((d) =>
    [...d.body.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('anct-'))
      .map((el) => {
        const base = el.shadowRoot?.querySelector('[part="base"]');
        const state =
          !base || base.getAttribute('aria-busy') !== 'false' ? 'loading' : base.querySelector('[part="error"]') ? 'error' : 'drawn';
        return { tag: el.localName, state, heading: visibleText(base?.querySelector('h1, h2, h3, h4, h5, h6')), text: visibleText(base) };
      }),
  );
}

const allDrawn = (doc: Document) => {
  const all = elements(doc);
  return all.length > 0 && all.every((e) => e.state === 'drawn');
};

/** Opens a page of demo/ in a frame; `problems()` gives what its console and the server saw since. */
async function open(page: string) {
  const { answered } = (await (await fetch('/__demo__/failed')).json()) as { answered: number };
  window.__demoProblems = [];
  const iframe = document.createElement('iframe');
  added.push(iframe);
  iframe.title = page;
  iframe.width = '1100';
  iframe.height = '900';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${SITE}/demo/${page}`;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  const problems = async () => {
    const { failed } = (await (await fetch(`/__demo__/failed?since=${answered}`)).json()) as { failed: { status: number; url: string }[] };
    return [...window.__demoProblems!, ...failed.map((f) => `request answered ${f.status}: ${f.url}`)];
  };
  return { doc, problems };
}

describe('the demo pages', () => {
  let pages: string[];
  before(async () => {
    pages = (await (await fetch('/__demo__/pages')).json()) as string[];
  });

  it('are all checked here', () => {
    expect(pages).to.include.members(['index.html', 'communes.html', 'configurator.html', 'fiche.html', 'iframe.html']);
    expect(pages.filter((p) => !READY[p])).to.deep.equal([]);
  });

  for (const page of Object.keys(READY)) {
    it(`${page} opens with nothing in the console, no failed request, and every element drawn`, async () => {
      const { doc, problems } = await open(page);
      try {
        await waitUntil(() => allDrawn(doc) && READY[page]!(doc), `${page} shown`, { timeout: 10000 });
      } catch {
        // Say what the page showed, and what went wrong on the way.
        expect({ elements: elements(doc).map((e) => `${e.tag}: ${e.state}`), problems: await problems() }).to.deep.equal({
          elements: 'every one drawn',
          problems: [],
        });
      }
      for (const element of elements(doc)) {
        expect(element.text, `${element.tag} has content`).to.have.length.greaterThan(40);
        expect(element.heading, `${element.tag} has a heading`).to.match(/\p{L}/u);
      }
      // A little time for what comes late (a rejected promise, an image), then the console.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await problems()).to.deep.equal([]);
    });
  }
});

describe('the demo’s checker of a fichier de données', () => {
  async function check(doc: Document, address: string) {
    const result = doc.querySelector('#validate-result')!;
    doc.querySelector<HTMLInputElement>('#feed-url')!.value = address;
    result.textContent = '';
    doc.querySelector<HTMLButtonElement>('#validate-form button')!.click();
    await waitUntil(() => /\S/.test(result.textContent!) && !/Vérification…/.test(result.textContent!), 'checked', { timeout: 5000 });
    return { summary: visibleText(result.querySelector('p')), lines: [...result.querySelectorAll('li')].map((li) => visibleText(li)) };
  }

  it('speaks of a « fichier de données », the words of a webmaster', async () => {
    const { doc } = await open('index.html');
    const section = doc.querySelector('#verifier')!;
    expect(visibleText(section.querySelector('h2'))).to.equal('Vérifier un fichier de données');
    expect(visibleText(section.querySelector('label'))).to.equal('Adresse du fichier de données');
    expect(visibleText(section)).not.to.match(/\bfeeds?\b/i);
    expect(visibleText(doc.querySelector('header'))).not.to.match(/\bfeeds?\b/i);
  });

  it('says that a shipped file is valid, and lists the problems of a broken one in French', async () => {
    const { doc, problems } = await open('index.html');
    await waitUntil(() => READY['index.html']!(doc), 'first check done', { timeout: 10000 });
    expect(await check(doc, '../dist/feeds/48.json')).to.deep.equal({ summary: 'Fichier de données valide : aucun problème.', lines: [] });
    expect(await check(doc, '../test/fixtures/feeds/section-invalide.json')).to.deep.equal({
      summary: '1 problème dans ce fichier de données :',
      lines: ['fibre.zones[0].locauxADeployer : nombre attendu, « douze » reçu'],
    });
    const missing = await check(doc, 'feeds/introuvable.json');
    expect(missing.summary).to.equal('Ce fichier de données ne peut pas être vérifié :');
    expect(missing.lines).to.have.length(1);
    expect(missing.lines[0]).to.match(
      /^Le fichier de données est introuvable à l’adresse « http:\S+\/demo\/feeds\/introuvable\.json » \(erreur 404\)\./,
    );
    expect((await problems()).filter((p) => !p.includes('introuvable'))).to.deep.equal([]);
  });
});
