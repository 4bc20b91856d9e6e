// `anct-widgets validate` as a feed author runs it: the real command, real files, a real server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const BIN = new URL('../../bin/anct-widgets.mjs', import.meta.url).pathname;
const LOZERE = new URL('../../demo/feeds/48-lozere-2021.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'anct-validate-'));

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

function writeFeed(name, change) {
  const feed = JSON.parse(readFileSync(LOZERE, 'utf8'));
  change(feed);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

/** The Lozère feed, padded past 5 MB with spaces: valid JSON, too large for the elements. */
const grosFeed = () => Buffer.concat([readFileSync(LOZERE), Buffer.alloc(6_000_000, 0x20)]);

describe('anct-widgets validate', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/48.json') {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(LOZERE));
      } else if (req.url === '/gros.json') {
        res.setHeader('content-type', 'application/json');
        res.end(grosFeed());
      } else if (req.url === '/bom.json') {
        res.setHeader('content-type', 'application/json');
        res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(LOZERE)]));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('says "feed valide" for the Lozère feed and exits 0', async () => {
    const { code, stdout } = await run('validate', LOZERE);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), 'feed valide');
  });

  it('prints every problem with its path and exits 1', async () => {
    const file = writeFeed('broken.json', (f) => {
      f.programmes[3].chiffres[0].valeur = 'douze';
      delete f.fibre.source;
      f.ressources[0].url = 'javascript:alert(1)';
    });
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      'programmes[3].chiffres[0].valeur : nombre attendu, « douze » reçu',
      'fibre.source : champ obligatoire manquant',
      'ressources[0].url : adresse https:, http: ou mailto: attendue, « javascript:alert(1) » reçu',
    ]);
    assert.match(lines[3], /^3 problèmes dans /);
  });

  it('refuses an unknown version', async () => {
    const { code, stdout } = await run(
      'validate',
      writeFeed('v2.json', (f) => (f.version = 2)),
    );
    assert.equal(code, 1);
    assert.match(stdout, /^version : version 2 inconnue/);
  });

  it('says when a file is not JSON', async () => {
    const file = join(dir, 'page.json');
    writeFileSync(file, '<!doctype html><p>404</p>');
    const { code, stderr } = await run('validate', file);
    assert.equal(code, 1);
    assert.match(stderr, /n’est pas un fichier de données lisible \(c’est une page HTML/);
    writeFileSync(file, '{"version": 1,\n  "territoire": }');
    const casse = await run('validate', file);
    assert.equal(casse.code, 1);
    // With its line and column when the engine gives them (V8 does not for every error).
    assert.match(casse.stderr, /n’est pas un fichier de données lisible \(erreur de syntaxe(?: ligne 2, colonne \d+)?\)/);
    assert.doesNotMatch(casse.stderr, /Unexpected|token|position/);
  });

  it('reads a file as the elements read a response: a UTF-8 BOM is accepted, over 5 MB is refused', async () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(LOZERE)]));
    assert.deepEqual(await run('validate', bom), { code: 0, stdout: 'feed valide\n', stderr: '' });
    assert.deepEqual(await run('validate', `${base}/bom.json`), { code: 0, stdout: 'feed valide\n', stderr: '' });
    const gros = join(dir, 'gros.json');
    writeFileSync(gros, grosFeed());
    for (const source of [gros, `${base}/gros.json`]) {
      const { code, stdout, stderr } = await run('validate', source);
      assert.equal(code, 1, source);
      assert.equal(stdout, '');
      assert.match(stderr, /dépasse la taille maximale de 5 Mo/, source);
    }
  });

  it('says that a file not in UTF-8 would show « � » in the elements', async () => {
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(readFileSync(LOZERE, 'utf8'), 'latin1'));
    const { code, stdout, stderr } = await run('validate', latin1);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /n’est pas en UTF-8 : les éléments afficheraient « � »/);
  });

  it('reads an address in capitals as an address, and says in French that a folder is no file', async () => {
    assert.deepEqual(await run('validate', `${base.replace('http:', 'HTTP:')}/48.json`), { code: 0, stdout: 'feed valide\n', stderr: '' });
    const dossier = join(dir, 'feeds');
    mkdirSync(dossier);
    const folder = await run('validate', dossier);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /est un dossier, pas un fichier/);
    assert.doesNotMatch(folder.stderr, /EISDIR|illegal|directory/);
    const ftp = await run('validate', 'ftp://example.org/48.json');
    assert.equal(ftp.code, 2);
    assert.match(ftp.stderr, /seules les adresses http: et https:/);
  });

  it('validates a feed from a URL, and reports HTTP errors in French', async () => {
    assert.deepEqual(await run('validate', `${base}/48.json`), { code: 0, stdout: 'feed valide\n', stderr: '' });
    const missing = await run('validate', `${base}/97.json`);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /introuvable .* \(erreur 404\).*\(HTTP 404 from /);
  });

  it('explains its usage and its exit codes, and exits 2 on a usage error or a missing file', async () => {
    assert.equal((await run()).code, 2);
    assert.equal((await run('valider', LOZERE)).code, 2);
    assert.equal((await run('validate', LOZERE, 'de-trop')).code, 2);
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /usage : anct-widgets validate/);
    assert.match(help.stdout, /^ {2}0 +le feed est valide/m);
    assert.match(help.stdout, /^ {2}1 +/m);
    assert.match(help.stdout, /^ {2}2 +/m);
    const missing = await run('validate', join(dir, 'absent.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /fichier introuvable/);
  });
});
