/**
 * The feed's fibre and CRTE sections. Three measures, kept apart because they are not the same
 * thing and must never be divided one by the other:
 *
 * - `zones`: the fiche's own table (locaux to deploy and raccordables per zone, AMII / RIP), which
 *   only a printed fiche gives;
 * - `deploiement`: Arcep's deployment observatory, locaux *raccordables* to FttH per quarter,
 *   with Arcep's estimate of all the locaux and the date of that estimate;
 * - `eligibilite`: Arcep's statistics of the locaux *éligibles* per technology, for the
 *   département and for each of its communes.
 *
 * Shares are never stored: `fibre.ts` computes them, each within one measure.
 */
import * as v from 'valibot';
import { whole } from './prune.js';
import { attendu, recu } from './messages.js';
import { codeInsee, compte, d, dateIso, nombre, objet, texte } from './schema-base.js';
import { ChiffreSchema, SourceSchema } from './schema-source.js';

/** A zone cannot have more locaux raccordables than locaux to deploy: its share would pass 100 %. */
export function zoneCoherente(zone: { zone: string; locauxADeployer: number; locauxRaccordables: number }): boolean {
  return zone.locauxRaccordables <= zone.locauxADeployer;
}

export const ZoneFibreSchema = v.pipe(
  objet({
    zone: v.pipe(
      v.string(),
      v.minLength(1),
      v.description(d('Zone de déploiement : « AMII », « RIP », « AMEL », « ZTD »…')),
    ),
    locauxADeployer: compte(d('Total des locaux à déployer en FttH dans la zone. Nombre entier, de 0 à 1 000 000 000.')),
    locauxRaccordables: compte(d('Locaux raccordables en FttH à date dans la zone, au plus autant que de locaux à déployer. Nombre entier, de 0 à 1 000 000 000.')),
  }),
  v.check(zoneCoherente, (issue) => `plus de locaux raccordables que de locaux à déployer dans la zone ${recu(issue.input.zone)}`),
);

/** A quarter, as Arcep's observatory names them: « 2021-T1 » is January to March 2021. */
export const TRIMESTRE = /^\d{4}-T[1-4]$/;

export const TrimestreFibreSchema = objet({
  trimestre: v.pipe(
    v.string(),
    v.regex(TRIMESTRE, attendu('trimestre attendu (« 2021-T1 »)')),
    v.description(d('Le trimestre, « 2021-T1 » pour janvier à mars 2021.')),
  ),
  locauxRaccordables: compte(d('Locaux raccordables en FttH à la fin du trimestre. Nombre entier, de 0 à 1 000 000 000.')),
});

/** Quarters in order, each once: the chart draws them from left to right. */
export function trimestresEnOrdre<T extends { trimestre: string }>(trimestres: T[]): boolean {
  return trimestres.every((t, i) => i === 0 || trimestres[i - 1]!.trimestre < t.trimestre);
}

export const DeploiementFibreSchema = objet({
  trimestres: v.pipe(
    v.array(TrimestreFibreSchema),
    v.minLength(1),
    v.check(trimestresEnOrdre, attendu('trimestres dans l’ordre, chacun une fois')),
    v.description(d('Les locaux raccordables à la fibre (FttH) trimestre après trimestre, du plus ancien au plus récent.')),
  ),
  estimationLocaux: v.optional(
    objet({
      valeur: v.pipe(nombre(d('Estimation du nombre de locaux du territoire, telle que la source la donne (elle peut avoir des décimales).')), v.minValue(0)),
      date: dateIso,
    }),
  ),
  definition: v.optional(texte(d('Ce que compte un local raccordable, en mots simples.'))),
  source: SourceSchema,
});

/**
 * The technologies of Arcep's eligibility statistics, in the order the source gives them. A
 * local may be eligible to several: their shares do not add up to 100 %.
 */
export const TECHNOLOGIES = ['fibre', 'cable', 'dsl', 'thdRadio', '4gFixe', 'hdRadio', 'satellite'] as const;
export type Technologie = (typeof TECHNOLOGIES)[number];

const eligibles = /* @__NO_SIDE_EFFECTS__ */ (description: string) => v.optional(compte(description));

/** No technology can have more eligible locaux than the territory has locaux. */
export function eligibiliteCoherente(c: { locaux: number } & Partial<Record<Technologie, number>>): boolean {
  return TECHNOLOGIES.every((t) => (c[t] ?? 0) <= c.locaux);
}

/**
 * The locaux of a territory and, per technology, how many are eligible (absent: none). The
 * descriptions come whole, as literals: the browser builds drop them (`d`), dist/data.js keeps them.
 */
const comptesEligibilite = /* @__NO_SIDE_EFFECTS__ */ (locaux: string, parTechnologie: string) =>
  v.pipe(
    // Written out rather than built from TECHNOLOGIES: a computed object would keep the schema in
    // every bundle, even in the elements that never read the fibre.
    objet({
      locaux: compte(locaux),
      fibre: eligibles(parTechnologie),
      cable: eligibles(parTechnologie),
      dsl: eligibles(parTechnologie),
      thdRadio: eligibles(parTechnologie),
      '4gFixe': eligibles(parTechnologie),
      hdRadio: eligibles(parTechnologie),
      satellite: eligibles(parTechnologie),
    }),
    v.check(eligibiliteCoherente, attendu('au plus autant de locaux éligibles que de locaux')),
  );

