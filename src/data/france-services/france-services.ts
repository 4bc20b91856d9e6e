/**
 * The France Services sites a resident of a commune may go to, from the département's feed: those
 * of the commune (of the arrondissement first, in Paris, Lyon and Marseille), then those of its
 * EPCI, and, when there are none there, the département's; or, for a whole département, every
 * site by EPCI. Each group with the heading a reader needs to know which it is. Pure: the
 * element renders what this returns.
 */
import { aLaCommune, capitaliser } from '../text/format.js';
import { ID_FRANCE_SERVICES, lieuConcerne, lieuDansLaVue, programmesForCommune, type VueCommune } from '../programmes/programmes.js';
import { isolate } from '../text/bidi.js';
import { etatOuverture, lirePlages, phraseOuverture } from './ouverture.js';
import type { Lieu, Programme, Source } from '../feed/schema.js';
import { JOURS, type Jour } from '../feed/schema-site.js';
import type { Feed } from '../feed/validate.js';
import { messageCommune, techniqueCommune } from '../programmes/vue-programmes.js';

export interface GroupeSites {
  titre: string;
  sites: Lieu[];
}

export interface VueFranceServices {
  /** The commune's name, when the view is a commune's. */
  commune: string | undefined;
  groupes: GroupeSites[];
  /** Sentences that come first: a former code, an arrondissement, no site nearby. */
  notes: string[];
  source: Source | undefined;
  /** Why the commune cannot be shown, in French; the département's sites are shown instead. */
  erreurCommune: string | undefined;
  /** The same, for a developer: the code, and why. */
  techniqueCommune?: string;
}

/** The feed's France Services programme, if it has one. */
export function programmeFranceServices(feed: Feed): Programme | undefined {
  return feed.programmes?.find((p) => p.id === ID_FRANCE_SERVICES);
}

/** « CC du Haut Allier » → « la communauté de communes du Haut Allier »: the COG abbreviates, a heading does not. */
export function nomIntercommunalite(nom: string): string {
  const formes: [RegExp, string][] = [
    [/^CC /, 'la communauté de communes '],
    [/^CA /, 'la communauté d’agglomération '],
    [/^CU /, 'la communauté urbaine '],
    [/^Métropole /, 'la métropole '],
  ];
  for (const [sigle, forme] of formes) {
    const sigleTrouve = sigle.exec(nom)?.[0];
    if (sigleTrouve) return forme + isolate(nom.slice(sigleTrouve.length));
  }
  return `l’intercommunalité ${isolate(nom)}`;
}

/** The SIREN and name of the EPCI a commune is a member of, from the feed's `intercommunalites`. */
function intercommunaliteDe(feed: Feed, commune: string): { siren: string; nom: string; communes: string[] } | undefined {
  for (const [siren, e] of Object.entries(feed.intercommunalites ?? {})) if (e.communes.includes(commune)) return { siren, ...e };
  return undefined;
}

const communeDuSite = (site: Lieu) => site.commune ?? site.communes?.[0];

/** Every site of the département, by EPCI (in the order of their names), those outside any last. */
function parIntercommunalite(feed: Feed, sites: readonly Lieu[]): GroupeSites[] {
  const groupes = new Map<string, GroupeSites>();
  const hors: Lieu[] = [];
  for (const site of sites) {
    const code = communeDuSite(site);
    const epci = code ? intercommunaliteDe(feed, code) : undefined;
    if (!epci) {
      hors.push(site);
      continue;
    }
    if (!groupes.has(epci.siren)) groupes.set(epci.siren, { titre: capitaliser(nomIntercommunalite(epci.nom).replace(/^la |^l’/, '')), sites: [] });
    groupes.get(epci.siren)!.sites.push(site);
  }
  const tries = [...groupes.values()].sort((a, b) => a.titre.localeCompare(b.titre, 'fr'));
  return hors.length ? [...tries, { titre: feed.intercommunalites ? 'Hors intercommunalité' : 'Dans le département', sites: hors }] : tries;
}

