/**
 * The iframe embed (dist/embed.html) and the snippet generator (demo/configurator.html), as a
 * webmaster uses them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from './support/text.js';
import { openConfigurator } from './support/configurator.js';

/** What the tests put on the page, removed after each one, passed or failed. */
const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

function frame(src: string, height = 300, sandbox?: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  added.push(iframe);
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.src = src;
  iframe.height = String(height);
  iframe.title = 'test';
  iframe.setAttribute('data-anct-widgets', '');
  document.body.append(iframe);
  return iframe;
}

const inner = (iframe: HTMLIFrameElement, tag: string) => iframe.contentDocument?.querySelector(tag)?.shadowRoot;
/** The embedded page's height, as embed.js measures it. */
const contentHeight = (iframe: HTMLIFrameElement) =>
  Math.ceil(iframe.contentDocument?.documentElement?.getBoundingClientRect().height ?? Number.NaN);

/**
 * Waits until embed-host.js has given the iframe its content's height. Not the first height it
 * gets: Firefox sends an intermediate one (measured while the short iframe still had a scrollbar,
 * so narrower and taller), then the final one.
 */
const sizedToContent = (iframe: HTMLIFrameElement) =>
  waitUntil(() => Number(iframe.getAttribute('height')) === contentHeight(iframe), 'sized to its content', { timeout: 5000 });

