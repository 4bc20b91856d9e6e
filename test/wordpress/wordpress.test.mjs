// The WordPress plugin, tried as commune sites use it: a fresh WordPress 6.1 from Debian's
// packages (MariaDB, Apache with mod_php, loopback only), the built zip installed from
// wp-admin's upload form by the administrator, pages made by an Author and a Contributor with
// their own credentials (so that KSES filters what they save as it does in the editor), in a
// block theme and a classic theme, with and without DISALLOW_UNFILTERED_HTML, then read in
// Chromium (and Firefox) as a visitor reads them. Run as root (it starts its own services):
// `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { launchFirefox } from '../support/firefox.mjs';
import { install, login } from './client.mjs';
import { missingPackages, startWordPress } from './server.mjs';
import { addBlock, editPost, field, newPost, publish } from './editor.mjs';
import { balises, blocks, commande, inside, saved, sansScript, texte } from './fallback.mjs';
import { REPERE, docSnippet, publicPage } from './page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const ZIP = join(root, 'dist/wordpress/anct-widgets.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ADMIN = { user: 'mairie', password: 'mot-de-passe-admin-0', email: 'mairie@example.org' };
const MENDE = 'Les programmes de l’ANCT à Mende';

const phpFiles = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? phpFiles(join(dir, f)) : f.endsWith('.php') ? [join(dir, f)] : [],
  );

/** What an Author and a Contributor put in a post: the block, the shortcode, and a pasted element with a script and an iframe. */
const CONTENU = [
  REPERE,
  '<!-- wp:anct-widgets/element {"commune":"48095"} /-->',
  '<!-- wp:shortcode -->[anct-programmes commune="48095" heading-level="3"]<!-- /wp:shortcode -->',
  '<!-- wp:html --><anct-saisine-flow departement="48" heading-level="3"></anct-saisine-flow>' +
    '<script>document.title = "script kept"</script><iframe src="https://example.org/"></iframe><!-- /wp:html -->',
].join('\n');