export function vueFranceServices(feed: Feed, commune: string | null | undefined): VueFranceServices | undefined {
  const programme = programmeFranceServices(feed);
  if (!programme?.lieux.length) return undefined;
  const sites = programme.lieux;
  const source = programme.source;
  const vue = commune ? programmesForCommune(feed, commune) : undefined;
  if (vue?.statut !== 'trouvee') {
    const erreurCommune = vue ? messageCommune(vue, feed, 'les France Services') : undefined;
    const techniqueDeLaCommune = techniqueCommune(vue, feed);
    return {
      commune: undefined,
      groupes: parIntercommunalite(feed, sites),
      notes: [],
      source,
      erreurCommune,
      ...(techniqueDeLaCommune && { techniqueCommune: techniqueDeLaCommune }),
    };
  }
  return { commune: vue.nom, ...groupesDeLaCommune(feed, sites, vue), source, erreurCommune: undefined };
}

function groupesDeLaCommune(
  feed: Feed,
  sites: readonly Lieu[],
  vue: Extract<VueCommune, { statut: 'trouvee' }>,
): { groupes: GroupeSites[]; notes: string[] } {
  const groupes: GroupeSites[] = [];
  const montres = new Set<Lieu>();
  const ajouter = (titre: string, garder: (l: Lieu) => boolean) => {
    const choisis = sites.filter((l) => !montres.has(l) && garder(l));
    choisis.forEach((l) => montres.add(l));
    if (choisis.length) groupes.push({ titre, sites: choisis });
  };
  const ville = vue.arrondissement ? vue.ville! : { code: vue.code, nom: vue.nom };
  if (vue.arrondissement) ajouter(capitaliser(aLaCommune(vue.nom)), (l) => lieuDansLaVue(l, vue));
  ajouter(capitaliser(aLaCommune(ville.nom)), (l) => lieuConcerne(l, ville.code));
  const epci = intercommunaliteDe(feed, ville.code);
  if (epci) ajouter(`Dans ${nomIntercommunalite(epci.nom)}`, (l) => epci.communes.some((c) => c !== ville.code && lieuConcerne(l, c)));
  const notes = [...vue.notes];
  if (!groupes.length) {
    ajouter('Dans le département', () => true);
    const ou = epci ? ` ni dans ${nomIntercommunalite(epci.nom)}` : '';
    notes.push(`Aucune France Services ${aLaCommune(ville.nom)}${ou} : voici celles du département.`);
  }
  return { groupes, notes };
}

/** The rows of a site's week: each day with its ranges (adjacent ones as one), or with the source's text when they do not read as ranges. */
export function semaineDuSite(site: Lieu): { jour: Jour; plages?: readonly (readonly [string, string])[]; texte?: string }[] {
  const semaine = site.plages && lirePlages(site.plages);
  if (semaine) return JOURS.map((jour) => ({ jour, plages: semaine[jour] ?? [] }));
  const horaires = site.horaires ?? {};
  return JOURS.filter((jour) => Object.hasOwn(horaires, jour)).map((jour) => ({ jour, texte: horaires[jour]! }));
}

/** A phone number as a `tel:` link: « 04 50 56 87 49 » → « tel:+33450568749 »; undefined for what is not a number. */
export function lienTelephone(telephone: string): string | undefined {
  const chiffres = telephone.replace(/[\s.\-()]/g, '');
  if (/^0\d{9}$/.test(chiffres)) return `tel:+33${chiffres.slice(1)}`;
  if (/^\+\d{6,15}$/.test(chiffres)) return `tel:${chiffres}`;
  return undefined;
}

/** What a site's card says of now: open or closed, in a sentence; none when its hours cannot tell. */
export interface OuvertureVue {
  statut: 'ouvert' | 'ferme';
  phrase: string;
}

/**
 * Whether each shown site is open at `maintenant` (on its territory's legal time), and when the
 * first of them next opens or closes: the element looks at the clock again then.
 */
export function ouvertures(
  vue: VueFranceServices,
  maintenant: Date,
  departement: string | undefined,
): { sites: Map<Lieu, OuvertureVue>; prochainChangement: number } {
  const sites = new Map<Lieu, OuvertureVue>();
  let prochainChangement = Infinity;
  for (const site of vue.groupes.flatMap((g) => g.sites)) {
    if (!site.plages) continue;
    const etat = etatOuverture(site.plages, maintenant, departement);
    prochainChangement = Math.min(prochainChangement, etat.changement);
    const phrase = phraseOuverture(etat);
    if (phrase) sites.set(site, { statut: etat.statut as OuvertureVue['statut'], phrase });
  }
  return { sites, prochainChangement };
}