const cells = (root: ShadowRoot) => [...root.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

let host: HTMLScriptElement;
before(async () => {
  await new Promise<void>((resolve) => {
    host = document.createElement('script');
    host.src = '/dist/embed-host.js';
    host.onload = () => resolve();
    document.head.append(host);
  });
});
after(() => host.remove());

describe('dist/embed.html', () => {
  it('renders the element named in its query, and embed-host.js sizes the iframe to it', async () => {
    const iframe = frame('/dist/embed.html?element=anct-fibre-table&src=feeds%2F48-lozere-2021.json&theme=light', 150);
    await waitUntil(() => inner(iframe, 'anct-fibre-table')?.querySelector('tfoot'), 'rendered', { timeout: 5000 });
    expect(cells(inner(iframe, 'anct-fibre-table')!)).to.deep.equal(['TOTAL', '70 000', '28 400 (41 %)']);
    expect(iframe.contentDocument!.querySelector('anct-fibre-table')!.getAttribute('theme')).to.equal('light');
    await sizedToContent(iframe);
    expect(Number(iframe.getAttribute('height'))).to.be.greaterThan(400);
    expect(iframe.getAttribute('style')).to.equal(null);
  });

  it('takes the look from its address: neutral by default, the DSFR’s when asked, and light on dark with theme=dark', async () => {
    const base = (iframe: HTMLIFrameElement) => getComputedStyle(inner(iframe, 'anct-saisine-flow')!.querySelector('[part="base"]')!);
    const page = (query: string) => frame(`/dist/embed.html?element=anct-saisine-flow&src=feeds%2F48-lozere-2021.json${query}`, 200);
    const [neutre, dsfr, sombre, inconnu] = [page(''), page('&look=dsfr'), page('&look=neutre&theme=dark'), page('&look=bleu')];
    for (const iframe of [neutre, dsfr, sombre, inconnu]) {
      await waitUntil(() => inner(iframe, 'anct-saisine-flow')?.querySelector('.box'), 'rendered', { timeout: 5000 });
    }
    expect(base(neutre).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(base(dsfr).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(base(dsfr).getPropertyValue('--_accent').trim()).to.equal('#000091');
    expect(base(sombre).color).to.equal('rgb(206, 206, 206)');
    expect(getComputedStyle(sombre.contentDocument!.body).backgroundColor).to.equal('rgb(22, 22, 22)');
    expect(inconnu.contentDocument!.querySelector('anct-saisine-flow')!.hasAttribute('look')).to.equal(false);
  });

  it('sizes an iframe whose page was drawn before embed-host.js arrived', async () => {
    // A page of its own, where embed-host.js comes late, as an async script may.
    const page = frame('about:blank', 800);
    const doc = page.contentDocument!;
    const iframe = doc.createElement('iframe');
    iframe.src = '/dist/embed.html?element=anct-fibre-table&src=feeds%2F48-lozere-2021.json';
    iframe.height = '150';
    iframe.title = 'test';
    iframe.setAttribute('data-anct-widgets', '');
    doc.body.append(iframe);
    await waitUntil(() => inner(iframe, 'anct-fibre-table')?.querySelector('tfoot'), 'rendered', { timeout: 5000 });
    // Its height was sent to a page that did not listen yet.
    await new Promise((r) => setTimeout(r, 300));
    expect(iframe.getAttribute('height')).to.equal('150');
    await new Promise<void>((resolve) => {
      const script = doc.createElement('script');
      script.src = '/dist/embed-host.js';
      script.onload = () => resolve();
      doc.head.append(script);
    });
    await sizedToContent(iframe);
    expect(Number(iframe.getAttribute('height'))).to.be.greaterThan(400);
  });

  it('listens to its own iframes only, and only to a height', async () => {
    const iframe = frame('/dist/embed.html?element=anct-saisine-flow&src=feeds%2F48-lozere-2021.json', 222);
    await waitUntil(
      () => iframe.contentDocument?.querySelector('anct-saisine-flow')?.shadowRoot?.querySelector('.connectors'),
      'rendered',
      { timeout: 5000 },
    );
    await sizedToContent(iframe);
    const sized = iframe.getAttribute('height');
    window.postMessage({ type: 'anct-widgets:hauteur', hauteur: 5 }, '*'); // not from the iframe
    window.postMessage({ type: 'anct-widgets:hauteur', hauteur: 'beaucoup' }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(iframe.getAttribute('height')).to.equal(sized);
  });

  it('shows only feeds of its own site', async () => {
    const iframe = frame(`/dist/embed.html?element=anct-saisine-flow&src=${encodeURIComponent('http://127.0.0.1:9/faux.json')}`);
    await waitUntil(() => iframe.contentDocument?.querySelector('.erreur'), 'message shown', { timeout: 5000 });
    expect(iframe.contentDocument!.querySelector('.erreur')!.textContent).to.contain('que les feeds publiés sur ce site');
    expect(iframe.contentDocument!.querySelector('anct-saisine-flow')).to.equal(null);
  });

  it('shows the France Services of a commune, from the feed shipped for its département', async () => {
    const iframe = frame('/dist/embed.html?element=anct-france-services&commune=48095', 400);
    await waitUntil(() => inner(iframe, 'anct-france-services')?.querySelector('[part="subheading"]'), 'rendered', { timeout: 5000 });
    expect(visibleText(inner(iframe, 'anct-france-services')!.querySelector('[part="subheading"]'))).to.equal('À Mende');
  });

  it('says in French when the element asked for is not one of ours, without repeating what was asked', async () => {
    const iframe = frame('/dist/embed.html?element=Appelez-le-0800-000-000');
    await waitUntil(() => iframe.contentDocument?.querySelector('.erreur'), 'message shown', { timeout: 5000 });
    const text = iframe.contentDocument!.body.textContent!;
    expect(text).to.contain('Cette page ne connaît pas l’élément demandé.');
    expect(text).to.not.contain('0800');
    expect(iframe.contentDocument!.querySelector('script:not([src])')).to.equal(null);
  });

  it('shows a French message for a malformed src, and still reports its height', async () => {
    const iframe = frame(`/dist/embed.html?element=anct-fibre-table&src=${encodeURIComponent('http://[')}`, 20);
    await waitUntil(() => iframe.contentDocument?.querySelector('.erreur'), 'message shown', { timeout: 5000 });
    expect(iframe.contentDocument!.querySelector('.erreur')!.textContent).to.equal(
      'L’adresse du fichier de données donnée à cette page n’est pas valide : vérifiez le code de l’iframe.',
    );
    await sizedToContent(iframe);
  });

  it('refuses a feed of its own site that redirects to another site', async () => {
    const id = `redirige-${Date.now()}`;
    // Another origin (127.0.0.1, not localhost) that lets any site read its feed.
    const ailleurs = `http://127.0.0.1:${location.port}/__feeds__/cors/${id}`;
    expect((await (await fetch(ailleurs)).json()).version, 'readable from here').to.equal(1);
    const redirige = frame(
      `/dist/embed.html?element=anct-fibre-table&src=${encodeURIComponent(`/__feeds__/redirect?to=${encodeURIComponent(ailleurs)}`)}`,
    );
    const sameSite = frame(
      `/dist/embed.html?element=anct-fibre-table&src=${encodeURIComponent(`/__feeds__/redirect?to=/__feeds__/cors/${id}-ici`)}`,
    );
    const state = (iframe: HTMLIFrameElement) => iframe.contentDocument?.querySelector('anct-fibre-table')?.getAttribute('state');
    await waitUntil(() => state(redirige) === 'error' && state(sameSite) === 'content', 'both settled', { timeout: 8000 });
    expect(inner(redirige, 'anct-fibre-table')!.textContent).to.contain(
      'cette page n’affiche que les fichiers publiés sur son propre site',
    );
    expect(inner(redirige, 'anct-fibre-table')!.querySelector('table')).to.equal(null);
    expect(cells(inner(sameSite, 'anct-fibre-table')!)).to.deep.equal(['TOTAL', '70 000', '28 400 (41 %)']);
  });

  it('writes no free text of its address on the page: headings come from the feed', async () => {
    const spoof = encodeURIComponent('Appelez le 0800 000 000');
    const iframe = frame(
      `/dist/embed.html?element=anct-programme-list&src=feeds%2F48-lozere-2021.json&heading=${spoof}&commune=${spoof}&axe=${spoof}`,
    );
    await waitUntil(() => iframe.contentDocument?.querySelector('anct-programme-list')?.getAttribute('state') === 'content', 'shown', {
      timeout: 5000,
    });
    const el = iframe.contentDocument!.querySelector('anct-programme-list')!;
    expect(['heading', 'commune', 'axe'].filter((a) => el.hasAttribute(a))).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.not.contain('0800');
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Programmes d’action de l’ANCT : Lozère');
    const sansTitre = frame('/dist/embed.html?element=anct-fibre-table&src=feeds%2F48-lozere-2021.json&heading=');
    await waitUntil(() => inner(sansTitre, 'anct-fibre-table')?.querySelector('tfoot'), 'shown', { timeout: 5000 });
    expect(inner(sansTitre, 'anct-fibre-table')!.querySelector('h2, h3')).to.equal(null);
  });

  it('opens links outside the iframe, even those of the elements’ shadow roots', async () => {
    const id = `lien-${Date.now()}`;
    const cible = `${location.origin}/__feeds__/counted/${id}`;
    // Sandboxed without allow-top-navigation: a link to the whole window is refused, one to the frame is followed.
    const iframe = frame(
      `/dist/embed.html?element=anct-saisine-flow&src=${encodeURIComponent(`/__feeds__/lien?url=${encodeURIComponent(cible)}`)}`,
      300,
      'allow-scripts allow-same-origin',
    );
    const lien = () => inner(iframe, 'anct-saisine-flow')?.querySelector<HTMLAnchorElement>(`a[href="${cible}"]`);
    await waitUntil(lien, 'link shown', { timeout: 5000 });
    const clicked = new Promise((resolve) => lien()!.addEventListener('click', resolve, { once: true }));
    lien()!.click();
    await clicked;
    await new Promise((r) => setTimeout(r, 1000));
    expect(iframe.contentDocument?.location.pathname).to.equal('/dist/embed.html');
    expect(((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits).to.equal(0);
  });
});

describe('demo/configurator.html', () => {
  async function configurator() {
    const iframe = frame('/demo/configurator.html', 900);
    iframe.width = '1100';
    const { doc, choose } = await openConfigurator(iframe, 5000);
    return { iframe, doc, choose };
  }

  it('writes the snippet, and previews that very snippet', async () => {
    const { doc, choose } = await configurator();
    choose('element', 'anct-programme-list');
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#commune')!.options.length > 100, 'communes listed', { timeout: 5000 });
    choose('commune', '48095');
    choose('heading-level', '3');
    const code = doc.querySelector<HTMLTextAreaElement>('#extrait')!.value;
    // By default, this version on the CDN, with the hash of the very file the build made.
    const { version } = await (await fetch('/package.json')).json();
    const cdn = `https://cdn.jsdelivr.net/npm/anct-widgets@${version}/dist/`;
    // (That the hashes are the files' is checked on the files themselves, test/node/build.test.mjs.)
    const { integrity } = await (await fetch('/dist/cdn.json')).json();
    const hash = integrity['elements/anct-programme-list.js'].replace(/^sha384-/, '');
    expect(code).to.equal(
      `<link rel="preload" as="fetch" crossorigin="anonymous" href="${cdn}feeds/48-lozere-2021.json">\n` +
        `<script type="module" src="${cdn}elements/anct-programme-list.js" integrity="sha384-${hash}"></script>\n` +
        `<anct-programme-list src="${cdn}feeds/48-lozere-2021.json" commune="48095" heading-level="3"></anct-programme-list>`,
    );
    // The preview runs that snippet with this site's dist/ for the CDN's.
    const preview = doc.querySelector<HTMLIFrameElement>('#apercu')!;
    expect(preview.srcdoc).to.contain(code.replaceAll(cdn, `${location.origin}/dist/`).replace(/ integrity="[^"]*"/, ''));
    await waitUntil(() => inner(preview, 'anct-programme-list')?.querySelector('[part="lead"]'), 'preview rendered', { timeout: 5000 });
    const shown = inner(preview, 'anct-programme-list')!;
    expect(shown.querySelector('h3')!.textContent!.trim()).to.equal('Les programmes de l’ANCT à Mende');
  });

  it('lets the webmaster choose the look, says why the DSFR is for State sites, and previews the code on both pages', async () => {
    const { doc, choose } = await configurator();
    expect(visibleText(doc.querySelector('#look-aide'))).to.contain('réservé aux sites de l’État');
    expect(visibleText(doc.querySelector('#look-aide'))).to.contain(
      'Celui d’une commune, d’un conseil départemental ou d’une intercommunalité',
    );
    choose('element', 'anct-saisine-flow');
    const base = (id: string) => {
      const root = inner(doc.querySelector<HTMLIFrameElement>(id)!, 'anct-saisine-flow');
      return root?.querySelector('[part="base"]') ? getComputedStyle(root.querySelector('[part="base"]')!) : undefined;
    };
    const rendered = () => waitUntil(() => base('#apercu') && base('#apercu-dsfr'), 'both previews rendered', { timeout: 5000 });
    await rendered();
    // Automatic: neutral on the commune's page, the DSFR's on the State's.
    expect(base('#apercu')!.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(base('#apercu')!.color).to.equal('rgb(34, 34, 34)');
    expect(base('#apercu-dsfr')!.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(base('#apercu-dsfr')!.getPropertyValue('--_accent').trim()).to.equal('#000091');
    choose('look', 'dsfr');
    const code = doc.querySelector<HTMLTextAreaElement>('#extrait')!.value;
    expect(code).to.contain(' look="dsfr"');
    expect(doc.querySelector<HTMLIFrameElement>('#apercu-dsfr')!.srcdoc).to.contain(' look="dsfr"');
    await rendered();
    expect(base('#apercu')!.backgroundColor).to.equal('rgb(255, 255, 255)');
    choose('look', 'neutre');
    await rendered();
    expect(base('#apercu-dsfr')!.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('gives the paragraph for the accessibility statement of the chosen element, ready to copy', async () => {
    const { doc, choose } = await configurator();
    const paragraphe = () => visibleText(doc.querySelector('#declaration'));
    choose('element', 'anct-fibre-table');
    expect(paragraphe()).to.contain('Le module « Déploiement de la fibre optique »');
    expect(paragraphe()).to.contain('Le graphique de l’évolution des locaux raccordables a deux alternatives textuelles');
    expect(paragraphe()).to.contain('Le site reste responsable de ce qui entoure le module');
    expect(paragraphe()).not.to.contain('horaires');
    choose('element', 'anct-france-services');
    expect(paragraphe()).to.contain('Les horaires de chaque lieu sont un tableau, les jours en en-têtes de ligne.');
    expect(paragraphe()).not.to.contain('graphique');
    choose('look', 'dsfr');
    expect(paragraphe()).to.contain('l’apparence DSFR est réservée aux sites de l’État');
    expect(doc.querySelector('#copier-declaration')!.textContent).to.equal('Copier le paragraphe');
  });

  it('offers the France Services element, and finds a commune by its postal code', async () => {
    const { doc, choose } = await configurator();
    const choix = [...doc.querySelectorAll<HTMLOptionElement>('#element option')].map((o) => o.value);
    expect(choix).to.include('anct-france-services');
    choose('element', 'anct-france-services');
    const type = (texte: string) => {
      const champ = doc.querySelector<HTMLInputElement>('#code-postal')!;
      champ.value = texte;
      champ.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const communes = doc.querySelector<HTMLSelectElement>('#commune')!;
    const offertes = () => [...communes.options].filter((o) => !o.hidden && o.value).map((o) => o.value);
    type('48000'); // Mende's, and eleven other communes'
    await waitUntil(() => offertes().length === 12, 'the communes of 48000 offered', { timeout: 5000 });
    expect(offertes()).to.include('48095');
    type('12100'); // Millau's, in Aveyron: the feed follows the commune
    await waitUntil(() => offertes().length === 5, 'the communes of 12100 offered', { timeout: 5000 });
    expect(doc.querySelector<HTMLSelectElement>('#feed')!.value).to.equal('12');
    choose('commune', '12145');
    expect(doc.querySelector<HTMLTextAreaElement>('#extrait')!.value).to.contain(
      '<anct-france-services commune="12145"></anct-france-services>',
    );
  });

  it('writes the classic-script and iframe forms, for a département of the open data', async () => {
    const { doc, choose } = await configurator();
    choose('feed', '974');
    await waitUntil(() => doc.querySelector<HTMLSelectElement>('#commune')!.querySelector('option[value="97411"]'), 'communes of 974', {
      timeout: 5000,
    });
    choose('element', 'anct-programme-list');
    // The webmaster's own copy of dist/: no integrity hash, which a rebuilt copy would not match.
    const dist = `${location.origin}/dist/`;
    choose('adresse', dist);
    choose('forme', 'classique');
    expect(doc.querySelector<HTMLTextAreaElement>('#extrait')!.value).to.equal(
      `<link rel="preload" as="fetch" crossorigin="anonymous" href="${dist}feeds/974.json">\n` +
        `<script src="${dist}anct-widgets.iife.js" defer></script>\n<anct-programme-list departement="974"></anct-programme-list>`,
    );
    choose('commune', '97411');
    choose('forme', 'iframe');
    const code = doc.querySelector<HTMLTextAreaElement>('#extrait')!.value;
    expect(code).to.equal(
      `<iframe src="${dist}embed.html?element=anct-programme-list&amp;commune=97411" title="Programmes de l’ANCT (Saint-Denis)" ` +
        `style="display:block;width:100%;border:0" height="1600" loading="lazy" data-anct-widgets></iframe>\n<script src="${dist}embed-host.js" async></script>`,
    );
    const preview = doc.querySelector<HTMLIFrameElement>('#apercu')!;
    await waitUntil(() => preview.contentDocument?.querySelector('iframe'), 'iframe previewed', { timeout: 5000 });
    const embedded = preview.contentDocument!.querySelector('iframe')!;
    // It fills its column: the width of the page's body, not a width attribute's 300 pixels.
    expect(embedded.getBoundingClientRect().width).to.equal(preview.contentDocument!.body.getBoundingClientRect().width);
    // The snippet's iframe loads lazily: only once it is near the viewport (Firefox and WebKit
    // count the top page's viewport; the preview sits below the form).
    embedded.scrollIntoView();
    await waitUntil(() => inner(embedded, 'anct-programme-list')?.querySelector('[part="lead"]'), 'embedded list rendered', {
      timeout: 5000,
    });
    expect(inner(embedded, 'anct-programme-list')!.querySelector('[part="lead"]')!.textContent).to.match(/^Saint-Denis bénéficie de/);
  });
});

describe('demo/communes.html', () => {
  it('finds a commune by its postal code, and shows its programmes, its France Services and its internet access', async () => {
    const iframe = frame('/demo/communes.html', 900);
    iframe.width = '1100';
    await waitUntil(() => iframe.contentDocument?.documentElement?.dataset.pret === 'oui', 'ready', { timeout: 5000 });
    const doc = iframe.contentDocument!;
    const recherche = doc.querySelector<HTMLInputElement>('#recherche')!;
    recherche.value = '48000';
    recherche.dispatchEvent(new Event('input', { bubbles: true }));
    const options = () => [...doc.querySelectorAll<HTMLOptionElement>('#commune option')].map((o) => o.textContent);
    await waitUntil(() => options().includes('Mende (48000)'), 'Mende listed by its postal code', { timeout: 5000 });
    const commune = doc.querySelector<HTMLSelectElement>('#commune')!;
    commune.value = '48095';
    commune.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => visibleText(inner(iframe, 'anct-france-services')?.querySelector('[part="subheading"]')) === 'À Mende',
      'sites shown',
      {
        timeout: 5000,
      },
    );
    expect(doc.querySelector('#extrait')!.textContent).to.contain('<anct-france-services commune="48095"></anct-france-services>');
    // The shipped Lozère feed, built from Arcep's 2024 file: Mende 8 028 of 9 392, Lozère 63 903 of 73 058.
    await waitUntil(() => inner(iframe, 'anct-fibre-table')?.querySelector('[part="commune"] [part="lead"]'), 'fibre shown', {
      timeout: 5000,
    });
    expect(visibleText(inner(iframe, 'anct-fibre-table')!.querySelector('[part="commune"] [part="lead"]'))).to.equal(
      'Mende : 85 % des locaux éligibles à la fibre optique en 2024 ; Lozère : 87 %.',
    );
    expect(doc.querySelector('#extrait')!.textContent).to.contain('<anct-fibre-table commune="48095"></anct-fibre-table>');
  });
});
