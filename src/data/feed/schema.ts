/**
 * The feed format, version 1: the single source of truth.
 *
 * The TypeScript types (`v.InferOutput`), the validation (`validate.ts`) and the published
 * JSON Schema (`dist/fiche.schema.json`, exported at build time) all come from the schemas
 * below, so they cannot drift apart. Every schema carries a French `description`: it is what a
 * feed author reads in the JSON Schema.
 *
 * Shape of the format: French camelCase keys, as in the State's own APIs (geo.api.gouv.fr's
 * `code`, `nom`, `codeDepartement`), so that a feed author reads the words of the fiche; communes
 * by INSEE code (COG), groupements by SIREN, names for display only. Shares and totals are never
 * stored: selectors compute them, so a feed cannot contradict itself. Unknown keys are accepted
 * (a newer feed still renders in an older widget); an unknown `version` is not.
 */
import { CODE_TERRITOIRE } from './codes.js';
import * as v from 'valibot';
import { attendu } from './messages.js';
import { CODE_INSEE, IDENTIFIANT, codeInsee, compte, d, dateIso, lien, millesime, objet, siren, texte } from './schema-base.js';
import { AnciensCodesSchema, ArrondissementsSchema, ChangementsEpciSchema, IntercommunalitesSchema } from './schema-codes.js';
import { CHAMPS_SITE } from './schema-site.js';
import { ChiffreSchema, SourceSchema } from './schema-source.js';
import type { DeploiementFibreSchema, EligibiliteSchema, ZoneFibreSchema } from './schema-fibre.js';
import { CrteSchema, FibreSchema } from './schema-fibre.js';

export { ChiffreSchema, SourceSchema } from './schema-source.js';
export {
  CrteSchema,
  DeploiementFibreSchema,
  EligibiliteSchema,
  FibreSchema,
  TECHNOLOGIES,
  TRIMESTRE,
  ZoneFibreSchema,
  colonnesAlignees,
  eligibiliteCoherente,
  trimestresEnOrdre,
  zoneCoherente,
} from './schema-fibre.js';
export type { Technologie } from './schema-fibre.js';


export const TerritoireSchema = objet({
  type: v.pipe(v.picklist(['departement']), v.description(d('Type de territoire.'))),
  code: v.pipe(
    v.string(),
    v.regex(CODE_TERRITOIRE, attendu('code de département attendu (« 48 », « 2A », « 974 »)')),
    v.description(d('Code du département (COG), par exemple « 48 », « 2A », « 974 » ; ou de Saint-Pierre-et-Miquelon (975), Saint-Barthélemy (977), Saint-Martin (978).')),
  ),
  nom: texte(d('Nom du département.')),
  region: objet({
    code: v.pipe(
      v.string(),
      v.regex(/^\d{2}$/, attendu('code de région à 2 chiffres attendu')),
      v.description(d('Code de la région (COG).')),
    ),
    nom: texte(d('Nom de la région.')),
  }),
  nombreCommunes: v.optional(compte(d('Nombre de communes du département. Nombre entier, de 0 à 1 000 000 000.'))),
});

/** An edition has a date, or the span of its lists' dates (the JSON Schema says it as `anyOf`). */
export function editionDatee<T extends { date?: string | undefined; periode?: object | undefined }>(edition: T): boolean {
  return edition.date !== undefined || edition.periode !== undefined;
}

export const EditionSchema = v.pipe(
  objet({
    titre: v.optional(texte(d('Titre de l’édition, par exemple « Fiche territoriale de la Lozère ».'))),
    editeur: v.optional(texte(d('Qui publie la fiche.'))),
    date: v.optional(dateIso),
    periode: v.optional(
      v.pipe(
        objet({ debut: dateIso, fin: dateIso }),
        v.description(d('Pour une fiche faite de listes de dates différentes, à la place de `date` : la date de la plus ancienne et de la plus récente (chaque programme donne la sienne).')),
      ),
    ),
    url: v.optional(lien),
  }),
  v.check(editionDatee, attendu('date ou periode attendue')),
);

