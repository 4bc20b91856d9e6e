/**
 * One commune's counts, read from the feed's table of columns (`eligibilite.communes`): the
 * column form keeps the feed small, the elements read a commune as one object. A pure lookup,
 * shared by the fibre table and the programme list's commune view.
 */
import { TECHNOLOGIES, type EligibiliteFibre } from '../feed/schema.js';

export type ComptesCommune = EligibiliteFibre['departement'];

/** The counts of the commune `code`, or undefined when the table has no row for it. */
export function comptesDeCommune(communes: EligibiliteFibre['communes'], code: string): ComptesCommune | undefined {
  const i = communes ? communes.codes.indexOf(code) : -1;
  if (!communes || i < 0) return undefined;
  const comptes: ComptesCommune = { locaux: communes.locaux[i]! };
  for (const technologie of TECHNOLOGIES) {
    const valeur = communes[technologie]?.[i];
    if (valeur) comptes[technologie] = valeur;
  }
  return comptes;
}
