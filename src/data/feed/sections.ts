/**
 * Which part of a feed an element shows, and what follows from it: the validation problems that
 * are that element's to report, and whether the feed has anything for it at all (the fiche asks
 * this before it gives a part its place and its entry in the table of contents).
 */
import { AnciensCodesSchema, ArrondissementsSchema, ChangementsEpciSchema, IntercommunalitesSchema } from './schema-codes.js';
import {
  AccompagnementsSchema,
  CommunesSchema,
  CrteSchema,
  EditionSchema,
  FibreSchema,
  ProgrammesSchema,
  RessourcesSchema,
  SaisineSchema,
  TerritoireSchema,
  type SectionName,
  type SectionSchemas,
} from './schema.js';
import type { FeedProblem, Feed } from './validate.js';
import { CrteEnBrefSchema, FibreEnBrefSchema } from './schema-en-bref.js';

/** The problems whose path lies in one of `sections`: `fibre`, `fibre.zones[0]`, `programmes[3].nom`. */
export function sectionProblems(problems: readonly FeedProblem[], sections: readonly SectionName[]): FeedProblem[] {
  return problems.filter((p) => sections.some((s) => p.path === s || p.path.startsWith(`${s}.`) || p.path.startsWith(`${s}[`)));
}

/** What each element shows, by the name `<anct-fiche sections>` gives it. */
export type Partie = 'programmes' | 'fibre' | 'accompagnements' | 'saisine';

/** Whether a validated feed has something for each part. The saisine flow is national: always. */
export const A_DU_CONTENU: { readonly [P in Partie]: (feed: Feed) => boolean } = {
  programmes: (feed) => Boolean(feed.programmes?.length),
  fibre: ({ fibre }) => fibre !== undefined && (fibre.zones ?? fibre.deploiement ?? fibre.eligibilite) !== undefined,
  accompagnements: (feed) => feed.crte !== undefined || Boolean(feed.accompagnements?.length),
  saisine: () => true,
};

// What each element validates: the two sections every feed has, and those the element shows. Each
// set is its own constant, so that a page's bundle holds only the schemas of its elements.
const COMMON = { territoire: TerritoireSchema, edition: EditionSchema };
const PROGRAMMES = {
  ...COMMON,
  programmes: ProgrammesSchema,
  communes: CommunesSchema,
  arrondissements: ArrondissementsSchema,
  anciensCodes: AnciensCodesSchema,
  changementsEpci: ChangementsEpciSchema,
  // A commune's France Services, when none is in the commune, are looked for in its EPCI.
  intercommunalites: IntercommunalitesSchema,
} satisfies SectionSchemas;
/**
 * The programme list also says a commune's CRTE and its share of locaux eligible to fibre, and
 * validates only what it reads of them (schema-en-bref.ts). Typed as the full sections, as every
 * element's feed is: the list's code reads no other field of them (accompagnements/crte.ts).
 */
export const SCHEMAS_PROGRAMMES = {
  ...PROGRAMMES,
  crte: CrteEnBrefSchema as unknown as typeof CrteSchema,
  fibre: FibreEnBrefSchema as unknown as typeof FibreSchema,
} satisfies SectionSchemas;
/** The fibre table: its section, and what finds a commune (its name, an arrondissement's city, a former code). */
export const SCHEMAS_FIBRE = {
  ...COMMON,
  fibre: FibreSchema,
  communes: CommunesSchema,
  arrondissements: ArrondissementsSchema,
  anciensCodes: AnciensCodesSchema,
} satisfies SectionSchemas;
export const SCHEMAS_ACCOMPAGNEMENTS = { ...COMMON, crte: CrteSchema, accompagnements: AccompagnementsSchema } satisfies SectionSchemas;
export const SCHEMAS_SAISINE = { ...COMMON, saisine: SaisineSchema, ressources: RessourcesSchema } satisfies SectionSchemas;
/** The France Services sites: the programmes (theirs is one), and what finds a commune and its EPCI. */
export const SCHEMAS_FRANCE_SERVICES = PROGRAMMES;
