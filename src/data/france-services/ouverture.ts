/**
 * Whether a site is open now, from its weekly ranges, on the site's legal time whatever the
 * reader's clock says (Europe/Paris; the overseas territories' own zones, codes.ts): « Ouvert
 * maintenant, jusqu’à 12 h », « Fermé — ouvre demain à 9 h », « Ouvert 24 h sur 24 ». Pure: it
 * takes the instant, so that a test gives it one. On a public holiday of the site's territory,
 * and when the next opening falls on one, it does not know (sites close on most of them, not
 * all), and says nothing rather than something false; nor with ranges that do not read (all or
 * nothing: a day left out would read « Fermé »), nor for a territory whose time it does not know.
 * It also says when its answer next changes, for the element to look again then.
 */
import { fuseauDuTerritoire } from '../feed/codes.js';
import { HEURE, JOURS, PLAGES_EN_ORDRE, type Jour } from '../feed/schema-site.js';

export type Plages = Partial<Record<Jour, readonly (readonly [string, string])[]>>;

/**
 * `ouvert`: until `jusqua` (an hour), `jour` (« demain », a day) when that is after midnight;
 * without `jusqua` when the end is not known (a holiday comes first); `toujours` for a site
 * open every hour of the week.
 */
export type EtatOuverture =
  | { statut: 'inconnu'; changement: number }
  | { statut: 'ouvert'; jusqua?: string; jour?: 'demain' | Jour; toujours?: true; changement: number }
  | { statut: 'ferme'; prochaine?: { jour: 'aujourdhui' | 'demain' | Jour; heure: string }; changement: number };

/** Holidays of some territories only: the abolition of slavery overseas; St Stephen's day and Good Friday in Alsace-Moselle (-2: two days before Easter). */
const FERIES_LOCAUX = new Map<string, (string | number)[]>([
  ['971', ['5-27']],
  ['972', ['5-22']],
  ['973', ['6-10']],
  ['974', ['12-20']],
  ['976', ['4-27']],
  ['977', ['10-9']],
  ['978', ['5-28']],
  ['57', ['12-26', -2]],
  ['67', ['12-26', -2]],
  ['68', ['12-26', -2]],
]);

const horloges = new Map<string, Intl.DateTimeFormat>();
function horloge(fuseau: string): Intl.DateTimeFormat {
  let f = horloges.get(fuseau);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: fuseau,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    horloges.set(fuseau, f);
  }
  return f;
}

const JOUR_MS = 86_400_000;

