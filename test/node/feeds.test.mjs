// The feeds generated from the open data (npm run feeds, part of the build), checked against
// facts a person can read in data/sources/ and in the 2021 fiche.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateFeed } from '../../dist/data.js';

const root = new URL('../../', import.meta.url).pathname;
const feed = (code, dir = join(root, 'dist/feeds')) => JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));
const programme = (f, id) => f.programmes.find((p) => p.id === id);
const codes = (p) => p.lieux.map((l) => l.commune).sort();

function generate(out) {
  return execFileSync(process.execPath, ['scripts/feeds/build.mjs', '--out', out], { cwd: root, encoding: 'utf8' });
}

describe('the open-data feeds', () => {
  const index = JSON.parse(readFileSync(join(root, 'dist/feeds/index.json'), 'utf8')).departements;

  it('cover every département of the COG, overseas included, each listed in the index', () => {
    assert.equal(index.length, 101);
    for (const code of ['01', '2A', '2B', '48', '971', '972', '973', '974', '976'])
      assert.ok(
        index.some((d) => d.code === code),
        code,
      );
    const lozere = index.find((d) => d.code === '48');
    assert.deepEqual(lozere, { ...lozere, nom: 'Lozère', url: '48.json', communes: 152 });
    assert.ok(lozere.programmes > 5 && lozere.lieux > 50);
  });

  it('all pass the validator', () => {
    for (const { url } of index) {
      const { problems } = validateFeed(JSON.parse(readFileSync(join(root, 'dist/feeds', url), 'utf8')));
      assert.deepEqual(problems, [], url);
    }
  });

  it('each passes `anct-widgets validate`, the command a feed author runs', async () => {
    const valider = (url) =>
      new Promise((resolve) =>
        execFile(process.execPath, [join(root, 'bin/anct-widgets.mjs'), 'validate', join(root, 'dist/feeds', url)], (error, stdout) =>
          resolve({ url, code: error ? error.code : 0, stdout: stdout.trim() }),
        ),
      );
    const urls = [...index.map((d) => d.url), '48-lozere-2021.json'];
    // Four at a time: a process per feed, on a machine shared with other work.
    for (let i = 0; i < urls.length; i += 4) {
      for (const r of await Promise.all(urls.slice(i, i + 4).map(valider)))
        assert.deepEqual(r, { url: r.url, code: 0, stdout: 'feed valide' });
    }
  });

  it('Lozère: the same 14 Petites villes de demain as the 2021 fiche, and Mende in Action cœur de ville', () => {
    const lozere = feed('48');
    const fiche2021 = feed('48-lozere-2021');
    assert.deepEqual(codes(programme(lozere, 'petites-villes-de-demain')), codes(programme(fiche2021, 'petites-villes-de-demain')));
    assert.deepEqual(programme(lozere, 'petites-villes-de-demain').chiffres[0], {
      valeur: 14,
      libelle: 'communes bénéficiaires',
      total: { valeur: 1645, perimetre: 'en France' },
    });
    assert.deepEqual(programme(lozere, 'action-coeur-de-ville').lieux, [{ nom: 'Mende', commune: '48095' }]);
  });

  it('Lozère: 20 France Services sites in the 2024-08-01 list, each with its address, phone, hours and what a resident needs', () => {
    const fs = programme(feed('48'), 'france-services');
    assert.equal(fs.lieux.length, 20);
    assert.equal(fs.chiffres[0].valeur, 20);
    assert.deepEqual(fs.source, {
      libelle: 'ANCT, liste des structures France services',
      provenance: 'data.gouv.fr ; anct-carto/france_services, data/liste-fs-20240801.csv @ e1016fd',
      date: '2024-08-01',
    });
    const bleymard = fs.lieux.find((l) => l.nom === 'France services Bleymard');
    assert.deepEqual(bleymard, {
      nom: 'France services Bleymard',
      commune: '48027',
      adresse: 'Route du Mont Lozère, Le Bleymard, 48190 Mont Lozère et Goulet',
      telephone: '04 66 31 68 85',
      horaires: {
        lundi: '09:00 - 12:30 / 14:00 - 17:00',
        mardi: '09:00 - 12:30 / 14:00 - 17:00',
        mercredi: '09:00 - 12:30 / 14:00 - 17:00',
        jeudi: '09:00 - 12:30 / 14:00 - 17:00',
        vendredi: '09:00 - 12:30 / 14:00 - 17:00',
      },
      plages: Object.fromEntries(
        ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'].map((j) => [
          j,
          [
            ['09:00', '12:30'],
            ['14:00', '17:00'],
          ],
        ]),
      ),
      site: 'principal',
      format: 'fixe',
      rendezVous: false,
      coordonnees: { latitude: 44.4953, longitude: 3.7366 },
      labellisation: '2020-09-01',
    });
    // The antenne of the Vallée Française, and the MSA's itinerant service in Mende.
    assert.equal(fs.lieux.filter((l) => l.site === 'antenne').length, 1);
    assert.deepEqual(
      fs.lieux.filter((l) => l.format === 'itinerant').map((l) => l.nom),
      ['France services MSA itinérante de Lozère'],
    );
  });

  it('Lozère: Territoires d’industrie « Nord Lozère » spans two EPCI; 7 conseillers numériques; 2 Fabriques de territoire', () => {
    const lozere = feed('48');
    const [nord] = programme(lozere, 'territoires-d-industrie').lieux;
    assert.equal(nord.nom, 'Nord Lozère');
    assert.deepEqual(
      nord.groupements.map((g) => g.siren),
      ['200069144', '200069185'],
    );
    assert.ok(nord.communes.includes('48140'), 'Saint-Chély-d’Apcher is in it');
    assert.deepEqual(
      programme(lozere, 'conseillers-numeriques').chiffres.map((c) => c.valeur),
      [7, 7],
    );
    assert.deepEqual(
      programme(lozere, 'fabriques-de-territoire')
        .lieux.map((l) => [l.nom, l.commune])
        .sort(),
      [
        ["L'association LA POMPE", '48061'],
        ['Lozère Développement', '48095'],
      ],
    );
  });

  it('La Réunion: 29 France Services sites, 5 Action cœur de ville (under their COG names), 11 Petites villes de demain', () => {
    const reunion = feed('974');
    assert.equal(reunion.territoire.region.nom, 'La Réunion');
    assert.equal(programme(reunion, 'france-services').lieux.length, 29);
    assert.deepEqual(
      programme(reunion, 'action-coeur-de-ville').lieux.map((l) => l.nom),
      ['Le Port', 'Saint-André', 'Saint-Joseph', 'Saint-Louis', 'Saint-Pierre'],
    );
    assert.equal(programme(reunion, 'petites-villes-de-demain').lieux.length, 11);
  });

  it('say nothing of how they were made where a resident reads: no repository, file, commit, script or list id in a text of theirs', () => {
    // Every text the build writes and an element shows: the labels (sources, figures), the totals'
    // « en France », a place's type, the definitions, the edition's title and publisher. The
    // technical provenance is the sources' `provenance`, and the sums' arithmetic the totals'
    // `calcul`: no element shows them. A place's name, address, hours and notes are the source's.
    const ECRITS = new Set(['libelle', 'perimetre', 'type', 'definition', 'titre', 'editeur']);
    const technique =
      /geojson|\.csv|\.json|@ [0-9a-f]{7}|anct-carto|anct-widgets|script|feed|COG|identifiants? de la liste|undefined|null|NaN|qui n’a pas de fiche|somme des départements/;
    const lus = [];
    const parcourir = (valeur) => {
      if (Array.isArray(valeur)) valeur.forEach(parcourir);
      else if (valeur && typeof valeur === 'object')
        for (const [cle, v] of Object.entries(valeur)) {
          if (ECRITS.has(cle) && typeof v === 'string') lus.push(v);
          else parcourir(v);
        }
    };
    for (const file of readdirSync(join(root, 'dist/feeds')).filter((f) => /^\w+\.json$/.test(f) && f !== 'index.json')) {
      parcourir(JSON.parse(readFileSync(join(root, 'dist/feeds', file), 'utf8')));
    }
    assert.ok(lus.length > 1000, `${lus.length} texts read`);
    assert.deepEqual([...new Set(lus.filter((l) => technique.test(l)))], []);
    // Sentences of at most 25 words (a number written with its narrow spaces is one word), as the
    // browser test test/components/plain-french.test.ts counts them in the elements.
    const longues = [...new Set(lus)].flatMap((l) =>
      l.split(/(?<=[.!?…])\s+/).filter((phrase) => phrase.split(' ').filter((m) => /[\p{L}\d]/u.test(m)).length > 25),
    );
    assert.deepEqual(longues, []);
  });

  it('count communes where they say communes: Aurillac and Arpajon-sur-Cère are two', () => {
    const cantal = programme(feed('15'), 'action-coeur-de-ville');
    assert.equal(cantal.lieux.length, 1);
    assert.deepEqual(cantal.lieux[0].communes, ['15012', '15014']);
    assert.deepEqual(cantal.chiffres[0], { valeur: 2, libelle: 'communes bénéficiaires', total: { valeur: 245, perimetre: 'en France' } });
  });

  it('place a merged commune named by its old SIREN in the commune that absorbed it', () => {
    const doubs = feed('25');
    const ami = programme(doubs, 'avenir-montagnes-ingenierie');
    assert.ok(ami.lieux.some((l) => l.nom === 'PNR du Doubs Horloger' && l.communes.length > 1));
  });

  it('leave out a programme a département has no data for, rather than show zero', () => {
    const lozere = feed('48');
    assert.equal(programme(lozere, 'cites-educatives'), undefined);
    for (const p of lozere.programmes) assert.ok(p.chiffres[0].valeur > 0, p.id);
  });

  it('are byte-identical when generated twice, and list the rows they could not place', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'feeds-a-')), mkdtempSync(join(tmpdir(), 'feeds-b-'))];
    const report = generate(a);
    generate(b);
    const cp = (d) => readdirSync(join(d, 'codes-postaux')).map((f) => join('codes-postaux', f));
    const files = [...readdirSync(a).filter((f) => f.endsWith('.json')), ...cp(a)].sort();
    assert.equal(files.length - cp(a).length, 102);
    assert.ok(cp(a).length > 90, 'a postal-code file per first two digits');
    for (const f of files) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f);
    for (const f of files) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(root, 'dist/feeds', f))), `${f} as built`);
    assert.match(
      report,
      /^france-services \(france-services-20240801\.csv\) : 2845 lignes lues, 2844 lieux distincts, 2844 placés, 0 lignes non placées, 1 doublons fusionnés/m,
    );
    assert.match(report, /note — 2 hors des départements, à Saint-Martin : comptés en France, sans feed/);
    // Avenir Montagnes Mobilités: every laureate placed, PETR-carried ones on their perimeter.
    assert.match(
      report,
      /^avenir-montagnes-mobilites \(programmes-epci\.csv\) : 228 lignes lues, 98 lieux distincts, 98 placés, 0 lignes non placées/m,
    );
    assert.match(
      report,
      /note — amm-mas-25 : « 200075794 » \(PETR Causses et Cévennes\) inconnu du COG ; communes prises dans amm-communes-cog2023\.csv/,
    );
    assert.match(
      report,
      /note — amm-mas-14 : « 200077758 » \(PETR Sud Lozère\) inconnu du COG ; communes prises dans amm-communes-cog2023\.csv/,
    );
    // Fibre and CRTE: every row placed, communes merged since the files add up into their commune.
    assert.match(
      report,
      /^fibre : déploiement \(arcep-ftth-departements-2017t4-2022t2\.csv\) : 1824 lignes lues, 96 lieux distincts, 96 placés, 0 lignes non placées/m,
    );
    assert.match(
      report,
      /^fibre : éligibilité \(arcep-mci-techno-internet-communes-2024\.csv\) : 34941 lignes lues, .*, 0 lignes non placées/m,
    );
    assert.match(
      report,
      /^crte \(crte-communes-cog2023\.csv\) : 35039 lignes lues, 853 lieux distincts, 853 placés, 0 lignes non placées/m,
    );
    assert.match(report, /renommé — « St Chély d'Apcher » → « Saint-Chély-d'Apcher »/);
    assert.match(report, /^101 feeds dans .* en [\d\s\u202f]+ ms ; \d+ lignes non placées/m);
  });
});
