/**
 * The feed format, version 1: the single source of truth.
 *
 * The TypeScript types (`v.InferOutput`), the validation (`validate.ts`) and the published
 * JSON Schema (`dist/fiche.schema.json`, exported at build time) all come from the schemas
 * below, so they cannot drift apart. Every schema carries a French `description`: it is what a
 * feed author reads in the JSON Schema.
 *
 * Shape of the format (see DESIGN.md): French camelCase keys, communes by INSEE code (COG),
 * groupements by SIREN. Shares and totals are never stored: selectors compute them. Unknown
 * keys are accepted (a newer feed still renders in an older widget); an unknown `version` is not.
 */
import * as v from 'valibot';
import { attendu } from './messages.js';
import { CODE_INSEE, IDENTIFIANT, codeInsee, dateIso, lien, millesime, nombre, positif, siren, texte } from './schema-base.js';
import { AnciensCodesSchema, ArrondissementsSchema, ChangementsEpciSchema } from './schema-codes.js';

export { CODE_INSEE } from './schema-base.js';

export const SourceSchema = v.pipe(
  v.object({
    libelle: texte('Nom de la source, tel qu’un lecteur le lit.'),
    date: v.optional(dateIso),
    url: v.optional(lien),
  }),
  v.description('D’où viennent les chiffres, et de quand.'),
);

export const TerritoireSchema = v.object({
  type: v.pipe(v.picklist(['departement']), v.description('Type de territoire.')),
  code: v.pipe(
    v.string(),
    v.regex(/^(?:\d{2}|2[AB]|97\d)$/, attendu('code de département attendu (« 48 », « 2A », « 974 »)')),
    v.description('Code du département (COG), par exemple « 48 », « 2A », « 974 ».'),
  ),
  nom: texte('Nom du département.'),
  region: v.object({
    code: v.pipe(
      v.string(),
      v.regex(/^\d{2}$/, attendu('code de région à 2 chiffres attendu')),
      v.description('Code de la région (COG).'),
    ),
    nom: texte('Nom de la région.'),
  }),
  nombreCommunes: v.optional(positif('Nombre de communes du département.')),
});

/** An edition has a date, or the span of its lists' dates (the JSON Schema says it as `anyOf`). */
export function editionDatee<T extends { date?: string | undefined; periode?: object | undefined }>(edition: T): boolean {
  return edition.date !== undefined || edition.periode !== undefined;
}

export const EditionSchema = v.pipe(
  v.object({
    titre: v.optional(texte('Titre de l’édition, par exemple « Fiche territoriale de la Lozère ».')),
    editeur: v.optional(texte('Qui publie la fiche.')),
    date: v.optional(dateIso),
    periode: v.optional(
      v.pipe(
        v.object({ debut: dateIso, fin: dateIso }),
        v.description(
          'Pour une fiche faite de listes de dates différentes, à la place de `date` : la date de la plus ancienne et de la plus récente (chaque programme donne la sienne).',
        ),
      ),
    ),
    url: v.optional(lien),
  }),
  v.check(editionDatee, attendu('date ou periode attendue')),
);

export const ChiffreSchema = v.object({
  valeur: nombre('La valeur, en nombre (« 5400000 », jamais « 5,4 M€ »).'),
  unite: v.optional(
    v.pipe(v.string(), v.description('Unité : « EUR » pour les euros, « % », ou un nom d’unité.')),
  ),
  libelle: texte('Ce que compte la valeur, en minuscules : « espaces France Services ».'),
  groupe: v.optional(texte('Dispositif ou rubrique qui regroupe des chiffres, par exemple « Dispositif 4G fixe ».')),
  total: v.optional(
    v.object({
      valeur: nombre('La valeur de l’ensemble dont le chiffre fait partie (« 57 sur 546 »).'),
      perimetre: v.optional(texte('L’ensemble, par exemple « Occitanie ».')),
    }),
  ),
  source: v.optional(SourceSchema),
});

