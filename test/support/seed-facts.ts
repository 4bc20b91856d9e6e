/**
 * The facts of the seed (`data/seed/fiche-territoriale-lozere-2021.txt`), from seed-facts.json:
 * every figure as the fiche prints it and every proper name, its editorial foreword aside. A test
 * checks that this list misses no number of the seed, and others that the feed (and what the
 * elements render) carries each fact. The Node print test reads the same file.
 */
export { lisible } from './lisible.mjs';

interface SeedFacts {
  figures: Record<string, string[]>;
  nombresHorsFaits: Record<string, string>;
  noms: string[];
}

const facts = (await (await fetch('/test/support/seed-facts.json')).json()) as SeedFacts;

/** Figures as a reader sees them, in French format, grouped by the seed's section. */
export const SEED_FIGURES = facts.figures;

/** Numbers of the seed that are not facts of the territory: generic text, kept out of the feed. */
export const SEED_NUMBERS_NOT_FACTS = Object.keys(facts.nombresHorsFaits);

/** Proper names, as the seed spells them (case and apostrophes aside). */
export const SEED_NAMES = facts.noms;

/** Every number token of a text: "10 500", "5,4", "2021". */
export function nombresDe(text: string): string[] {
  return text.match(/\d+(?:[^\S\n]\d{3})*(?:,\d+)?/g) ?? [];
}
