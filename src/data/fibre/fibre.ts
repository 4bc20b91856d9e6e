/**
 * The fibre table's figures, computed from the zones: shares are never stored in a feed.
 *
 * Two shares per row, as the fiche prints them: the zone's part of all the locaux to deploy
 * ("Zone AMII 10 500 (15 %)") and, within the zone, the part already raccordable
 * ("6 700 (64 %)"). The total row adds the zones up.
 */
import { comptesDeCommune } from './eligibilite-communes.js';
import { ownEntry } from '../feed/own-entry.js';
import { avecAncienCode, resoudreCode, type CodeSansCommune } from '../programmes/programmes.js';
import { TECHNOLOGIES, type DeploiementFibre, type EligibiliteFibre, type Fibre, type Source, type Technologie } from '../feed/schema.js';
import { lignesCsvSources, sourcesDistinctes } from '../text/sources-citees.js';
import type { Feed } from '../feed/validate.js';

export interface LigneFibre {
  zone: string;
  locauxADeployer: number;
  /** Share of the département's locaux to deploy that lie in this zone, 0–1; `NaN` without a total. */
  partDesLocaux: number;
  locauxRaccordables: number;
  /** Share of this zone's locaux that are raccordable, 0–1; `NaN` when the zone has none to deploy. */
  partRaccordables: number;
}

export interface TableauFibre {
  zones: LigneFibre[];
  total: LigneFibre;
}

const part = (n: number, sur: number) => (sur > 0 ? n / sur : Number.NaN);

export function tableauFibre(fibre: { zones: NonNullable<Fibre['zones']> }): TableauFibre {
  const locauxADeployer = fibre.zones.reduce((sum, z) => sum + z.locauxADeployer, 0);
  const locauxRaccordables = fibre.zones.reduce((sum, z) => sum + z.locauxRaccordables, 0);
  return {
    zones: fibre.zones.map((z) => ({
      zone: z.zone,
      locauxADeployer: z.locauxADeployer,
      partDesLocaux: part(z.locauxADeployer, locauxADeployer),
      locauxRaccordables: z.locauxRaccordables,
      partRaccordables: part(z.locauxRaccordables, z.locauxADeployer),
    })),
    total: {
      zone: 'TOTAL',
      locauxADeployer,
      partDesLocaux: part(locauxADeployer, locauxADeployer),
      locauxRaccordables,
      partRaccordables: part(locauxRaccordables, locauxADeployer),
    },
  };
}

/** The fibre table as CSV rows: counts as numbers, shares in percent with one decimal; its sources below. */
export function lignesCsvFibre(tableau: TableauFibre, sources: readonly (Source | undefined)[] = []): (string | number)[][] {
  const pourcent = (part: number) => (Number.isNaN(part) ? '' : Math.round(part * 1000) / 10);
  const lignes = [
    [
      'Zone',
      'Total des locaux à déployer en FttH',
      'Part des locaux du territoire (%)',
      'Locaux raccordables en FttH à date',
      'Part des locaux de la zone raccordables (%)',
    ],
    ...[...tableau.zones, tableau.total].map((l) => [
      l.zone,
      l.locauxADeployer,
      pourcent(l.partDesLocaux),
      l.locauxRaccordables,
      pourcent(l.partRaccordables),
    ]),
  ];
  return [...lignes, ...lignesCsvSources(sources, lignes[0]!.length)];
}

/*
 * The measures of the generated feeds. Each share is taken within one measure: raccordables
 * (Arcep's deployment observatory) against that observatory's own estimate of the locaux,
 * éligibles (Arcep's 2024 statistics) against the locaux of those statistics; never one over
 * the other, which are counted at different dates by different methods.
 */

export type ComptesEligibilite = EligibiliteFibre['departement'];

const MOIS_DE_FIN = ['mars', 'juin', 'septembre', 'décembre'];

/** "2022-T2" → "fin juin 2022": the observatory counts at the end of each quarter. */
export function finDeTrimestre(trimestre: string): string {
  const [annee, t] = trimestre.split('-T');
  return `fin ${MOIS_DE_FIN[Number(t) - 1] ?? ''} ${annee}`.replace('  ', ' ');
}

/** "2022-T2" → "2e trimestre 2022", "2018-T1" → "1er trimestre 2018": a table's row header. */
export function libelleTrimestre(trimestre: string): string {
  const [annee, t] = trimestre.split('-T');
  return `${t === '1' ? '1er' : `${t}e`} trimestre ${annee}`;
}

/** Estimates are rounded to the hundred, as the fiche prints them ("70 000", "28 400"); counts stay exact. */
export function arrondiCentaine(valeur: number): number {
  return Math.round(valeur / 100) * 100;
}

export interface PointDeploiement {
  trimestre: string;
  locauxRaccordables: number;
}

