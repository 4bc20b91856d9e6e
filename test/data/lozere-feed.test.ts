/**
 * The Lozère 2021 feed against its source, figure for figure: every number of the seed is in
 * the list of seed facts, and every fact is in the feed as a reader will see it.
 */
import { expect } from '@open-wc/testing';
import { tableauFibre } from '../../src/data/fibre/fibre.js';
import { formatDate, formatNombre, formatPart, formatValeur } from '../../src/data/text/format.js';
import type { Chiffre } from '../../src/data/feed/schema.js';
import { validateFeed, type Feed } from '../../src/data/feed/validate.js';
import { SEED_FIGURES, SEED_NAMES, SEED_NUMBERS_NOT_FACTS, lisible, nombresDe } from '../support/seed-facts.js';

const FEED_URL = '/demo/feeds/48-lozere-2021.json';
const SEED_URL = '/data/seed/fiche-territoriale-lozere-2021.txt';

async function text(url: string) {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  return response.text();
}

/** Everything the feed gives a reader: its texts, and its numbers formatted as they will show. */
function readerText(feed: Feed): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // The commune list names every commune of the département: it would answer for any name.
  const { communes: _communes, ...fiche } = feed;
  walk(fiche);
  const chiffres: Chiffre[] = [
    ...(feed.programmes ?? []).flatMap((p) => p.chiffres),
    ...(feed.fibre?.financementEtat ? [feed.fibre.financementEtat] : []),
  ];
  for (const c of chiffres) {
    parts.push(formatValeur(c));
    if (c.total) parts.push(formatNombre(c.total.valeur));
  }
  if (feed.fibre) {
    const { zones, total } = tableauFibre({ zones: feed.fibre.zones! });
    for (const z of zones) {
      parts.push(`${formatNombre(z.locauxADeployer)} (${formatPart(z.partDesLocaux)})`);
      parts.push(`${formatNombre(z.locauxRaccordables)} (${formatPart(z.partRaccordables)})`);
    }
    parts.push(formatNombre(total.locauxADeployer));
    parts.push(`${formatNombre(total.locauxRaccordables)} (${formatPart(total.partRaccordables)})`);
    for (const i of feed.fibre.initiatives) if (i.nombreCommunes !== undefined) parts.push(formatNombre(i.nombreCommunes));
    if (feed.fibre.source.date) parts.push(formatDate(feed.fibre.source.date));
  }
  if (feed.crte) {
    parts.push(formatNombre(feed.crte.contrats.length));
    if (feed.crte.accompagnesParAnct !== undefined) parts.push(formatNombre(feed.crte.accompagnesParAnct));
  }
  if (feed.accompagnements) parts.push(formatNombre(feed.accompagnements.length));
  return lisible(parts.join(' | '));
}

describe('the Lozère 2021 feed', () => {
  let feed: Feed;
  let seed: string;

  before(async () => {
    const validation = validateFeed(JSON.parse(await text(FEED_URL)));
    expect(validation.problems).to.deep.equal([]);
    feed = validation.feed!;
    seed = await text(SEED_URL);
  });

  it('validates with no problem', () => {
    expect(feed.territoire?.nom).to.equal('Lozère');
    expect(feed.programmes).to.have.length(12);
  });

  it('lists every number of the seed among the seed facts (so the facts miss nothing)', () => {
    const body = seed.slice(seed.indexOf('PROGRAMMES D’ACTION DE L’ANCT'));
    const known = new Set([
      ...Object.values(SEED_FIGURES).flatMap((figures) => figures.flatMap(nombresDe)),
      ...SEED_NUMBERS_NOT_FACTS,
    ]);
    const missing = [...new Set(nombresDe(body))].filter((n) => !known.has(n.replace(/\s/g, ' ')));
    expect(missing, 'numbers of the seed that no fact lists').to.deep.equal([]);
  });

  it('carries every figure of the seed, in French format', () => {
    const reader = readerText(feed);
    const missing = Object.entries(SEED_FIGURES).flatMap(([section, figures]) =>
      figures.filter((f) => !reader.includes(lisible(f))).map((f) => `${section}: ${f}`),
    );
    expect(missing, 'figures of the seed missing from the feed').to.deep.equal([]);
  });

  it('carries every proper name of the seed', () => {
    const reader = readerText(feed);
    const missing = SEED_NAMES.filter((name) => !reader.includes(lisible(name)));
    expect(missing, 'names of the seed missing from the feed').to.deep.equal([]);
  });

  it('gives every commune its INSEE code', () => {
    const lieux = feed.programmes!.flatMap((p) => p.lieux);
    expect(lieux).to.have.length(28);
    expect(lieux.filter((l) => !l.commune)).to.deep.equal([]);
    const mende = feed.programmes!.find((p) => p.id === 'action-coeur-de-ville')!.lieux[0];
    expect(mende).to.deep.equal({ nom: 'Mende', commune: '48095' });
  });

  it('names the source of the fibre figures, with its date', () => {
    expect(feed.fibre!.source.libelle).to.contain('Arcep');
    expect(formatDate(feed.fibre!.source.date!)).to.equal('3 juin 2021');
    expect(feed.edition).to.include({ date: '2021', editeur: 'Agence nationale de la cohésion des territoires' });
  });
});