/** The wall clock of a zone at an instant: the civil day (as a UTC midnight, for day arithmetic) and the minute. */
function surPlace(instant: number, fuseau: string): { jourCivil: number; minutes: number } {
  const parts = Object.fromEntries(
    horloge(fuseau)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const jourCivil = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  return { jourCivil, minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
}

/** Easter Sunday of a year (Gregorian computus), as a UTC midnight. */
function paques(annee: number): number {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(annee, mois - 1, jour);
}

/**
 * The public holidays: the national ones, fixed, and Easter Monday, Ascension and Whit Monday;
 * and those of the département only.
 */
export function estFerie(jourCivil: number, departement = ''): boolean {
  const date = new Date(jourCivil);
  const mmjj = `${date.getUTCMonth() + 1}-${date.getUTCDate()}`;
  const p = paques(date.getUTCFullYear());
  const feries = ['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25', 1, 39, 50, ...(FERIES_LOCAUX.get(departement) ?? [])];
  return feries.some((f) => (typeof f === 'number' ? p + f * JOUR_MS === jourCivil : f === mmjj));
}

const enMinutes = (heure: string) => Number(heure.slice(0, 2)) * 60 + Number(heure.slice(3, 5));

/** Monday is 0. */
const jourDeLaSemaine = (jourCivil: number): Jour => JOURS[(new Date(jourCivil).getUTCDay() + 6) % 7]!;

type Plage = [string, string];

/**
 * A week's ranges as a reader reads them: adjacent ones as one (9 h–12 h and 12 h–14 h are
 * 9 h–14 h); undefined when one of them does not read (an hour that is none, a range that ends
 * before it starts, ranges out of order or overlapping), since a week with a day left out would
 * say the site is closed that day.
 */
export function lirePlages(plages: Plages): Plages | undefined {
  const lues: Plages = {};
  for (const jour of JOURS) {
    const fusion: Plage[] = [];
    for (const plage of plages[jour] ?? []) {
      const [debut, fin] = plage;
      if (!HEURE.test(debut) || !HEURE.test(fin) || !PLAGES_EN_ORDRE.plage([debut, fin])) return undefined;
      const derniere = fusion.at(-1);
      if (derniere && !PLAGES_EN_ORDRE.jour([derniere, [debut, fin]])) return undefined;
      if (derniere?.[1] === debut) derniere[1] = fin;
      else fusion.push([debut, fin]);
    }
    if (fusion.length) lues[jour] = fusion;
  }
  return lues;
}

const TOUTE_LA_JOURNEE = (plages: Plages[Jour]) => plages?.length === 1 && plages[0]![0] === '00:00' && plages[0]![1] === '24:00';

/**
 * Open or closed at `maintenant` for a site of a territory (its code, « 48 », « 974 »; Paris's
 * time without one), and when that answer changes (an instant, at most the next local midnight:
 * « demain » becomes « aujourd’hui » then).
 */
export function etatOuverture(plages: Plages, maintenant: Date, departement = ''): EtatOuverture {
  const fuseau = departement ? fuseauDuTerritoire(departement) : 'Europe/Paris';
  const semaine = lirePlages(plages);
  if (!fuseau || !semaine) return { statut: 'inconnu', changement: Infinity };
  const instant = maintenant.getTime();
  const { jourCivil, minutes } = surPlace(instant, fuseau);
  // Wall-clock minutes from now to an instant: off by the hour only across a change of summer
  // time, at night, when the element's next look sets it right.
  const debutMinute = instant - (instant % 60_000);
  const dans = (jours: number, minute: number) => debutMinute + ((jours * 1440 + minute - minutes) * 60_000);
  const minuit = dans(1, 0);
  if (estFerie(jourCivil, departement)) return { statut: 'inconnu', changement: minuit };
  const aujourdhui = semaine[jourDeLaSemaine(jourCivil)] ?? [];
  const ouverte = aujourdhui.find(([debut, fin]) => enMinutes(debut) <= minutes && minutes < enMinutes(fin));
  if (ouverte) return ouvertJusqua(semaine, ouverte[1], jourCivil, departement, dans(0, enMinutes(ouverte[1])), minuit);
  const suivante = aujourdhui.find(([debut]) => enMinutes(debut) > minutes);
  if (suivante) {
    return { statut: 'ferme', prochaine: { jour: 'aujourdhui', heure: suivante[0] }, changement: dans(0, enMinutes(suivante[0])) };
  }
  for (let n = 1; n <= 7; n++) {
    const jour = jourCivil + n * JOUR_MS;
    if (estFerie(jour, departement)) break;
    const premiere = semaine[jourDeLaSemaine(jour)]?.[0];
    if (premiere) return { statut: 'ferme', prochaine: { jour: n === 1 ? 'demain' : jourDeLaSemaine(jour), heure: premiere[0] }, changement: minuit };
  }
  return { statut: 'ferme', changement: minuit };
}

/** Open, until the end of the range `fin`, or, when it is midnight and the next day opens at midnight, until that day's end… */
function ouvertJusqua(semaine: Plages, fin: string, jourCivil: number, departement: string, finDuJour: number, minuit: number): EtatOuverture {
  if (JOURS.every((j) => TOUTE_LA_JOURNEE(semaine[j]))) return { statut: 'ouvert', toujours: true, changement: minuit };
  let n = 0;
  while (fin === '24:00' && n < 7) {
    const jour = jourCivil + (n + 1) * JOUR_MS;
    // Whether it is open on a holiday, nobody here knows: open now, until a time unknown.
    if (estFerie(jour, departement)) return { statut: 'ouvert', changement: minuit };
    const premiere = semaine[jourDeLaSemaine(jour)]?.[0];
    if (premiere?.[0] !== '00:00') break;
    fin = premiere[1];
    n++;
  }
  if (n === 0) return { statut: 'ouvert', jusqua: fin, changement: Math.min(finDuJour, minuit) };
  return { statut: 'ouvert', jusqua: fin, jour: n === 1 ? 'demain' : jourDeLaSemaine(jourCivil + n * JOUR_MS), changement: minuit };
}

/** « 09:00 » → « 9 h », « 13:30 » → « 13 h 30 », « 24:00 » → « minuit ». */
export function formatHeure(heure: string): string {
  if (heure === '24:00') return 'minuit';
  const h = Number(heure.slice(0, 2));
  const m = heure.slice(3, 5);
  return m === '00' ? `${h} h` : `${h} h ${m}`;
}

/** What a reader is told: « Ouvert maintenant, jusqu’à 12 h », « Fermé — ouvre demain à 9 h »; undefined when unknown. */
export function phraseOuverture(etat: EtatOuverture): string | undefined {
  switch (etat.statut) {
    case 'inconnu':
      return undefined;
    case 'ouvert':
      if (etat.toujours) return 'Ouvert 24 h sur 24';
      if (!etat.jusqua) return 'Ouvert maintenant';
      return `Ouvert maintenant, jusqu’à ${etat.jour ? `${etat.jour} ` : ''}${formatHeure(etat.jusqua)}`;
    case 'ferme': {
      const p = etat.prochaine;
      if (!p) return 'Fermé';
      const quand = p.jour === 'aujourdhui' ? 'aujourd’hui' : p.jour;
      return `Fermé — ouvre ${quand} à ${formatHeure(p.heure)}`;
    }
  }
}

/** A day's ranges as a reader reads them: « 9 h à 12 h et 13 h 30 à 17 h », « 24 h sur 24 ». */
export function formatPlages(plages: readonly (readonly [string, string])[]): string {
  if (TOUTE_LA_JOURNEE(plages)) return '24 h sur 24';
  const textes = plages.map(([debut, fin]) => `${formatHeure(debut)} à ${formatHeure(fin)}`);
  return textes.length > 1 ? `${textes.slice(0, -1).join(', ')} et ${textes.at(-1)}` : (textes[0] ?? 'Fermé');
}
