// `anct-widgets html` as a webmaster runs it: every element, for Mende, the Lozère and communes
// drawn in départements no other test names (test/support/html-cases.mjs). Its output is the
// element with its fallback inside: nothing a CMS strips or a page without script cannot use,
// dated, valid for the Nu HTML Checker. Its text against the element's own rendering, and axe,
// are checked in the browsers (test/components/fallback.test.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { argsOf, cases, run } from '../support/html-cases.mjs';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = ['anct-fibre-table', 'anct-programme-list', 'anct-saisine-flow', 'anct-accompagnements', 'anct-france-services', 'anct-fiche'];
const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Tags and attributes a CMS strips, or that need our script or styles. */
const FORBIDDEN_TAGS = /<(?:script|style|slot|svg|button|template|iframe|bdi|input|anct-(?!fiche\b|[a-z-]+ )[a-z-]*)\b/i;
const FORBIDDEN_ATTRIBUTES = /\s(?:part|exportparts|tabindex|class|style|hidden|download|on[a-z]+|aria-pressed|aria-busy|data-[a-z-]+)=/i;

/** The checker's errors and warnings for each page: one Java run for them all. */
function nuChecker(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'anct-fallback-'));
  try {
    const paths = Object.entries(pages).map(([name, html]) => {
      const path = join(dir, `${name}.html`);
      writeFileSync(
        path,
        `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>La commune</title></head><body>\n${html}\n</body></html>\n`,
      );
      return path;
    });
    let out;
    try {
      out = execFileSync('java', ['-jar', vnu, '--format', 'json', ...paths], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      out = error.stderr || error.stdout;
    }
    return (JSON.parse(out || '{"messages":[]}').messages ?? [])
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map((m) => `${(m.url ?? '').split('/').pop()}: ${m.type}: ${m.message} « ${m.extract ?? ''} »`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('anct-widgets html', () => {
  const outputs = {};
  const drawn = cases();
  before(async () => {
    const jobs = drawn.flatMap((c) => TAGS.map((tag) => ({ tag, c })));
    // Two at a time: the machine has two cores.
    for (let i = 0; i < jobs.length; i += 2) {
      await Promise.all(
        jobs.slice(i, i + 2).map(async ({ tag, c }) => {
          outputs[`${tag}-${Object.values(c)[0].replace(/\W/g, '-')}`] = { tag, c, ...(await run(argsOf(tag, c))) };
        }),
      );
    }
  });

  it('draws communes in départements no other test names, the same on every run', () => {
    assert.equal(drawn.length, 6);
    assert.deepEqual(drawn.slice(3), cases().slice(3));
  });

  it('prints every element, for every commune, inside its tag with its attributes, dated', () => {
    for (const [name, { tag, c, code, stdout, stderr }] of Object.entries(outputs)) {
      assert.equal(code, 0, `${name}: ${stderr}`);
      // A file is no address for the page: the element reads its département's shipped feed.
      const [key, value] = c.src ? ['departement', '48'] : Object.entries(c)[0];
      assert.ok(stdout.startsWith(`<${tag} ${key}="${value}">\n`), `${name}: ${stdout.slice(0, 80)}`);
      assert.ok(stdout.trimEnd().endsWith(`</${tag}>`), name);
      // The date of the data, in words.
      assert.match(stdout, /<p>Données d[eu] [^<]*\d{4}\.<\/p>\n<\/anct-/, name);
      // A heading at the default level, 2.
      assert.match(stdout, /<h2>/, name);
    }
  });

  it('writes nothing a CMS strips or a page without script cannot use', () => {
    for (const [name, { stdout }] of Object.entries(outputs)) {
      const inside = stdout.slice(stdout.indexOf('>') + 1, stdout.lastIndexOf('</'));
      assert.doesNotMatch(inside, FORBIDDEN_TAGS, name);
      assert.doesNotMatch(inside, FORBIDDEN_ATTRIBUTES, name);
      assert.doesNotMatch(inside, /href="(?!https?:|mailto:|tel:|#)/, name);
      // « Ouvert maintenant » would be true only at the minute the HTML was written.
      assert.doesNotMatch(inside, /Ouvert maintenant|Fermé —|Masquer les/, name);
      // Nor the column names the projects table repeats in its cells when stacked as cards.
      assert.doesNotMatch(inside, /<span aria-hidden/, name);
    }
  });

  it('builds every folded list of places and both forms of the fibre chart: its sentence and its table', () => {
    const liste = outputs['anct-programme-list-48'].stdout;
    for (const [, n] of liste.matchAll(/<summary>Voir les (\d+) lieux<\/summary>\n<ul>\n((?:<li>.*?<\/li>)+)/g)) assert.ok(Number(n) > 6);
    const details = [...liste.matchAll(/<details>\n<summary>Voir les (\d+) lieux<\/summary>\n<ul>\n([\s\S]*?)\n<\/ul>/g)];
    assert.ok(details.length > 0);
    for (const [, n, items] of details) assert.equal(items.split('<li>').length - 1, Number(n));
    const fibre = outputs['anct-fibre-table-48'].stdout;
    assert.match(fibre, /<p>Locaux raccordables à la fibre optique \(Lozère\), en hausse : /);
    assert.match(fibre, /<caption> Locaux raccordables à la fibre optique \(FttH\) à la fin de chaque trimestre/);
  });

  it('puts the headings at --heading-level, and the fiche’s parts in order below its own', async () => {
    const { code, stdout } = await run(['html', 'anct-fiche', '--commune', '48095', '--heading-level', '3']);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('<anct-fiche commune="48095" heading-level="3">'));
    const niveaux = [...stdout.matchAll(/<h(\d)[ >]/g)].map((m) => Number(m[1]));
    assert.equal(niveaux[0], 3);
    assert.ok(Math.min(...niveaux) === 3 && Math.max(...niveaux) <= 6);
    const ordre = ['Programmes d’action de l’ANCT', 'France Très Haut Débit', 'Accompagnement sur mesure', 'Comment saisir l’ANCT'].map(
      // After the table of contents, which names the groups too.
      (t) => stdout.indexOf(t, stdout.indexOf('</nav>')),
    );
    assert.deepEqual(
      [...ordre].sort((a, b) => a - b),
      ordre,
    );
    assert.ok(ordre.every((i) => i > 0));
    assert.equal(stdout.match(/<p>Données d/g).length, 1);
  });

  it('reads --src, a file, and dates the text with its edition', async () => {
    const lozere = join(root, 'demo/feeds/48-lozere-2021.json');
    const { code, stdout, stderr } = await run(['html', 'fibre-table', '--src', lozere]);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.startsWith('<anct-fibre-table departement="48">'));
    assert.match(stdout, /<p>Données de 2021\.<\/p>/);
    assert.match(stderr, /est un fichier/);
  });

  it('passes the Nu HTML Checker', () => {
    const pages = Object.fromEntries(Object.entries(outputs).map(([name, { stdout }]) => [name, stdout]));
    assert.deepEqual(nuChecker(pages), []);
  });

  it('says in French what is wrong, with the exit codes of validate', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'anct-html-')), 'broken.json');
    const feed = JSON.parse(readFileSync(join(root, 'demo/feeds/48-lozere-2021.json'), 'utf8'));
    delete feed.fibre.source;
    writeFileSync(broken, JSON.stringify(feed));
    const notJson = `${broken}.txt`;
    writeFileSync(notJson, 'pas du JSON');
    const expected = [
      [['html', 'anct-carte', '--commune', '48095'], 2, /élément inconnu : anct-carte ; les éléments sont anct-fibre-table/],
      [
        ['html', 'anct-fiche', '--commune', '75056', '--departement', '48'],
        2,
        /commune 75056 : Cette commune n’est pas dans ce département/,
      ],
      [['html', 'anct-fiche', '--commune', '4809'], 2, /code de commune mal écrit/],
      [['html', 'anct-fiche', '--src', '/pas/de/feed.json'], 2, /fichier introuvable/],
      [['html', 'anct-fiche', '--src', notJson], 1, /./],
      [['html', 'anct-fiche', '--src', broken], 1, /fibre\.source : champ obligatoire manquant/],
      [['html', 'anct-fiche', '--departement', '48', '--heading-level', '7'], 2, /--heading-level attend un niveau de 1 à 6/],
      [['html', 'anct-fiche'], 2, /donnez --commune, --departement ou --src/],
      [['html', 'anct-fiche', '--couleur', 'bleu'], 2, /option inconnue : --couleur/],
    ];
    for (const [args, code, message] of expected) {
      const out = await run(args);
      assert.equal(out.code, code, `${args.join(' ')}: ${out.stderr}`);
      assert.match(out.stderr, message, args.join(' '));
      assert.equal(out.stdout, '', args.join(' '));
    }
  });
});
