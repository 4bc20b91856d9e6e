/**
 * French messages for validation problems, written for a feed author, not a developer:
 * « programmes[3].chiffres[0].valeur : nombre attendu, « douze » reçu ».
 *
 * Valibot calls `messageFrancais` for every issue whose schema has no message of its own, so the
 * schema stays free of wording and every problem says what was expected and what was found.
 */
import type { BaseIssue } from 'valibot';
import { ownEntry } from './own-entry.js';

const LONGUEUR_CITEE = 40;

/** What was found, as a feed author would recognise it in their file. */
export function recu(input: unknown): string {
  if (input === undefined) return 'rien';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    // Without direction controls: a quote must not reverse the message around it.
    const sans = input.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
    const court = sans.length > LONGUEUR_CITEE ? `${sans.slice(0, LONGUEUR_CITEE)}…` : sans;
    return input === '' ? 'un texte vide' : `« ${court} »`;
  }
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : 'un nombre non fini';
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (Array.isArray(input)) return input.length === 0 ? 'une liste vide' : 'une liste';
  if (typeof input === 'object') return 'un objet';
  return typeof input;
}

const ATTENDU: Record<string, string> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  boolean: 'true ou false attendu',
  object: 'objet attendu',
  array: 'liste attendue',
  record: 'objet attendu',
  finite: 'nombre fini attendu',
  email: 'adresse électronique attendue',
};

/** `"a" | "b"` (valibot's notation) as « a », « b ». */
function valeursPossibles(expected: string | null): string {
  return (expected ?? '')
    .split('|')
    .map((s) => `« ${s.trim().replace(/^"|"$/g, '')} »`)
    .join(', ');
}

export function messageFrancais(issue: BaseIssue<unknown>): string {
  const trouve = recu(issue.input);
  if (issue.input === undefined) return 'champ obligatoire manquant';
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return `valeur inconnue ${trouve} ; valeurs possibles : ${valeursPossibles(issue.expected)}`;
    case 'min_length':
      return Array.isArray(issue.input)
        ? 'liste vide : au moins un élément attendu'
        : 'texte vide : un texte attendu';
    case 'min_value':
      return `valeur positive ou nulle attendue, ${trouve} reçu`;
    case 'regex':
      return `format ${String((issue as { requirement?: unknown }).requirement)} attendu, ${trouve} reçu`;
  }
  return `${ownEntry(ATTENDU, issue.type) ?? `${issue.expected ?? issue.type} attendu`}, ${trouve} reçu`;
}

/**
 * A message for one check, in the schema: `v.regex(CODE_INSEE, attendu('code INSEE…'))`
 * gives « code INSEE… attendu, « 4809 » reçu ».
 */
export function attendu(quoi: string): (issue: BaseIssue<unknown>) => string {
  return (issue) => (issue.input === undefined ? 'champ obligatoire manquant' : `${quoi}, ${recu(issue.input)} reçu`);
}