const colonne = /* @__NO_SIDE_EFFECTS__ */ () =>
  v.optional(
    v.array(compte(d('Locaux de la commune éligibles à cette technologie, dans l’ordre des codes. Nombre entier, de 0 à 1 000 000 000.'))),
  );

/** Every column as long as the codes, and no commune with more eligible locaux than locaux. */
export function colonnesAlignees(t: { codes: string[]; locaux: number[] } & Partial<Record<Technologie, number[] | undefined>>): boolean {
  return (
    t.locaux.length === t.codes.length &&
    TECHNOLOGIES.every((tech) => {
      const colonne = t[tech];
      return colonne === undefined || (colonne.length === t.codes.length && colonne.every((n, i) => n <= t.locaux[i]!));
    })
  );
}

/**
 * The communes as a table of columns, one value per commune in the order of `codes`: read by
 * every commune's page, it is the largest part of a feed, and columns of like numbers compress
 * to about half of one object per commune. All or nothing (`whole`): a value left out alone
 * would shift its column onto the wrong communes.
 */
export const EligibiliteCommunesSchema = whole(
  v.pipe(
    objet({
      codes: v.pipe(
        v.array(codeInsee),
        v.description(d('Les communes, par leur code INSEE ; Paris, Lyon et Marseille en entier (75056, 69123, 13055).')),
      ),
      locaux: v.array(compte(d('Nombre de locaux de la commune, dans l’ordre des codes. Nombre entier, de 0 à 1 000 000 000.'))),
      fibre: colonne(),
      cable: colonne(),
      dsl: colonne(),
      thdRadio: colonne(),
      '4gFixe': colonne(),
      hdRadio: colonne(),
      satellite: colonne(),
    }),
    v.check(colonnesAlignees, attendu('autant de valeurs dans chaque colonne que de codes, et au plus autant de locaux éligibles que de locaux')),
    v.description(
      d('Les communes en colonnes : `codes`, puis pour chaque commune, dans le même ordre, ses locaux et ses locaux éligibles à chaque technologie (une technologie absente : aucun).'),
    ),
  ),
);

export const EligibiliteSchema = objet({
  departement: comptesEligibilite(
    d('Nombre de locaux du département (somme de ses communes). Nombre entier, de 0 à 1 000 000 000.'),
    d('Locaux du département éligibles à cette technologie (somme de ses communes). Nombre entier, de 0 à 1 000 000 000.'),
  ),
  communes: v.optional(EligibiliteCommunesSchema),
  definition: v.optional(texte(d('Ce que veut dire « éligible », en mots simples.'))),
  source: SourceSchema,
});

/**
 * A section with none of the three measures shows nothing, as a section left out would: a check
 * here would turn one malformed measure into a lost section.
 * `source` says where the section's figures come from as a whole (the fiche's table of zones,
 * or Arcep for the generated feeds); each measure also names its own, with its own date.
 */
export const FibreSchema = objet({
  zones: v.optional(v.pipe(v.array(ZoneFibreSchema), v.minLength(1))),
  initiatives: v.optional(
    v.array(
      objet({
        porteur: texte(d('Qui déploie : « Orange », « Syndicat mixte Lozère Numérique ».')),
        zone: texte(d('La zone où il déploie.')),
        nombreCommunes: v.optional(compte(d('Nombre de communes couvertes. Nombre entier, de 0 à 1 000 000 000.'))),
        perimetre: v.optional(texte(d('Où, en toutes lettres.'))),
      }),
    ),
    [],
  ),
  financementEtat: v.optional(ChiffreSchema),
  source: SourceSchema,
  deploiement: v.optional(DeploiementFibreSchema),
  eligibilite: v.optional(EligibiliteSchema),
});

export const CrteSchema = objet({
  contrats: v.array(
      objet({
        nom: v.optional(texte(d('Nom du CRTE, quand une source le donne.'))),
        id: v.optional(texte(d('Identifiant du CRTE dans la liste de l’ANCT, par exemple « crte-76-48-1 ».'))),
        departement: v.optional(texte(d('Code du département qui porte le CRTE, quand ce n’est pas celui de la fiche.'))),
        nombreCommunes: v.optional(compte(d('Nombre de communes que réunit le CRTE, dans tous les départements. Nombre entier, de 0 à 1 000 000 000.'))),
        communes: v.optional(v.pipe(v.array(codeInsee), v.description(d('Les communes du département qui en font partie.')))),
      }),
  ),
  accompagnesParAnct: v.optional(compte(d('Nombre de CRTE accompagnés par l’ANCT. Nombre entier, de 0 à 1 000 000 000.'))),
  source: v.optional(SourceSchema),
});