export const LieuSchema = objet({
  nom: texte(d('Nom du lieu ou du bénéficiaire.')),
  commune: v.optional(codeInsee),
  epci: v.optional(siren),
  communes: v.optional(
    v.pipe(v.array(codeInsee), v.description(d('Communes que couvre le lieu (un territoire de plusieurs communes).'))),
  ),
  arrondissement: v.optional(
    v.pipe(codeInsee, v.description(d('Arrondissement municipal (Paris, Lyon, Marseille) où se trouve le lieu, par exemple « 75101 ».'))),
  ),
  groupements: v.optional(
    v.pipe(
      v.array(objet({ siren, nom: texte(d('Nom du groupement.')) })),
      v.description(d('Groupements (EPCI) qui forment le lieu, par exemple un Territoire d’industrie.')),
    ),
  ),
  adresse: v.optional(texte(d('Adresse postale, telle qu’elle s’affiche.'))),
  telephone: v.optional(texte(d('Numéro de téléphone, tel qu’il s’affiche.'))),
  horaires: v.optional(
    v.pipe(
      v.record(v.string(), v.string()),
      v.description(d('Horaires d’ouverture par jour : { "lundi": "09:00 - 12:00", … }.')),
    ),
  ),
  type: v.optional(texte(d('Précision sur le lieu : « Antenne », « Bus »…'))),
  identifiants: v.optional(
    v.pipe(
      v.array(texte(d('Identifiant dans la liste source.'))),
      v.description(d('Les identifiants du lieu dans la liste dont il vient, quand elle en donne plusieurs pour lui : pour les vérifications, aucun élément ne les affiche.')),
    ),
  ),
  date: v.optional(dateIso),
  ...CHAMPS_SITE,
});

export const ProgrammeSchema = objet({
  id: v.pipe(
    v.string(),
    v.regex(IDENTIFIANT, attendu('identifiant en minuscules et tirets attendu')),
    v.description(d('Identifiant stable, en minuscules et tirets : « petites-villes-de-demain ».')),
  ),
  nom: texte(d('Nom du programme.')),
  axe: v.pipe(
    v.string(),
    v.regex(IDENTIFIANT, attendu('identifiant d’axe en minuscules et tirets attendu')),
    v.description(d('Axe de la fiche : « territoires-et-ruralites », « numerique »…')),
  ),
  description: v.optional(texte(d('Texte qui accompagne le programme dans la fiche.'))),
  chiffres: v.optional(v.array(ChiffreSchema), []),
  lieux: v.optional(v.array(LieuSchema), []),
  contrats: v.optional(v.array(objet({ nom: texte(d('Nom du contrat.')) })), []),
  url: v.optional(lien),
  source: v.optional(SourceSchema),
  cog: v.optional(
    millesime(d('Millésime du COG des membres des groupements : les communes qu’un EPCI comptait l’année de la liste.')),
  ),
});

export const AccompagnementSchema = objet({
  porteur: texte(d('Porteur du projet.')),
  commune: v.optional(codeInsee),
  nature: texte(d('Nature du projet.')),
  projet: texte(d('Nom du projet.')),
  accompagnement: texte(d('Nature de l’accompagnement.')),
});

const etapeSaisine = (description: string) => v.optional(texte(description));

/** The département's additions to the national "Comment saisir l'ANCT ?" flow, built in. */
export const SaisineSchema = objet({
  contact: v.optional(
    objet({
      nom: v.optional(texte(d('Nom du délégué territorial ou du service.'))),
      role: v.optional(texte(d('Fonction, par exemple « Délégué territorial adjoint de l’ANCT ».'))),
      email: v.optional(
        v.pipe(v.string(), v.email(attendu('adresse électronique attendue')), v.description(d('Adresse électronique.'))),
      ),
      telephone: v.optional(texte(d('Numéro de téléphone, tel qu’il s’affiche.'))),
      url: v.optional(lien),
    }),
  ),
  elu: etapeSaisine(d('Remplace « Élu local », première étape du parcours.')),
  prefet: etapeSaisine(d('Remplace « Préfet, délégué territorial de l’ANCT ».')),
  chemins: v.optional(
    v.pipe(
      v.array(
        objet({
          condition: texte(d('Quand ce chemin s’applique : « Le projet est complexe ».')),
          action: texte(d('Ce que fait l’Agence dans ce cas.')),
        }),
      ),
      v.minLength(1),
      v.description(d('Remplace les trois chemins nationaux (projet complexe, programme national, contrat).')),
    ),
  ),
  miseEnOeuvre: etapeSaisine(d('Remplace « Mise en œuvre locale », dernière étape.')),
});