export const LieuSchema = v.object({
  nom: texte('Nom du lieu ou du bénéficiaire.'),
  commune: v.optional(codeInsee),
  epci: v.optional(siren),
  communes: v.optional(
    v.pipe(v.array(codeInsee), v.description('Communes que couvre le lieu (un territoire de plusieurs communes).')),
  ),
  arrondissement: v.optional(
    v.pipe(codeInsee, v.description('Arrondissement municipal (Paris, Lyon, Marseille) où se trouve le lieu, par exemple « 75101 ».')),
  ),
  groupements: v.optional(
    v.pipe(
      v.array(v.object({ siren, nom: texte('Nom du groupement.') })),
      v.description('Groupements (EPCI) qui forment le lieu, par exemple un Territoire d’industrie.'),
    ),
  ),
  adresse: v.optional(texte('Adresse postale, telle qu’elle s’affiche.')),
  telephone: v.optional(texte('Numéro de téléphone, tel qu’il s’affiche.')),
  horaires: v.optional(
    v.pipe(
      v.record(v.string(), v.string()),
      v.description('Horaires d’ouverture par jour : { "lundi": "09:00 - 12:00", … }.'),
    ),
  ),
  type: v.optional(texte('Précision sur le lieu : « Antenne », « Bus »…')),
  date: v.optional(dateIso),
});

export const ProgrammeSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(IDENTIFIANT, attendu('identifiant en minuscules et tirets attendu')),
    v.description('Identifiant stable, en minuscules et tirets : « petites-villes-de-demain ».'),
  ),
  nom: texte('Nom du programme.'),
  axe: v.pipe(
    v.string(),
    v.regex(IDENTIFIANT, attendu('identifiant d’axe en minuscules et tirets attendu')),
    v.description('Axe de la fiche : « territoires-et-ruralites », « numerique »…'),
  ),
  description: v.optional(texte('Texte qui accompagne le programme dans la fiche.')),
  chiffres: v.optional(v.array(ChiffreSchema), []),
  lieux: v.optional(v.array(LieuSchema), []),
  contrats: v.optional(v.array(v.object({ nom: texte('Nom du contrat.') })), []),
  url: v.optional(lien),
  source: v.optional(SourceSchema),
  cog: v.optional(
    millesime('Millésime du COG des membres des groupements : les communes qu’un EPCI comptait l’année de la liste.'),
  ),
});

export const ZoneFibreSchema = v.object({
  zone: v.pipe(
    v.string(),
    v.minLength(1),
    v.description('Zone de déploiement : « AMII », « RIP », « AMEL », « ZTD »…'),
  ),
  locauxADeployer: positif('Total des locaux à déployer en FttH dans la zone.'),
  locauxRaccordables: positif('Locaux raccordables en FttH à date dans la zone.'),
});

export const FibreSchema = v.object({
  zones: v.pipe(v.array(ZoneFibreSchema), v.minLength(1)),
  initiatives: v.optional(
    v.array(
      v.object({
        porteur: texte('Qui déploie : « Orange », « Syndicat mixte Lozère Numérique ».'),
        zone: texte('La zone où il déploie.'),
        nombreCommunes: v.optional(positif('Nombre de communes couvertes.')),
        perimetre: v.optional(texte('Où, en toutes lettres.')),
      }),
    ),
    [],
  ),
  financementEtat: v.optional(ChiffreSchema),
  source: SourceSchema,
});

export const CrteSchema = v.object({
  contrats: v.array(v.object({ nom: texte('Nom du CRTE.') })),
  accompagnesParAnct: v.optional(positif('Nombre de CRTE accompagnés par l’ANCT.')),
  source: v.optional(SourceSchema),
});

export const AccompagnementSchema = v.object({
  porteur: texte('Porteur du projet.'),
  commune: v.optional(codeInsee),
  nature: texte('Nature du projet.'),
  projet: texte('Nom du projet.'),
  accompagnement: texte('Nature de l’accompagnement.'),
});

const etapeSaisine = (description: string) => v.optional(texte(description));

