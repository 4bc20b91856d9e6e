/**
 * What the programme list says of the CRTE (contrats de relance et de transition écologique) and
 * of a commune's access to fibre, in sentences: the list shows no chart and no table of these, so
 * the sentences are built here, from the feed alone, with the names a source gives and no other.
 */
import { isolate } from '../text/bidi.js';
import { formatNombre, formatPart, formatSource } from '../text/format.js';
import { comptesDeCommune } from '../fibre/eligibilite-communes.js';
import type { Crte, Fibre } from '../feed/schema.js';

const CRTE = 'contrat de relance et de transition écologique (CRTE)';

const communes = (n: number) => `${formatNombre(n)} commune${n > 1 ? 's' : ''}`;

/** The contracts a commune belongs to (an arrondissement: its city's). */
export function crteDeCommune(crte: Pick<Crte, 'contrats'> | undefined, code: string): Crte['contrats'] {
  return crte?.contrats.filter((c) => c.communes?.includes(code)) ?? [];
}

/** "Mende fait partie d'un contrat de relance et de transition écologique (CRTE) qui réunit 53 communes." */
export function phraseCrteCommune(nom: string, contrats: Crte['contrats']): string | undefined {
  if (!contrats.length) return undefined;
  const qui = isolate(nom);
  if (contrats.length === 1) {
    const c = contrats[0]!;
    const lequel = c.nom ? `du ${CRTE} « ${isolate(c.nom)} »,` : `d’un ${CRTE}`;
    const taille = c.nombreCommunes !== undefined ? ` qui réunit ${communes(c.nombreCommunes)}` : '';
    // Two sentences: with a named contract and its size, one would pass 25 words.
    const ailleurs = c.departement ? ` Ce contrat est porté par un autre département (${c.departement}).` : '';
    return `${qui} fait partie ${lequel}${taille}.`.replace(',.', '.') + ailleurs;
  }
  const detail = contrats
    .map((c, i) => {
      const taille = c.nombreCommunes !== undefined ? communes(c.nombreCommunes) : '';
      if (c.nom) return `« ${isolate(c.nom)} »${taille ? ` (${taille})` : ''}`;
      return taille ? `${i ? 'un autre' : 'l’un'} de ${taille}` : '';
    })
    .filter(Boolean);
  return `${qui} fait partie de ${formatNombre(contrats.length)} contrats de relance et de transition écologique (CRTE)${
    detail.length ? ` : ${detail.join(', ')}` : ''
  }.`;
}

/** "Le département compte 3 contrats de relance et de transition écologique (CRTE)…" */
export function phraseCrteDepartement(crte: Pick<Crte, 'contrats'> | undefined): string | undefined {
  if (!crte?.contrats.length) return undefined;
  const propres = crte.contrats.filter((c) => !c.departement).length;
  const autres = crte.contrats.length - propres;
  const pluriel = propres > 1 ? 's' : '';
  const phrase = `Le département compte ${formatNombre(propres)} contrat${pluriel} de relance et de transition écologique (CRTE)`;
  if (!autres) return `${phrase}.`;
  return `${phrase} ; ${
    autres > 1 ? `${formatNombre(autres)} autres, portés par d’autres départements, réunissent` : 'un autre, porté par un autre département, réunit'
  } aussi certaines de ses communes.`;
}

type Eligibilite = NonNullable<Fibre['eligibilite']>;

/**
 * One sentence on a commune's access to fibre, beside its département's: the share of its locaux
 * eligible (Arcep's 2024 statistics); for an arrondissement, its city's, said as such; for a
 * commune the source lacks, what is missing and from which source.
 */
export function phraseFibreCommune(
  eligibilite: Pick<Eligibilite, 'departement' | 'communes' | 'source'> | undefined,
  commune: { code: string; nom: string },
  territoire: string | undefined,
): string | undefined {
  if (!eligibilite) return undefined;
  const comptes = comptesDeCommune(eligibilite.communes, commune.code);
  const nom = isolate(commune.nom);
  if (!comptes) return `Les chiffres d’accès à internet de ${nom} ne figurent pas dans la source, ${formatSource(eligibilite.source)}.`;
  const part = (c: { locaux: number; fibre?: number | undefined }) => formatPart(c.locaux > 0 ? (c.fibre ?? 0) / c.locaux : Number.NaN);
  const annee = eligibilite.source.date?.slice(0, 4);
  return (
    `${nom} : ${part(comptes)} des locaux éligibles à la fibre optique${annee ? ` en ${annee}` : ''} ; ` +
    `${territoire ? isolate(territoire) : 'département'} : ${part(eligibilite.departement)} (source : ${formatSource(eligibilite.source)}).`
  );
}