export const RessourceSchema = objet({
  libelle: texte(d('Texte du lien.')),
  url: lien,
  description: v.optional(texte(d('Ce que l’on y trouve.'))),
});

/** The sections of a feed, each validated on its own so one broken section hides no other. */
export const ProgrammesSchema = v.array(ProgrammeSchema);
export const AccompagnementsSchema = v.array(AccompagnementSchema);
export const RessourcesSchema = v.array(RessourceSchema);
export const CommunesSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(CODE_INSEE, attendu('code INSEE attendu comme clé'))), texte(d('Nom de la commune.'))),
  v.description(d('Les communes du territoire, code INSEE → nom (COG), pour la vue par commune.')),
);
export const CogSchema = millesime(d('Millésime du COG des codes et des noms du feed.'));

/**
 * The sections of a feed, each validated on its own so one broken section hides no other. An
 * element validates only the sections it shows (`SectionSchemas`), from the named schemas above:
 * a page's bundle then carries no schema it does not use.
 */
export const SECTIONS = {
  territoire: TerritoireSchema,
  edition: EditionSchema,
  programmes: ProgrammesSchema,
  fibre: FibreSchema,
  crte: CrteSchema,
  accompagnements: AccompagnementsSchema,
  saisine: SaisineSchema,
  ressources: RessourcesSchema,
  communes: CommunesSchema,
  cog: CogSchema,
  arrondissements: ArrondissementsSchema,
  anciensCodes: AnciensCodesSchema,
  changementsEpci: ChangementsEpciSchema,
  intercommunalites: IntercommunalitesSchema,
} as const;

/** Some sections of a feed, by name, with their schemas. */
export type SectionSchemas = Partial<typeof SECTIONS>;

export type SectionName = keyof typeof SECTIONS;

/** Sections a feed must have; every other one may be left out. */
export const REQUIRED_SECTIONS: readonly SectionName[] = ['territoire', 'edition'];

/** The whole feed, as published in the JSON Schema. */
export const FeedSchema = v.pipe(
  objet({
    $schema: v.optional(v.string()),
    version: v.pipe(v.literal(1), v.description(d('Version du format de feed. Seule la version 1 existe.'))),
    territoire: SECTIONS.territoire,
    edition: SECTIONS.edition,
    programmes: v.optional(SECTIONS.programmes),
    fibre: v.optional(SECTIONS.fibre),
    crte: v.optional(SECTIONS.crte),
    accompagnements: v.optional(SECTIONS.accompagnements),
    saisine: v.optional(SECTIONS.saisine),
    ressources: v.optional(SECTIONS.ressources),
    communes: v.optional(SECTIONS.communes),
    cog: v.optional(SECTIONS.cog),
    arrondissements: v.optional(SECTIONS.arrondissements),
    anciensCodes: v.optional(SECTIONS.anciensCodes),
    changementsEpci: v.optional(SECTIONS.changementsEpci),
    intercommunalites: v.optional(SECTIONS.intercommunalites),
  }),
  v.title('Fiche territoriale ANCT (feed anct-widgets, version 1)'),
  v.description(d('Une fiche territoriale de l’ANCT pour un département : programmes, fibre, CRTE, accompagnements, saisine, ressources.')),
);

export type CompleteFeed = v.InferOutput<typeof FeedSchema>;
export type Territoire = v.InferOutput<typeof TerritoireSchema>;
export type Edition = v.InferOutput<typeof EditionSchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;
export type Chiffre = v.InferOutput<typeof ChiffreSchema>;
export type Lieu = v.InferOutput<typeof LieuSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Fibre = v.InferOutput<typeof FibreSchema>;
export type ZoneFibre = v.InferOutput<typeof ZoneFibreSchema>;
export type DeploiementFibre = v.InferOutput<typeof DeploiementFibreSchema>;
export type EligibiliteFibre = v.InferOutput<typeof EligibiliteSchema>;
export type Crte = v.InferOutput<typeof CrteSchema>;
export type Accompagnement = v.InferOutput<typeof AccompagnementSchema>;
export type Saisine = v.InferOutput<typeof SaisineSchema>;
export type Ressource = v.InferOutput<typeof RessourceSchema>;
