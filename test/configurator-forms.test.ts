/**
 * The configurator's two forms that hold the element's content (demo/configurator.html):
 * « Contenu + script », which a page shows before the script and the element then takes over,
 * and « HTML sans script », the content alone, dated, for an editor that keeps nothing else.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from './support/text.js';
import { openConfigurator } from './support/configurator.js';

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

function frame(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  added.push(iframe);
  iframe.title = 'test';
  iframe.width = '1100';
  iframe.height = '900';
  if (src) iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

async function configurator() {
  const iframe = frame('/demo/configurator.html');
  const { doc, choose } = await openConfigurator(iframe);
  const extrait = doc.querySelector<HTMLTextAreaElement>('#extrait')!;
  /** Chooses, then waits for the snippet to say the data's date: the content is written. */
  const written = async (name: string, value: string, until: (code: string) => boolean) => {
    choose(name, value);
    await waitUntil(() => until(extrait.value), `${name} = ${value} written`, { timeout: 10000 });
    return extrait.value;
  };
  /** The département's feed, then a commune of it, once its communes are listed again. */
  const commune = async (feed: string, code: string) => {
    const before = doc.querySelector('#commune option');
    choose('feed', feed);
    await waitUntil(() => !before?.isConnected && doc.querySelector(`#commune option[value="${code}"]`), 'communes listed', {
      timeout: 10000,
    });
    await written('commune', code, (c) => c.includes(`commune="${code}"`));
  };
  return { doc, choose, written, commune, extrait };
}

/** An HTML text's elements, parsed without running anything. */
const parse = (code: string) => {
  const template = document.createElement('template');
  template.innerHTML = code;
  return template.content;
};

const headings = (root: ParentNode) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${visibleText(h)}`);

describe('demo/configurator.html: the forms with the content', () => {
  it('explains each form in one sentence for a webmaster', async () => {
    const { doc } = await configurator();
    const aide = (value: string) => {
      const radio = doc.querySelector(`input[name="forme"][value="${value}"]`)!;
      return visibleText(doc.getElementById(radio.getAttribute('aria-describedby')!));
    };
    expect(visibleText(doc.querySelector('input[value="contenu"]')!.parentElement)).to.equal('Contenu + script');
    expect(visibleText(doc.querySelector('input[value="html"]')!.parentElement)).to.equal('HTML sans script');
    expect(aide('contenu')).to.match(/s’affiche tout de suite, même sans JavaScript.*choisissez-le si votre site garde les scripts/);
    expect(aide('html')).to.match(/ne se met pas à jour tout seul et dit la date de ses données/);
    expect(`${aide('contenu')} ${aide('html')}`).not.to.match(/\b(feed|JSON|fallback)\b/i);
  });

  it('« Contenu + script »: the snippet holds the content, which a page shows before the script, then the element takes over', async () => {
    const { doc, choose, written, commune } = await configurator();
    // The writer of the content is loaded only for the forms that hold it.
    const writer = () => doc.defaultView!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/dist/html.js'));
    expect(writer()).to.have.length(0);
    choose('element', 'anct-programme-list');
    await commune('48', '48095');
    choose('heading-level', '3');
    const cdn = await written('forme', 'contenu', (c) => c.includes('Données du'));
    expect(writer()).to.have.length(1);
    // From the CDN, with its integrity hash, as the script forms.
    expect(cdn).to.match(
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/\S+\/elements\/anct-programme-list\.js" integrity="sha384-/,
    );
    expect(cdn).to.contain('<anct-programme-list commune="48095" heading-level="3">\n');
    const dist = `${location.origin}/dist/`;
    const code = await written('adresse', dist, (c) => c.includes(`${dist}elements/`) && c.includes('Données du'));
    const tag = parse(code).querySelector('anct-programme-list')!;
    expect(headings(tag)[0]).to.equal('h3 Les programmes de l’ANCT à Mende');
    expect(visibleText(tag)).to.match(/Données du \d/);

    // Pasted into a page, its script not there yet: the content shows as it is.
    const page = frame('');
    page.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head><body>${code.replace(/<script[^>]*><\/script>/, '')}</body></html>`;
    await waitUntil(() => page.contentDocument?.querySelector('anct-programme-list h3'), 'page shown', { timeout: 5000 });
    const pasted = page.contentDocument!;
    const element = pasted.querySelector('anct-programme-list')!;
    expect(element.shadowRoot).to.equal(null);
    expect(visibleText(pasted.body)).to.contain('Les programmes de l’ANCT à Mende');
    expect(pasted.querySelector('anct-programme-list h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // Then the script arrives: the element draws the same headings in its own content.
    const script = pasted.createElement('script');
    script.type = 'module';
    script.src = `${dist}elements/anct-programme-list.js`;
    pasted.head.append(script);
    await waitUntil(() => element.getAttribute('state') === 'content', 'element drawn', { timeout: 10000 });
    const base = element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.querySelector('slot')).to.equal(null);
    expect(headings(base)[0]).to.equal('h3 Les programmes de l’ANCT à Mende');
    expect(headings(base)).to.deep.equal(headings(tag));
  });

  it('« HTML sans script »: the content alone, dated, with no script, style or custom element', async () => {
    const { choose, written, commune } = await configurator();
    choose('element', 'anct-fiche');
    await commune('48', '48095');
    const code = await written('forme', 'html', (c) => c.includes('Données du'));
    const content = parse(code);
    expect(headings(content)[0]).to.match(/^h2 \S/);
    expect(headings(content).length).to.be.greaterThan(3);
    expect(visibleText(content.lastElementChild)).to.match(/^Données du \d/);
    expect(content.querySelectorAll('script, style, link, iframe').length).to.equal(0);
    const all = [...content.querySelectorAll('*')];
    expect(all.filter((e) => e.localName.includes('-')).map((e) => e.localName)).to.deep.equal([]);
    expect(all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n === 'style' || n.startsWith('on'))).to.deep.equal([]);
  });

  it('passes axe, with the forms with content chosen', async () => {
    const { doc, written } = await configurator();
    await written('forme', 'contenu', (c) => c.includes('Données d'));
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
    doc.head.append(axe);
    await loaded;
    const { axe: axeCore } = doc.defaultView as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } };
    // The page's own markup: the previews are the snippet's, checked on its own (test/components/fallback.test.ts).
    const { violations } = await axeCore.run({ include: [doc.documentElement], exclude: [['#apercu'], ['#apercu-dsfr']] });
    expect(violations.map((v) => v.id)).to.deep.equal([]);
  });
});
