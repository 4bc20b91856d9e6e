/**
 * What the programme list shows, from the feed and the element's three inputs (`commune`,
 * `programmes`, `axe`): the rule that a commune is looked up in the whole feed first, and only
 * then do the filters apply to its programmes; what to say of a commune code it cannot show; and
 * when the figures need the edition named as their source. Pure: cartes-programmes.ts makes the cards and summaries from what this returns.
 */
import { isolate } from '../text/bidi.js';
import { crteDeCommune, phraseCrteCommune, phraseCrteDepartement, phraseFibreCommune } from '../accompagnements/crte.js';
import { formatSource, sourceDeLEdition } from '../text/format.js';
import { filtrerProgrammes, programmesForCommune, type CodeSansCommune, type VueCommune } from './programmes.js';
import type { Programme, Source } from '../feed/schema.js';
import { sourcesDesProgrammes } from '../text/sources-citees.js';
import type { Feed } from '../feed/validate.js';

export interface ChoixProgrammes {
  commune?: string | null;
  /** Programme ids separated by spaces, as the `programmes` attribute gives them. */
  programmes?: string | null;
  axe?: string | null;
}

export interface VueProgrammes {
  /** The programmes the filters keep, in feed order. */
  programmes: Programme[];
  /** With a commune: its view, its two lists filtered like the rest. */
  commune: VueCommune | undefined;
  /** "Source des chiffres : …", when some figure has no source of its own and the edition is known. */
  sourceDesChiffres: string | undefined;
  /** Why the commune cannot be shown (a malformed, foreign or unknown code), in French; the list then shows the département. */
  erreurCommune: string | undefined;
  /** How many CRTE the département has, in a sentence. */
  crte: string | undefined;
  /** With a commune: its CRTE and its access to fibre, in sentences. */
  enBref: string[];
  /** Every source the view cites, each once: « D’où viennent ces chiffres ? ». */
  sources: Source[];
}

export function vueProgrammes(feed: Feed, choix: ChoixProgrammes): VueProgrammes {
  const programmes = filtrerProgrammes(feed.programmes ?? [], {
    ids: choix.programmes?.split(/\s+/).filter(Boolean),
    ...(choix.axe && { axe: choix.axe }),
  });
  let commune = choix.commune ? programmesForCommune(feed, choix.commune) : undefined;
  if (commune?.statut === 'trouvee') {
    const gardes = new Set(programmes);
    commune = {
      ...commune,
      concernes: commune.concernes.filter((p) => gardes.has(p)),
      autres: commune.autres.filter((p) => gardes.has(p)),
      ...(commune.ville && { ville: { ...commune.ville, programmes: commune.ville.programmes.filter((p) => gardes.has(p)) } }),
    };
  }
  const trouvee = commune?.statut === 'trouvee' ? commune : undefined;
  const bref = trouvee ? enBref(feed, trouvee) : { phrases: [], sources: [] };
  const montres = trouvee ? [...trouvee.concernes, ...(trouvee.ville?.programmes ?? []), ...trouvee.autres] : programmes;
  const edition = sourceDeLEdition(feed.edition);
  return {
    programmes,
    commune,
    sourceDesChiffres: sourceDesChiffres(feed, programmes),
    erreurCommune: messageCommune(commune, feed, 'les programmes'),
    crte: phraseCrteDepartement(feed.crte),
    enBref: bref.phrases,
    sources: sourcesDesProgrammes(montres, [...bref.sources, ...(edition ? [edition] : [])]),
  };
}

/**
 * A commune's CRTE and access to fibre. The sources count whole cities: an arrondissement reads
 * its city's, named as the city.
 */
function enBref(feed: Feed, vue: Extract<VueCommune, { statut: 'trouvee' }>): { phrases: string[]; sources: Source[] } {
  const ici = vue.ville ? { code: vue.ville.code, nom: `${vue.ville.nom} (toute la ville)` } : vue;
  const crte = phraseCrteCommune(vue.ville?.nom ?? vue.nom, crteDeCommune(feed.crte, ici.code));
  const fibre = phraseFibreCommune(feed.fibre?.eligibilite, ici, feed.territoire?.nom);
  const sources = [crte && feed.crte?.source, fibre && feed.fibre?.eligibilite?.source].filter((s): s is Source => Boolean(s));
  return { phrases: [crte, fibre].filter((p): p is string => p !== undefined), sources };
}

/** Figures without a source of their own come from the edition of the fiche: its source, said once. */
export function sourceDesChiffres(feed: Feed, programmes: readonly Programme[]): string | undefined {
  const source = sourceDeLEdition(feed.edition);
  const sansSource = programmes.some((p) => !p.source && p.chiffres.some((c) => !c.source));
  return source && sansSource ? formatSource(source) : undefined;
}

/**
 * The French sentence for a commune code an element cannot show, or undefined when it can; `quoi`
 * is what it shows instead. A resident reads it: it names the département, never the code (the
 * `anct-error` event and the console give it, in `technique`).
 */
export function messageCommune(vue: VueCommune | undefined, feed: Feed, quoi: string): string | undefined {
  const departement = feed.territoire ? ` (${isolate(feed.territoire.nom)})` : '';
  switch (vue?.statut) {
    case 'malforme':
      return `Cette commune n’est pas reconnue. Voici ${quoi} de tout le département${departement}.`;
    case 'hors-territoire':
      return `Cette commune n’est pas dans ce département${departement}. Voici ${quoi} du département.`;
    case 'inconnue':
      return `Cette commune n’est pas connue dans ce département${departement}. Voici ${quoi} de tout le département.`;
    default:
      return undefined;
  }
}

/** What a developer reads of a commune code an element cannot show, beside `messageCommune`. */
export function techniqueCommune(vue: CodeSansCommune | { statut: 'trouvee' } | undefined, feed: Feed): string | undefined {
  const ici = feed.territoire ? `département ${feed.territoire.code}` : 'this feed';
  switch (vue?.statut) {
    case 'malforme':
      return `commune="${vue.code}" is no INSEE code (5 characters, e.g. 48095)`;
    case 'hors-territoire':
      return `commune ${vue.code} is not in ${ici}`;
    case 'inconnue':
      return `commune ${vue.code} is unknown in ${ici}`;
    default:
      return undefined;
  }
}
