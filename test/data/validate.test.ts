/**
 * Validation as a feed author meets it: each broken variant of the Lozère feed fails at the
 * expected JSON path with a French message, and the sections that are fine still come through.
 */
import { expect } from '@open-wc/testing';
import { formatProblem, validateFeed } from '../../src/data/feed/validate.js';

type Json = Record<string, any>;
let lozere: Json;
const copy = (): Json => structuredClone(lozere);

before(async () => {
  lozere = await (await fetch('/demo/feeds/48-lozere-2021.json')).json();
});

/** [what is broken, how, expected path, expected message (part of it)] */
const BROKEN: Array<[string, (f: Json) => void, string, string]> = [
  [
    'a figure written as a word',
    (f) => (f.programmes[3].chiffres[0].valeur = 'douze'),
    'programmes[3].chiffres[0].valeur',
    'nombre attendu, « douze » reçu',
  ],
  ['a programme without a name', (f) => delete f.programmes[0].nom, 'programmes[0].nom', 'champ obligatoire manquant'],
  ['an empty name', (f) => (f.programmes[1].nom = ''), 'programmes[1].nom', 'texte vide'],
  [
    'a commune code that is not INSEE',
    (f) => (f.programmes[1].lieux[0].commune = '4809'),
    'programmes[1].lieux[0].commune',
    'code INSEE à 5 caractères attendu (par exemple « 48095 »), « 4809 » reçu',
  ],
  [
    'a javascript: link',
    (f) => (f.programmes[11].url = 'javascript:alert(1)'),
    'programmes[11].url',
    'adresse https:, http: ou mailto: attendue, « javascript:alert(1) » reçu',
  ],
  [
    'a negative count of locaux',
    (f) => (f.fibre.zones[1].locauxRaccordables = -5),
    'fibre.zones[1].locauxRaccordables',
    'valeur positive ou nulle attendue, -5 reçu',
  ],
  ['fibre without its source', (f) => delete f.fibre.source, 'fibre.source', 'champ obligatoire manquant'],
  ['fibre with no zone', (f) => (f.fibre.zones = []), 'fibre.zones', 'liste vide'],
  [
    'a date that is not ISO',
    (f) => (f.fibre.source.date = '3 juin 2021'),
    'fibre.source.date',
    'date ISO attendue',
  ],
  [
    'an unknown territory type',
    (f) => (f.territoire.type = 'commune'),
    'territoire.type',
    'valeur inconnue « commune » ; valeurs possibles : « departement »',
  ],
  ['programmes not a list', (f) => (f.programmes = { id: 'x' }), 'programmes', 'liste attendue, un objet reçu'],
  [
    'a list of places that is a string',
    (f) => (f.programmes[0].lieux = 'Langogne'),
    'programmes[0].lieux',
    'liste attendue, « Langogne » reçu',
  ],
  ['a project row without its porteur', (f) => (f.accompagnements[4].porteur = null), 'accompagnements[4].porteur', 'texte attendu, null reçu'],
  [
    'a CRTE count given as text',
    (f) => (f.crte.accompagnesParAnct = '2'),
    'crte.accompagnesParAnct',
    'nombre attendu, « 2 » reçu',
  ],
  [
    'a duplicate programme id',
    (f) => (f.programmes[5].id = 'france-services'),
    'programmes[5].id',
    'identifiant « france-services » déjà utilisé par programmes[0]',
  ],
  ['no territory at all', (f) => delete f.territoire, 'territoire', 'champ obligatoire manquant'],
  [
    'a resource link without scheme',
    (f) => (f.ressources[1].url = 'onpv.fr'),
    'ressources[1].url',
    'adresse https:, http: ou mailto: attendue',
  ],
];

describe('validateFeed', () => {
  it('accepts the Lozère 2021 feed with no problem', () => {
    const { feed, problems } = validateFeed(copy());
    expect(problems).to.deep.equal([]);
    expect(Object.keys(feed!)).to.have.members([
      'version',
      'territoire',
      'edition',
      'programmes',
      'fibre',
      'crte',
      'accompagnements',
      'ressources',
      'communes',
    ]);
  });

  describe('rejects each broken variant at its path', () => {
    for (const [what, breakIt, path, message] of BROKEN) {
      it(what, () => {
        const feed = copy();
        breakIt(feed);
        const { problems } = validateFeed(feed);
        expect(problems.map((p) => p.path)).to.deep.equal([path]);
        expect(problems[0]!.message).to.contain(message);
      });
    }
  });

  it('formats a problem as a feed author reads it', () => {
    const feed = copy();
    feed.programmes[3].chiffres[0].valeur = 'douze';
    expect(formatProblem(validateFeed(feed).problems[0]!)).to.equal(
      'programmes[3].chiffres[0].valeur : nombre attendu, « douze » reçu',
    );
  });

  it('returns every problem, not the first one', () => {
    const feed = copy();
    feed.programmes[0].chiffres[0].valeur = 'douze';
    feed.programmes[2].lieux[3].commune = 'Chanac';
    feed.fibre.zones[0].zone = 7;
    feed.ressources[0].url = 'data:text/html,x';
    expect(validateFeed(feed).problems.map((p) => p.path)).to.deep.equal([
      'programmes[0].chiffres[0].valeur',
      'programmes[2].lieux[3].commune',
      'fibre.zones[0].zone',
      'ressources[0].url',
    ]);
  });

  it('keeps every valid section when one is broken', () => {
    const feed = copy();
    delete feed.fibre.source;
    const result = validateFeed(feed);
    expect(result.feed!.fibre).to.equal(undefined);
    expect(result.feed!.programmes).to.have.length(12);
    expect(result.feed!.crte!.contrats).to.have.length(3);
    expect(result.feed!.territoire!.nom).to.equal('Lozère');
  });

  it('keeps the other items of a list when one item is broken', () => {
    const feed = copy();
    feed.programmes[2].nom = null;
    const result = validateFeed(feed);
    expect(result.feed!.programmes!.map((p) => p.id)).to.not.include('petites-villes-de-demain');
    expect(result.feed!.programmes).to.have.length(11);
  });

  it('allows unknown keys, for feeds written for a later version of the widgets', () => {
    const feed = copy();
    feed.meteo = { ciel: 'bleu' };
    feed.programmes[0].couleur = 'bleu';
    feed.fibre.zones[0].locauxRaccordes = 5000;
    expect(validateFeed(feed).problems).to.deep.equal([]);
  });

  it('refuses an unknown version outright', () => {
    const feed = copy();
    feed.version = 2;
    const { feed: read, problems } = validateFeed(feed);
    expect(read).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('version');
    expect(problems[0]!.message).to.contain('version 2 inconnue');
  });

  it('refuses a feed without a version, and a body that is not an object', () => {
    const feed = copy();
    delete feed.version;
    expect(validateFeed(feed).problems[0]).to.deep.equal({
      path: 'version',
      message: 'champ obligatoire manquant : la version du format (1)',
    });
    expect(validateFeed([1, 2]).problems[0]!.message).to.equal('objet JSON attendu, une liste reçu');
    expect(validateFeed(null).feed).to.equal(null);
  });

  it('quotes long strings short', () => {
    const feed = copy();
    feed.programmes[0].chiffres[0].valeur = 'x'.repeat(100_000);
    const { message } = validateFeed(feed).problems[0]!;
    expect(message.length).to.be.below(100);
  });

  it('is not fooled by __proto__ keys', () => {
    const feed = JSON.parse(JSON.stringify(copy()).replace('"version":1', '"__proto__":{"polluted":true},"version":1'));
    expect(validateFeed(feed).problems).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
