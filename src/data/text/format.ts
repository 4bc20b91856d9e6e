/**
 * French formatting of every number a reader sees, in one place, through `Intl` (`fr-FR`):
 * "10 500", "15 %", "5,4 millions d'euros", "40 000 €", "3 juin 2021".
 *
 * `Intl` separates thousands with a narrow no-break space (U+202F), as French typography wants;
 * so a figure never breaks across two lines.
 */
import { isolate } from './bidi.js';
import type { Chiffre, Edition, Source } from '../feed/schema.js';

const LOCALE = 'fr-FR';

const nombre = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const pourcentage = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const pourcentageDecimal = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const euros = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const eurosCentimes = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' });
/** "5,4 millions", "1 million", "1,2 milliard": Intl chooses the word and its plural. */
const grandNombre = new Intl.NumberFormat(LOCALE, {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
});

/** 10500 → "10 500" */
export function formatNombre(valeur: number): string {
  return nombre.format(valeur);
}

/** A share between 0 and 1: 0.15 → "15 %"; an undefined share (nothing to divide by) → "–". */
export function formatPart(part: number): string {
  return Number.isFinite(part) ? pourcentage.format(part) : '–';
}

/** A value already in percent, as precise as the source gives it to a tenth: 41 → "41 %", 99.6 → "99,6 %". */
export function formatPourcentage(valeur: number): string {
  return pourcentageDecimal.format(valeur / 100);
}

/**
 * Euros as the fiche writes them: "5,4 millions d'euros" from a million on, "40 000 €" below.
 */
export function formatEuros(valeur: number): string {
  if (Math.abs(valeur) >= 1_000_000) {
    // "1 million" and "5,4 millions" already carry the noun, so "d'euros" follows it.
    return `${grandNombre.format(valeur)} d'euros`;
  }
  return Number.isInteger(valeur) ? euros.format(valeur) : eurosCentimes.format(valeur);
}

/** A figure of the feed with its unit: euros, percent, or a plain number. */
export function formatValeur(chiffre: Pick<Chiffre, 'valeur' | 'unite'>): string {
  switch (chiffre.unite) {
    case 'EUR':
      return formatEuros(chiffre.valeur);
    case '%':
      return formatPourcentage(chiffre.valeur);
    case undefined:
    case '':
      return formatNombre(chiffre.valeur);
    default:
      return `${formatNombre(chiffre.valeur)}\u00a0${isolate(chiffre.unite)}`;
  }
}

const MOIS = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const JOUR = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An ISO date at the precision the source gives: "2021" → "2021", "2021-06" → "juin 2021",
 * "2021-06-03" → "3 juin 2021", "2021-06-01" → "1er juin 2021".
 */
export function formatDate(iso: string): string {
  const [annee, mois, jour] = iso.split('-').map(Number);
  if (annee === undefined || Number.isNaN(annee)) return iso;
  if (mois === undefined) return String(annee);
  if (jour === undefined) return MOIS.format(Date.UTC(annee, mois - 1, 1));
  const texte = JOUR.format(Date.UTC(annee, mois - 1, jour));
  return jour === 1 ? texte.replace(/^1(?=\s)/, '1er') : texte;
}

/**
 * The edition of the fiche as a source: where a figure without its own source comes from.
 * "Fiche territoriale de la Lozère, Agence nationale de la cohésion des territoires, édition 2021":
 * the date goes into the text, since "publié" would not agree with "fiche".
 */
export function sourceDeLEdition(edition: Edition | undefined): Source | undefined {
  if (!edition) return undefined;
  const libelle = [edition.titre || 'Fiche territoriale', edition.editeur, formatEdition(edition)]
    .filter(Boolean)
    .join(', ');
  return { libelle, ...(edition.url !== undefined && { url: edition.url }) };
}

/**
 * "édition juin 2021", or for a fiche made of lists of different dates "données de 2021 à 2026":
 * the date of the newest list would pass the older figures off as new.
 */
export function formatEdition(edition: Edition): string {
  const { periode, date } = edition;
  if (periode) {
    const [debut, fin] = [periode.debut.slice(0, 4), periode.fin.slice(0, 4)];
    return debut === fin ? `données de ${debut}` : `données de ${debut} à ${fin}`;
  }
  return date ? `édition ${formatDate(date)}` : '';
}

/**
 * A source as a short citation, "ANCT, liste des Petites villes de demain, 7 août 2024": who
 * publishes which list, and its date. Where it was read (repository, file, version) is the
 * source's `provenance`, for the curious, never in the running text.
 */
export function formatSource(source: Source): string {
  const libelle = isolate(source.libelle);
  return source.date ? `${libelle}, ${formatDate(source.date)}` : libelle;
}

/** "https://www.observatoire-des-territoires.gouv.fr/x" → "observatoire-des-territoires.gouv.fr", as the fiche prints addresses. */
export function formatDomaine(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * "à Mende", "au Malzieu-Ville", "aux Bondons": the preposition before a commune's name, with
 * the article of the name contracted as French wants.
 */
export function aLaCommune(nom: string): string {
  const [preposition, reste] = devantLaCommune(nom);
  return `${preposition} ${isolate(reste)}`;
}

/** The same, as the preposition and the name after it: ["au", "Malzieu-Ville"], so the name can be isolated. */
export function devantLaCommune(nom: string): [string, string] {
  if (nom.startsWith('Le ')) return ['au', nom.slice(3)];
  if (nom.startsWith('Les ')) return ['aux', nom.slice(4)];
  return ['à', nom];
}

const DATE_HEURE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });

/** An instant as a reader reads it, in the reader's time zone: "29 novembre 2026 à 15:10". */
export function formatDateHeure(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_HEURE.format(date);
}

/** "financement par l'État…" → "Financement par l'État…": a feed's lower-case label at the start of a sentence. */
export function capitaliser(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}