/** The département's additions to the national "Comment saisir l'ANCT ?" flow, built in. */
export const SaisineSchema = v.object({
  contact: v.optional(
    v.object({
      nom: v.optional(texte('Nom du délégué territorial ou du service.')),
      role: v.optional(texte('Fonction, par exemple « Délégué territorial adjoint de l’ANCT ».')),
      email: v.optional(
        v.pipe(v.string(), v.email(attendu('adresse électronique attendue')), v.description('Adresse électronique.')),
      ),
      telephone: v.optional(texte('Numéro de téléphone, tel qu’il s’affiche.')),
      url: v.optional(lien),
    }),
  ),
  elu: etapeSaisine('Remplace « Élu local », première étape du parcours.'),
  prefet: etapeSaisine('Remplace « Préfet, délégué territorial de l’ANCT ».'),
  chemins: v.optional(
    v.pipe(
      v.array(
        v.object({
          condition: texte('Quand ce chemin s’applique : « Le projet est complexe ».'),
          action: texte('Ce que fait l’Agence dans ce cas.'),
        }),
      ),
      v.minLength(1),
      v.description('Remplace les trois chemins nationaux (projet complexe, programme national, contrat).'),
    ),
  ),
  miseEnOeuvre: etapeSaisine('Remplace « Mise en œuvre locale », dernière étape.'),
});

export const RessourceSchema = v.object({
  libelle: texte('Texte du lien.'),
  url: lien,
  description: v.optional(texte('Ce que l’on y trouve.')),
});

/** The sections of a feed, each validated on its own so one broken section hides no other. */
export const SECTIONS = {
  territoire: TerritoireSchema,
  edition: EditionSchema,
  programmes: v.array(ProgrammeSchema),
  fibre: FibreSchema,
  crte: CrteSchema,
  accompagnements: v.array(AccompagnementSchema),
  saisine: SaisineSchema,
  ressources: v.array(RessourceSchema),
  communes: v.pipe(
    v.record(v.pipe(v.string(), v.regex(CODE_INSEE, attendu('code INSEE attendu comme clé'))), texte('Nom de la commune.')),
    v.description('Les communes du territoire, code INSEE → nom (COG), pour la vue par commune.'),
  ),
  cog: millesime('Millésime du COG des codes et des noms du feed.'),
  arrondissements: ArrondissementsSchema,
  anciensCodes: AnciensCodesSchema,
  changementsEpci: ChangementsEpciSchema,
} as const;

export type SectionName = keyof typeof SECTIONS;

/** Sections a feed must have; every other one may be left out. */
export const REQUIRED_SECTIONS: readonly SectionName[] = ['territoire', 'edition'];

/** The whole feed, as published in the JSON Schema. */
export const FicheSchema = v.pipe(
  v.object({
    $schema: v.optional(v.string()),
    version: v.pipe(v.literal(1), v.description('Version du format de feed. Seule la version 1 existe.')),
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
  }),
  v.title('Fiche territoriale ANCT (feed anct-widgets, version 1)'),
  v.description(
    'Une fiche territoriale de l’ANCT pour un département : programmes, fibre, CRTE, accompagnements, saisine, ressources.',
  ),
);

export type Fiche = v.InferOutput<typeof FicheSchema>;
export type Territoire = v.InferOutput<typeof TerritoireSchema>;
export type Edition = v.InferOutput<typeof EditionSchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;
export type Chiffre = v.InferOutput<typeof ChiffreSchema>;
export type Lieu = v.InferOutput<typeof LieuSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Fibre = v.InferOutput<typeof FibreSchema>;
export type ZoneFibre = v.InferOutput<typeof ZoneFibreSchema>;
export type Crte = v.InferOutput<typeof CrteSchema>;
export type Accompagnement = v.InferOutput<typeof AccompagnementSchema>;
export type Saisine = v.InferOutput<typeof SaisineSchema>;
export type Ressource = v.InferOutput<typeof RessourceSchema>;