describe('the WordPress plugin on a real WordPress', { skip: process.getuid() !== 0 && 'needs root: it starts MariaDB and Apache' }, () => {
  let wp, admin, author, contributor, chromium;
  const posts = {};

  before(async () => {
    const missing = missingPackages();
    assert.deepEqual(missing, [], `Debian packages missing (.ci/run installs them): ${missing.join(' ')}`);
    wp = await startWordPress();
    await install(wp.url, ADMIN);
    // What WordPress's own installer logs is not the plugin's (Debian's 6.1 logs two warnings).
    wp.clearDebugLog();
    admin = await login(wp.url, ADMIN.user, ADMIN.password);
    chromium = await launchChromium();
  });

  after(async () => {
    await chromium?.close();
    await wp?.stop();
  });

  it('has PHP that `php -l` finds clean, every file of the zip', () => {
    const dir = join(root, 'dist/wordpress/anct-widgets');
    const files = phpFiles(dir);
    assert.ok(files.length >= 8, files.join(' '));
    for (const file of files) assert.match(execFileSync('php', ['-l', file]).toString(), /No syntax errors/, file);
  });

  it('installs from Extensions › Ajouter › Téléverser, as an administrator does, and activates', async () => {
    const page = await chromium.newPage();
    await page.setCookie(...admin.cookies());
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await page.waitForSelector('#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    const activate = await page.waitForSelector('a[href*="action=activate"][href*="anct-widgets"]');
    await Promise.all([page.waitForNavigation(), activate.click()]);
    const row = await page.waitForSelector('tr[data-plugin="anct-widgets/anct-widgets.php"]');
    assert.match(await row.evaluate((tr) => tr.className), /\bactive\b/);
    assert.match(await row.evaluate((tr) => tr.textContent), new RegExp(`Version ${version.replace(/\./g, '\\.')}`));
    await page.close();
    const author = await admin.rest('/wp/v2/users', 'POST', {
      username: 'auteur',
      password: 'mot-de-passe-auteur-0',
      email: 'auteur@example.org',
      roles: ['author'],
    });
    assert.deepEqual(author.roles, ['author']);
    await admin.rest('/wp/v2/users', 'POST', {
      username: 'contrib',
      password: 'mot-de-passe-contrib-0',
      email: 'contrib@example.org',
      roles: ['contributor'],
    });
  });

  it('keeps an Author’s element, block and shortcode (not their script nor iframe), and shows Mende’s programmes', async () => {
    author = await login(wp.url, 'auteur', 'mot-de-passe-auteur-0');
    const post = await author.rest('/wp/v2/posts', 'POST', { title: 'Programmes à Mende', content: CONTENU, status: 'publish' });
    const saved = (await author.rest(`/wp/v2/posts/${post.id}?context=edit`)).content.raw;
    assert.match(saved, /<anct-saisine-flow departement="48" heading-level="3"><\/anct-saisine-flow>/);
    assert.doesNotMatch(saved, /<script|<iframe/);
    posts.author = post.link;
    posts.authorId = post.id;
    const page = await publicPage(chromium, post.link);
    assert.deepEqual(page.headings, [MENDE, MENDE]);
    assert.deepEqual(page.states, ['content', 'content', 'content']);
    assert.deepEqual(page.scripts, [`module ${wp.url}/wp-content/plugins/anct-widgets/dist/anct-widgets.js?ver=${version}`]);
    assert.deepEqual(page.errors, []);
    page.widths.forEach(([element, column]) => assert.ok(Math.abs(element - column) <= 1, `${element} px in a column of ${column} px`));
  });

  it('lets an Author choose the element, the département and Mende by name in the block editor, previewing the real element', async () => {
    const { page, errors, close } = await newPost(chromium, author);
    await addBlock(page, 'anct-widgets/element');
    await page.select(await field(page, 'Élément'), 'anct-programme-list');
    const departement = await field(page, 'Département');
    await page.waitForFunction((s) => document.querySelector(s).options.length > 100, {}, departement);
    await page.select(departement, '48');
    await page.type(await field(page, 'Commune'), 'Mend');
    const choice = await page.waitForFunction(() =>
      [...document.querySelectorAll('.components-form-token-field__suggestion')].find((li) => li.textContent.trim() === 'Mende (48095)'),
    );
    await choice.click();
    await page.select(await field(page, 'Niveau du titre'), '3');
    // The preview in the editor is the element itself, with what was chosen.
    const preview = await page.waitForFunction(() => {
      const e = document.querySelector('.editor-styles-wrapper anct-programme-list[commune="48095"][heading-level="3"]');
      return e?.getAttribute('state') === 'content' && e;
    });
    assert.equal(await preview.evaluate((e) => e.shadowRoot.querySelector('h3').textContent.trim()), MENDE);
    await addBlock(page, 'core/shortcode', { text: '[anct-fibre-table departement="48"]' });
    await page.evaluate(() => {
      window.wp.data.dispatch('core/editor').editPost({ title: 'Fait dans l’éditeur', status: 'publish' });
      return window.wp.data.dispatch('core/editor').savePost();
    });
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
    assert.deepEqual(errors, []);
    await close();
    const shown = await publicPage(chromium, link, 2);
    assert.deepEqual(shown.headings, [MENDE]);
    assert.equal(shown.states.length, 2);
    assert.deepEqual(shown.errors, []);
  });

  it('sizes the Custom HTML block’s preview to the element once its content shows', async () => {
    const { page, close } = await newPost(chromium, admin);
    const script = `${wp.url}/wp-content/plugins/anct-widgets/dist/anct-widgets.js`;
    await addBlock(page, 'core/html', {
      content: `<script type="module" src="${script}"></script>\n<anct-programme-list commune="48095"></anct-programme-list>`,
    });
    const apercu = await page.waitForFunction(() =>
      [...document.querySelectorAll('.block-editor-block-toolbar button')].find((b) => /^(Aperçu|Preview)$/.test(b.textContent.trim())),
    );
    await apercu.click();
    const sandbox = await page.waitForSelector('iframe.components-sandbox');
    const frame = await sandbox.contentFrame();
    await frame.waitForFunction(() => document.querySelector('anct-programme-list')?.getAttribute('state') === 'content', {
      timeout: 20000,
    });
    // The sandbox follows its body's mutations: the state attribute is the one it sees.
    await page.waitForFunction((e) => e.getBoundingClientRect().height > 600, { timeout: 10000 }, sandbox);
    const [height, content] = await Promise.all([
      sandbox.evaluate((e) => e.getBoundingClientRect().height),
      frame.evaluate(() => document.querySelector('anct-programme-list').getBoundingClientRect().height),
    ]);
    assert.ok(height >= content, `preview ${height} px for an element of ${content} px`);
    await close();
  });

  it('publishes a Contributor’s post once the administrator approves it', async () => {
    contributor = await login(wp.url, 'contrib', 'mot-de-passe-contrib-0');
    await assert.rejects(contributor.rest('/wp/v2/posts', 'POST', { title: 'x', content: 'x', status: 'publish' }), /rest_cannot_publish/);
    const post = await contributor.rest('/wp/v2/posts', 'POST', { title: 'Mende, pour relecture', content: CONTENU, status: 'pending' });
    const published = await admin.rest(`/wp/v2/posts/${post.id}`, 'POST', { status: 'publish' });
    posts.contributor = published.link;
    const page = await publicPage(chromium, published.link);
    assert.deepEqual(page.headings, [MENDE, MENDE]);
    assert.deepEqual(page.states, ['content', 'content', 'content']);
    assert.deepEqual(page.errors, []);
  });

  /**
   * The content inside an element of a public page, against `anct-widgets html`'s for the same
   * element: the same text, the same tags and attributes (KSES stripped nothing).
   */
  function memeContenu(html, tag, ...options) {
    const page = inside(html, tag);
    const attendu = commande(tag, ...options);
    assert.ok(page, `no content in <${tag}>`);
    assert.equal(texte(page), texte(attendu), tag);
    assert.deepEqual(balises(page), balises(attendu), tag);
  }

  const DONNEES = /Données du \d/;

  it('saves the content in an Author’s post, shown with JavaScript off, as `anct-widgets html` writes it; the element takes over', async () => {
    const { page, errors, close } = await newPost(chromium, author);
    await addBlock(page, 'anct-widgets/element', { commune: '48095' });
    await addBlock(page, 'anct-widgets/element', { element: 'anct-fibre-table', departement: '48' });
    await saved(page, DONNEES);
    await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Contenu sans script' }));
    const link = await publish(page);
    const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    assert.deepEqual(errors, []);
    await close();
    posts.fallback = { id, link };

    const raw = (await author.rest(`/wp/v2/posts/${id}?context=edit`)).content.raw;
    assert.match(raw, /<!-- wp:anct-widgets\/element \{"commune":"48095"\} -->\n<h2>/);
    const html = await (await fetch(link)).text();
    memeContenu(html, 'anct-programme-list', '--commune', '48095');
    memeContenu(html, 'anct-fibre-table', '--departement', '48');
    // With JavaScript off: the programmes' headings and the date line, inside each element, shown.
    const [liste, fibre] = await sansScript(chromium, link);
    assert.equal(liste.headings[0], MENDE);
    assert.ok(liste.headings.includes('France Services'), liste.headings.join(' | '));
    assert.match(liste.text, DONNEES);
    assert.equal(liste.shown, true);
    assert.equal(fibre.tag, 'anct-fibre-table');
    assert.match(fibre.text, DONNEES);
    // With JavaScript: the elements themselves, no second script (html.js is the editor's only).
    const shown = await publicPage(chromium, link, 2);
    assert.deepEqual(shown.states, ['content', 'content']);
    assert.deepEqual(shown.headings, [MENDE]);
    assert.deepEqual(shown.scripts, [`module ${wp.url}/wp-content/plugins/anct-widgets/dist/anct-widgets.js?ver=${version}`]);
    assert.deepEqual(shown.errors, []);
  });

  it('keeps that content in a Contributor’s post, published by the administrator', async () => {
    const content = (await author.rest(`/wp/v2/posts/${posts.fallback.id}?context=edit`)).content.raw;
    const post = await contributor.rest('/wp/v2/posts', 'POST', { title: 'Contenu, pour relecture', content, status: 'pending' });
    assert.equal((await contributor.rest(`/wp/v2/posts/${post.id}?context=edit`)).content.raw, content);
    const { link } = await admin.rest(`/wp/v2/posts/${post.id}`, 'POST', { status: 'publish' });
    const html = await (await fetch(link)).text();
    memeContenu(html, 'anct-programme-list', '--commune', '48095');
    memeContenu(html, 'anct-fibre-table', '--departement', '48');
    const [liste] = await sansScript(chromium, link);
    assert.equal(liste.headings[0], MENDE);
    assert.match(liste.text, DONNEES);
    assert.deepEqual((await publicPage(chromium, link, 2)).states, ['content', 'content']);
  });

  it('refreshes the saved content when the commune is changed in the editor', async () => {
    const { page, errors, close } = await editPost(chromium, author, posts.fallback.id);
    const [liste] = await blocks(page);
    await page.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper anct-programme-list')?.getAttribute('state') === 'content',
    );
    await page.evaluate(
      (id) => window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { commune: '48080' }),
      liste.clientId,
    );
    // Mende's content names Langogne too (among the Petites villes de demain): its heading, then.
    await saved(page, /^<h2>Les programmes de l’ANCT à <span dir="auto">Langogne<\/span><\/h2>[\s\S]*Données du \d/, liste.clientId);
    const link = await publish(page);
    assert.deepEqual(errors, []);
    await close();
    const html = await (await fetch(link)).text();
    assert.match(html, /<anct-programme-list commune="48080">/);
    memeContenu(html, 'anct-programme-list', '--commune', '48080');
    const [langogne] = await sansScript(chromium, link);
    assert.equal(langogne.headings[0], 'Les programmes de l’ANCT à Langogne');
    assert.ok(!langogne.headings.includes(MENDE), langogne.headings.join(' | '));
  });

  it('keeps a post saved before the block had content valid in the editor, and gives it its content', async () => {
    const id = posts.authorId;
    const before = await (await fetch(posts.author)).text();
    assert.match(before, /<anct-programme-list commune="48095"><\/anct-programme-list>/);
    const { page, errors, close } = await editPost(chromium, author, id);
    const [ancien] = await blocks(page);
    assert.equal(ancien.isValid, true);
    assert.equal(await page.$('.block-editor-warning'), null);
    await saved(page, DONNEES);
    await publish(page);
    assert.deepEqual(errors, []);
    await close();
    const html = await (await fetch(posts.author)).text();
    memeContenu(html, 'anct-programme-list', '--commune', '48095');
  });

  it('keeps src and feeds-base from an Author and a Contributor only to this site: KSES at save, shortcodes by the post’s author', async () => {
    const ici = `${wp.url}/wp-content/plugins/anct-widgets/dist/feeds/48.json`;
    const relatif = '/wp-content/plugins/anct-widgets/dist/feeds/48.json';
    // Another site, written as a browser would still read it.
    const ailleurs = [
      'https://example.org/48.json',
      '//example.org/48.json',
      '/\\example.org/48.json',
      'HTTP:example.org/48.json',
      '&#104;ttps://example.org/48.json',
      ' https://example.org/48.json',
      `http://127.0.0.1:${new URL(wp.url).port}@example.org/48.json`,
    ];
    const balise = (attributs) => `<anct-france-services ${attributs}></anct-france-services>`;
    const balises = [
      ...ailleurs.map((a) => balise(`commune="48095" src="${a}"`)),
      balise('departement="48" feeds-base="https://example.org/feeds/"'),
      balise(`commune="48095" src="${ici}"`),
      balise(`commune="48095" src="${relatif}"`),
      balise('departement="48" feeds-base="/wp-content/plugins/anct-widgets/dist/feeds/"'),
    ];
    const code = (attributs) => `<!-- wp:shortcode -->[anct-programmes commune="48095" ${attributs}]<!-- /wp:shortcode -->`;
    const content = [
      `<!-- wp:html -->${balises.join('\n')}<!-- /wp:html -->`,
      code('src="https://example.org/48.json"'),
      code('feeds-base="//example.org/feeds/"'),
      code(`src="${relatif}"`),
    ].join('\n');
    /** The anct-* start tags of a text, in order. */
    const tags = (html) => html.match(/<anct-[a-z-]+(?: [^>]*)?>/g);
    const attendu = [
      ...ailleurs.map(() => '<anct-france-services commune="48095">'),
      '<anct-france-services departement="48">',
      `<anct-france-services commune="48095" src="${ici}">`,
      `<anct-france-services commune="48095" src="${relatif}">`,
      '<anct-france-services departement="48" feeds-base="/wp-content/plugins/anct-widgets/dist/feeds/">',
    ];
    const vus = {};
    for (const user of [author, contributor]) {
      const post = await user.rest('/wp/v2/posts', 'POST', {
        title: `Adresses de ${user.user}`,
        content,
        status: user === author ? 'publish' : 'pending',
      });
      assert.deepEqual(tags((await user.rest(`/wp/v2/posts/${post.id}?context=edit`)).content.raw), attendu, user.user);
      // Published by the administrator, who may write any address: still judged as its author's.
      const { link } = user === contributor ? await admin.rest(`/wp/v2/posts/${post.id}`, 'POST', { status: 'publish' }) : post;
      vus[user.user] = link;
      assert.deepEqual(tags(await (await fetch(link)).text()), [
        ...attendu,
        '<anct-programme-list commune="48095">',
        '<anct-programme-list commune="48095">',
        `<anct-programme-list src="${relatif}" commune="48095">`,
      ]);
    }
    // The administrator's own shortcode keeps another site's address: the right is the author's.
    const sien = await admin.rest('/wp/v2/posts', 'POST', {
      title: 'Adresses de l’administrateur',
      content: code('src="https://example.org/48.json"'),
      status: 'publish',
    });
    assert.deepEqual(tags(await (await fetch(sien.link)).text()), [
      '<anct-programme-list src="https://example.org/48.json" commune="48095">',
    ]);
    // What an Author's reader sees: the sites from this site's feeds, no error.
    const page = await publicPage(chromium, vus.auteur, balises.length + 3);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.states, Array(balises.length + 3).fill('content'));
  });

  it('loads no script on a page without an element', async () => {
    const post = await author.rest('/wp/v2/posts', 'POST', {
      title: 'Sans élément',
      content: '<!-- wp:paragraph --><p>Bonjour.</p><!-- /wp:paragraph -->',
      status: 'publish',
    });
    const page = await publicPage(chromium, post.link, 0);
    assert.deepEqual(page.scripts, []);
  });

  it('fills the column with the iframe of the plugin’s embed page, sized by embed-host.js', async () => {
    const dist = `${wp.url}/wp-content/plugins/anct-widgets/dist/`;
    const iframe =
      `<iframe src="${dist}embed.html?element=anct-programme-list&amp;commune=48095" title="Programmes de l’ANCT (Mende)" ` +
      `style="display:block;width:100%;border:0" height="1600" loading="lazy" data-anct-widgets></iframe>\n<script src="${dist}embed-host.js" async></script>`;
    const content = `${REPERE}\n<!-- wp:html -->${iframe}<!-- /wp:html -->`;
    const post = await admin.rest('/wp/v2/posts', 'POST', { title: 'Iframe', content, status: 'publish' });
    posts.iframe = post.link;
    await checkIframe(post.link);
  });

  /** The iframe fills its column, shows Mende's programmes, and takes its content's height. */
  async function checkIframe(link) {
    const context = await chromium.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(link);
    const handle = await page.waitForSelector('iframe[data-anct-widgets]');
    await handle.evaluate((f) => f.scrollIntoView());
    const frame = await handle.contentFrame();
    await frame.waitForFunction(() => document.querySelector('anct-programme-list')?.getAttribute('state') === 'content', {
      timeout: 20000,
    });
    assert.equal(
      await frame.evaluate(() => document.querySelector('anct-programme-list').shadowRoot.querySelector('h2').textContent.trim()),
      MENDE,
    );
    await page.waitForFunction(() => document.querySelector('iframe[data-anct-widgets]').getAttribute('height') !== '1600', {
      timeout: 10000,
    });
    // As wide as the theme's column of text (a block of the post), and no wider than its container:
    // Twenty Twenty-Three narrows every block to the column, Twenty Twenty-One lets iframes span
    // the whole content.
    const [width, column, container] = await page.evaluate(() => {
      const iframe = document.querySelector('iframe[data-anct-widgets]');
      const style = getComputedStyle(iframe.parentElement);
      return [
        iframe.getBoundingClientRect().width,
        document.querySelector('[data-repere]').getBoundingClientRect().width,
        iframe.parentElement.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      ];
    });
    assert.ok(width >= column - 1 && width <= container + 1, `iframe ${width} px; column ${column} px, container ${container} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }

  it('does the same in a classic theme (Twenty Twenty-One)', async () => {
    await admin.follow('/wp-admin/themes.php', /action=activate&stylesheet=twentytwentyone&/);
    assert.equal((await admin.rest('/wp/v2/themes?status=active'))[0].stylesheet, 'twentytwentyone');
    for (const link of [posts.author, posts.contributor]) {
      const page = await publicPage(chromium, link);
      assert.deepEqual(page.headings, [MENDE, MENDE]);
      assert.deepEqual(page.states, ['content', 'content', 'content']);
      assert.deepEqual(page.errors, []);
      page.widths.forEach(([element, column]) => assert.ok(Math.abs(element - column) <= 1, `${element} px in a column of ${column} px`));
    }
    await checkIframe(posts.iframe);
  });

  it('keeps every role’s elements with DISALLOW_UNFILTERED_HTML, and no one’s script', async () => {
    wp.configure("define( 'DISALLOW_UNFILTERED_HTML', true );\n");
    const pasted = `<!-- wp:html --><script type="module" src="https://example.org/x.js"></script><anct-programme-list commune="48095"></anct-programme-list><!-- /wp:html -->`;
    for (const user of [admin, author]) {
      const post = await user.rest('/wp/v2/posts', 'POST', {
        title: `Collé par ${user.user}`,
        content: `${pasted}\n${CONTENU}`,
        status: 'publish',
      });
      const saved = (await user.rest(`/wp/v2/posts/${post.id}?context=edit`)).content.raw;
      assert.match(saved, /<anct-programme-list commune="48095"><\/anct-programme-list>/);
      assert.doesNotMatch(saved, /<script|<iframe/, user.user);
      const page = await publicPage(chromium, post.link);
      assert.deepEqual(page.headings, [MENDE, MENDE, MENDE]);
      assert.deepEqual(page.errors, []);
    }
    wp.configure();
  });

  it('renders beside a second and a third copy of the script: the docs’ functions.php code, and a pasted one', async () => {
    // dist/ copied to wp-content/anct-widgets/ by FTP, as docs/integration.md says, for its code.
    cpSync(join(root, 'dist'), join(wp.content, 'anct-widgets'), { recursive: true });
    writeFileSync(join(wp.content, 'mu-plugins/wp-module.php'), `<?php\n${docSnippet('wp-module')}`);
    const copie = `<!-- wp:html --><script type="module" src="${wp.url}/wp-content/anct-widgets/anct-widgets.js?copie"></script><!-- /wp:html -->`;
    const post = await admin.rest('/wp/v2/posts', 'POST', { title: 'Deux copies', content: `${copie}\n${CONTENU}`, status: 'publish' });
    const page = await publicPage(chromium, post.link);
    assert.equal(page.scripts.length, 3, page.scripts.join(' ')); // the plugin's, the docs' module, the pasted one
    assert.deepEqual(page.headings, [MENDE, MENDE]);
    assert.deepEqual(page.errors, []);
  });

  for (const forme of ['wp-module', 'wp-classic']) {
    it(`shows an Author’s element with the docs’ ${forme} functions.php code alone, without the plugin`, async () => {
      rmSync(join(wp.content, 'mu-plugins/wp-module.php'), { force: true });
      rmSync(join(wp.content, 'mu-plugins/wp-classic.php'), { force: true });
      const tag = '<anct-programme-list commune="48095"></anct-programme-list>';
      const html = `<!-- wp:html -->${tag}<!-- /wp:html -->`;
      if (forme === 'wp-module') {
        await admin.follow('/wp-admin/plugins.php', /action=deactivate&plugin=anct-widgets/);
        // Without the plugin nor the docs' KSES code, an Author's element is lost, as the docs say.
        const lost = await author.rest('/wp/v2/posts', 'POST', { title: 'Perdu', content: html, status: 'publish' });
        assert.doesNotMatch((await author.rest(`/wp/v2/posts/${lost.id}?context=edit`)).content.raw, /<anct-/);
      }
      writeFileSync(join(wp.content, `mu-plugins/${forme}.php`), `<?php\n${docSnippet(forme)}`);
      writeFileSync(join(wp.content, 'mu-plugins/wp-kses.php'), `<?php\n${docSnippet('wp-kses')}`);
      const post = await author.rest('/wp/v2/posts', 'POST', { title: forme, content: html, status: 'publish' });
      assert.match((await author.rest(`/wp/v2/posts/${post.id}?context=edit`)).content.raw, new RegExp(tag));
      // The docs' KSES code keeps an address to this site only, as the plugin does.
      const adresses = await author.rest('/wp/v2/posts', 'POST', {
        title: `${forme} : adresses`,
        content: `<!-- wp:html --><anct-programme-list commune="48095" src="https://example.org/48.json"></anct-programme-list><anct-programme-list src="/feeds/48.json"></anct-programme-list><!-- /wp:html -->`,
        status: 'draft',
      });
      assert.match(
        (await author.rest(`/wp/v2/posts/${adresses.id}?context=edit`)).content.raw,
        /<anct-programme-list commune="48095"><\/anct-programme-list><anct-programme-list src="\/feeds\/48.json"><\/anct-programme-list>/,
      );
      const page = await publicPage(chromium, post.link);
      assert.equal(page.scripts.length, 1, page.scripts.join(' '));
      assert.match(page.scripts[0], forme === 'wp-module' ? /^module / : /^classic .*anct-widgets\.iife\.js/);
      assert.deepEqual(page.headings, [MENDE]);
      assert.deepEqual(page.errors, []);
      rmSync(join(wp.content, `mu-plugins/${forme}.php`));
    });
  }

  it('shows Mende’s programmes in Firefox too', async () => {
    await admin.follow('/wp-admin/plugins.php', /action=activate&plugin=anct-widgets/);
    const firefox = await launchFirefox();
    try {
      const page = await publicPage(firefox, posts.author);
      assert.deepEqual(page.headings, [MENDE, MENDE]);
      assert.deepEqual(page.states, ['content', 'content', 'content']);
      assert.deepEqual(page.errors, []);
    } finally {
      await firefox.close();
    }
  });

  it('is deleted from wp-admin leaving every post as it was', async () => {
    const posts = () => admin.rest('/wp/v2/posts?context=edit&per_page=100&status=publish');
    const before = (await posts()).map((p) => [p.id, p.content.raw]);
    await admin.follow('/wp-admin/plugins.php', /action=deactivate&plugin=anct-widgets/);
    // What the plugins page's Delete link sends (with the page's nonce).
    const html = await (await admin.get('/wp-admin/plugins.php')).text();
    const nonce = html.match(/"ajax_nonce":"([0-9a-f]+)"/)[1];
    const deleted = await admin.post('/wp-admin/admin-ajax.php', {
      action: 'delete-plugin',
      plugin: 'anct-widgets/anct-widgets.php',
      slug: 'anct-widgets',
      _ajax_nonce: nonce,
    });
    assert.equal(deleted.success, true, JSON.stringify(deleted));
    assert.equal(existsSync(join(wp.content, 'plugins/anct-widgets')), false);
    assert.ok(before.length >= 8, `${before.length} posts`);
    assert.deepEqual(
      (await posts()).map((p) => [p.id, p.content.raw]),
      before,
    );
  });

  it('wrote no PHP error, warning or notice to debug.log', () => {
    // Less WordPress's own word that it cannot reach wordpress.org for translations: the test's
    // WordPress has no way out (WP_HTTP_BLOCK_EXTERNAL), which a site does not have.
    const log = wp
      .debugLog()
      .split('\n')
      .filter((line) => !/could not establish a secure connection to WordPress\.org.* in \/usr\/share\/wordpress\//.test(line))
      .join('\n');
    assert.doesNotMatch(log, /PHP (Fatal|Parse|Warning|Notice)/);
    // WordPress 6.1's own code is older than Debian's PHP 8.2, and says so (Deprecated); the plugin's is not.
    assert.doesNotMatch(log, /PHP Deprecated: .*\/plugins\/anct-widgets\//);
    assert.doesNotMatch(wp.apacheErrors(), /PHP (Fatal|Parse|Warning|Notice)/);
  });
});