/** The trend of the series, for one sentence: from its first point to its last. */
export interface TendanceDeploiement {
  premier: PointDeploiement;
  dernier: PointDeploiement;
  /** `hausse`, `baisse`, or `stable` when the last count equals the first. */
  sens: 'hausse' | 'baisse' | 'stable';
  /** How many times the first count the last is; `NaN` from zero. */
  facteur: number;
  /** Quarters in the series. */
  trimestres: number;
}

export interface ChiffresDeploiement {
  dernier: PointDeploiement;
  /** The observatory's estimate of all the locaux, rounded to the hundred, with its date. */
  estimation: { valeur: number; date: string } | undefined;
  /** Share of the estimate that the latest count is, 0–1; `NaN` without an estimate. */
  part: number;
  tendance: TendanceDeploiement;
}

export function chiffresDeploiement(deploiement: DeploiementFibre): ChiffresDeploiement {
  const points = deploiement.trimestres;
  const premier = points[0]!;
  const dernier = points.at(-1)!;
  const estimation = deploiement.estimationLocaux;
  return {
    dernier,
    estimation: estimation && { valeur: arrondiCentaine(estimation.valeur), date: estimation.date },
    part: estimation ? part(dernier.locauxRaccordables, estimation.valeur) : Number.NaN,
    tendance: {
      premier,
      dernier,
      sens: dernier.locauxRaccordables > premier.locauxRaccordables ? 'hausse' : dernier.locauxRaccordables < premier.locauxRaccordables ? 'baisse' : 'stable',
      facteur: part(dernier.locauxRaccordables, premier.locauxRaccordables),
      trimestres: points.length,
    },
  };
}

/**
 * Every source the fibre part cites, each once: the table of zones' (or the edition's, for its
 * financing), the deployment's, the eligibility's.
 */
export function sourcesDeLaFibre(fibre: Fibre, edition: Source | undefined): Source[] {
  const zones = fibre.zones ? [fibre.source, fibre.financementEtat?.source ?? (fibre.financementEtat && edition)] : [];
  return sourcesDistinctes([...zones, fibre.deploiement?.source, fibre.eligibilite?.source]);
}

/** The series as CSV rows: one per quarter, the count exact; its source below. */
export function lignesCsvDeploiement(deploiement: DeploiementFibre): (string | number)[][] {
  return [
    ['Trimestre', 'Locaux raccordables en FttH (fin du trimestre)'],
    ...deploiement.trimestres.map((t) => [t.trimestre, t.locauxRaccordables]),
    ...lignesCsvSources([deploiement.source], 2),
  ];
}

/** The technologies as a reader names them, in the source's order. */
export const NOMS_TECHNOLOGIES: Record<Technologie, string> = {
  fibre: 'Fibre optique (FttH)',
  cable: 'Câble',
  dsl: 'Cuivre (ADSL, VDSL)',
  thdRadio: 'Très haut débit radio',
  '4gFixe': '4G fixe',
  hdRadio: 'Haut débit radio',
  satellite: 'Satellite',
};

export interface PartTechnologie {
  technologie: Technologie;
  nom: string;
  eligibles: number;
  /** Share of the territory's locaux eligible to it, 0–1; `NaN` without locaux. */
  part: number;
}

/** Each technology's eligible locaux and share; a technology the source leaves out has none. */
export function partsEligibilite(comptes: ComptesEligibilite): PartTechnologie[] {
  return TECHNOLOGIES.map((technologie) => {
    const eligibles = comptes[technologie] ?? 0;
    return { technologie, nom: NOMS_TECHNOLOGIES[technologie], eligibles, part: part(eligibles, comptes.locaux) };
  });
}

/** What the fibre table shows of one commune: its eligibility beside the département's, or why not. */
export type VueFibreCommune =
  | CodeSansCommune
  | {
      statut: 'trouvee';
      code: string;
      nom: string;
      /** For an arrondissement: the city whose figures are shown, since the source counts whole cities. */
      ville?: { code: string; nom: string };
      /** The commune's counts (its city's for an arrondissement); undefined when the source has none. */
      comptes: ComptesEligibilite | undefined;
      notes: string[];
    };

export function fibreDeCommune(feed: Feed, code: string): VueFibreCommune {
  const resolu = resoudreCode(feed, code);
  if (resolu.statut === 'malforme' || resolu.statut === 'hors-territoire') return resolu;
  const communes = feed.fibre?.eligibilite?.communes;
  if (resolu.statut === 'arrondissement') {
    const { nom, commune } = resolu.arrondissement;
    const ville = { code: commune, nom: ownEntry(feed.communes, commune) ?? `la commune ${commune}` };
    return avecAncienCode({ statut: 'trouvee', code: resolu.code, nom, ville, comptes: comptesDeCommune(communes, commune), notes: [] }, resolu);
  }
  const comptes = comptesDeCommune(communes, resolu.code);
  const nom = ownEntry(feed.communes, resolu.code) ?? (comptes ? `la commune ${resolu.code}` : undefined);
  if (!nom) return { statut: 'inconnue', code: resolu.code };
  return avecAncienCode({ statut: 'trouvee', code: resolu.code, nom, comptes, notes: [] }, resolu);
}
