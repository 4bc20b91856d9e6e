// The open-data sources of the generated feeds (data/sources/, see PROVENANCE.md there), and
// what each becomes in a feed: programme id, name, axe, the label of its count, its source.
//
// `compte`: the label of the count, singular and plural. `compteCommunes`: the count is of
// distinct communes, not of places. `lieuEstCommune`: each place is its communes, so it takes
// their COG names. `cog`: the COG vintage of the groupements' members (the year the list was
// made). `parTerritoire`: the list repeats a territory under several ids; a place is a territory.
// Each source is cited as a resident reads it (`libelle`: who publishes which list); its
// `provenance`, which no element shows, names the repository, file and commit it was taken from,
// for the curious and the recount; `date` is the list's own
// date where its publisher gives one — for superposeur-anct, the date in the name of the input
// list that the publisher's script of that commit reads (data/projet/*.R: « liste-ti-20240704 »,
// « grpt2023 » for its groupements' COG) — else the date the publisher committed that version of
// the file, and then the provenance says so. Nothing here is a figure: figures are counted from the rows.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const DOSSIER = new URL('../../data/sources/', import.meta.url);

export function lireCsv(fichier) {
  return parse(readFileSync(new URL(fichier, DOSSIER)), { columns: true, skip_empty_lines: true, bom: true });
}

const depot = (fichier, commit) => `anct-carto/superposeur-anct, data/geom/geojsonV2/${fichier} @ ${commit}`;
const versionDu = (jour) => `la liste n’est pas datée : date de la version publiée dans le dépôt, ${jour}`;
const scriptDe = (commit) => `date de la liste lue par le script de l’éditeur à ${commit}`;

/** Programmes whose rows name communes (programmes-communes.csv), by their `programme` column. */
export const PROGRAMMES_COMMUNES = {
  ACV: {
    compteCommunes: true,
    lieuEstCommune: true,
    id: 'action-coeur-de-ville',
    nom: 'Action cœur de ville',
    axe: 'territoires-et-ruralites',
    compte: ['commune bénéficiaire', 'communes bénéficiaires'],
    source: {
      libelle: 'ANCT, liste des villes Action cœur de ville',
      provenance: `${depot('acv_geom.geojson', '5c5ffe3')} ; ${scriptDe('5c5ffe3')}`,
      date: '2024-09-05',
    },
  },
  ACV2_entrees_de_ville: {
    compteCommunes: true,
    lieuEstCommune: true,
    id: 'action-coeur-de-ville-entrees-de-ville',
    nom: 'Action cœur de ville : entrées de ville',
    axe: 'territoires-et-ruralites',
    compte: ['commune lauréate', 'communes lauréates'],
    source: {
      libelle: 'ANCT, liste des lauréats « entrées de ville » d’Action cœur de ville',
      provenance: `${depot('acv2_geom.geojson', 'b187dd0')} ; ${scriptDe('b187dd0')}`,
      date: '2023-09-22',
    },
  },
  PVD: {
    compteCommunes: true,
    lieuEstCommune: true,
    id: 'petites-villes-de-demain',
    nom: 'Petites villes de demain',
    axe: 'territoires-et-ruralites',
    compte: ['commune bénéficiaire', 'communes bénéficiaires'],
    source: {
      libelle: 'ANCT, liste des Petites villes de demain',
      provenance: `${depot('pvd_geom.geojson', '5c5ffe3')} ; ${scriptDe('5c5ffe3')}`,
      date: '2024-08-07',
    },
  },
  Villages_d_avenir: {
    compteCommunes: true,
    lieuEstCommune: true,
    id: 'villages-d-avenir',
    nom: 'Villages d’avenir',
    axe: 'territoires-et-ruralites',
    compte: ['commune accompagnée', 'communes accompagnées'],
    source: {
      libelle: 'ANCT, liste des Villages d’avenir',
      provenance: `${depot('va_geom.geojson', '5c5ffe3')} ; ${scriptDe('5c5ffe3')}`,
      date: '2024-09-05',
    },
  },
  Fabriques_de_territoire: {
    id: 'fabriques-de-territoire',
    nom: 'Fabriques de territoire',
    axe: 'numerique',
    compte: ['fabrique de territoire (tiers-lieu)', 'fabriques de territoire (tiers-lieux)'],
    source: {
      libelle: 'ANCT, liste des Fabriques de territoire',
      provenance: `${depot('fabt_geom.geojson', 'ef752b9')} ; le script de l’éditeur lit « data_fabrique_territoires_01_24 »`,
      date: '2024-01',
    },
  },
  Manufactures_de_proximite: {
    id: 'manufactures-de-proximite',
    nom: 'Manufactures de proximité',
    axe: 'numerique',
    compte: ['manufacture de proximité', 'manufactures de proximité'],
    source: {
      libelle: 'ANCT, liste des Manufactures de proximité',
      provenance: `${depot('manuprox_geom.geojson', '02b4838')} ; ${versionDu('5 mars 2024')}`,
      date: '2024-03-05',
    },
  },
  Cites_educatives: {
    id: 'cites-educatives',
    nom: 'Cités éducatives',
    axe: 'politique-de-la-ville',
    compte: ['cité éducative', 'cités éducatives'],
    source: {
      libelle: 'ANCT, liste des Cités éducatives',
      provenance: `${depot('citeduc_geom.geojson', 'd1bfea9')} ; ${scriptDe('d1bfea9')}`,
      date: '2023-08-17',
    },
  },
  Cites_de_l_emploi: {
    id: 'cites-de-l-emploi',
    nom: 'Cités de l’emploi',
    axe: 'politique-de-la-ville',
    compte: ['cité de l’emploi', 'cités de l’emploi'],
    source: {
      libelle: 'ANCT, liste des Cités de l’emploi',
      provenance: `${depot('cde_geom.geojson', 'd1bfea9')} ; ${scriptDe('d1bfea9')}`,
      date: '2023-11-08',
    },
  },
};

/**
 * Programmes whose rows name groupements (programmes-epci.csv). `Territoires_d_industrie_V2_datagouv`
 * (an older generation of the list) and the `_V2` variants are left out: the 2024 lists stand.
 */
export const PROGRAMMES_EPCI = {
  Territoires_d_industrie_2024: {
    id: 'territoires-d-industrie',
    nom: 'Territoires d’industrie',
    axe: 'territoires-et-ruralites',
    cog: 2023,
    compte: ['territoire d’industrie', 'territoires d’industrie'],
    source: {
      libelle: 'ANCT, liste des Territoires d’industrie',
      provenance: `${depot('ti_geom.geojson', '5c5ffe3')} ; ${scriptDe('5c5ffe3')}, groupements au COG 2023`,
      date: '2024-07-04',
    },
  },
  Avenir_montagnes_ingenierie: {
    id: 'avenir-montagnes-ingenierie',
    nom: 'Avenir Montagnes Ingénierie',
    axe: 'territoires-et-ruralites',
    cog: 2023,
    compte: ['territoire accompagné', 'territoires accompagnés'],
    source: {
      libelle: 'ANCT, liste des territoires d’Avenir Montagnes Ingénierie',
      provenance: `${depot('ami_geom.geojson', 'b187dd0')} ; ${scriptDe('b187dd0')}, groupements au COG 2023`,
      date: '2023-08-30',
    },
  },
  Avenir_montagnes_mobilites: {
    id: 'avenir-montagnes-mobilites',
    nom: 'Avenir Montagnes Mobilités',
    axe: 'territoires-et-ruralites',
    cog: 2023,
    compte: ['projet lauréat', 'projets lauréats'],
    // Each id is a laureate project: one territory may carry two (Saint-Gervais-les-Bains).
    totalDesIds: true,
    // The programme covers a laureate's mountain communes, not every member of its groupements:
    // the ANCT's own placement of each id on communes gives them, PETR-carried laureates included.
    perimetre: { fichier: 'amm-communes-cog2023.csv', colonne: 'id_amm' },
    source: {
      libelle: 'ANCT, liste des projets lauréats d’Avenir Montagnes Mobilités et de leurs communes',
      provenance: `${depot('amm_geom.geojson', 'b187dd0')} ; ${scriptDe('b187dd0')} ; communes de chaque lauréat : périmètres des programmes de l’ANCT par commune, COG 2023 (ngeo-anct-cog2023.csv, copie de MTES-MCT/zero-logement-vacant @ c524425)`,
      date: '2023-08-10',
    },
  },
  Fabriques_prospectives: {
    id: 'fabriques-prospectives',
    nom: 'Fabriques prospectives',
    axe: 'territoires-et-ruralites',
    cog: 2024,
    compte: ['fabrique prospective', 'fabriques prospectives'],
    source: {
      libelle: 'ANCT, liste des Fabriques prospectives',
      provenance: `${depot('fabp_geom.geojson', '5c5ffe3')} ; ${scriptDe('5c5ffe3')}, groupements au COG 2024`,
      date: '2024-09-09',
    },
  },
  Territoires_d_engagement: {
    id: 'territoires-d-engagement',
    nom: 'Territoires d’engagement',
    axe: 'territoires-et-ruralites',
    // The publisher's script joins the list to its COG 2025 database (MAJ/data_admin.py).
    cog: 2025,
    parTerritoire: true,
    compte: ['territoire d’engagement', 'territoires d’engagement'],
    source: {
      libelle: 'ANCT, liste des Territoires d’engagement',
      provenance: `anct-carto/superposeur-V2, data/admin/polygone-4326_tec.geojson @ 3f2b0c0 ; ${versionDu('21 juillet 2026')}`,
      date: '2026-07-21',
    },
  },
};

export const FRANCE_SERVICES = {
  id: 'france-services',
  nom: 'France Services',
  axe: 'territoires-et-ruralites',
  compte: ['site France Services', 'sites France Services'],
  source: {
    libelle: 'ANCT, liste des structures France services',
    provenance: 'data.gouv.fr ; anct-carto/france_services, data/liste-fs-20240801.csv @ e1016fd',
    date: '2024-08-01',
  },
};

export const CONSEILLERS_NUMERIQUES = {
  id: 'conseillers-numeriques',
  nom: 'Conseillers numériques France Services',
  axe: 'numerique',
  compte: ['structure d’accueil validée en comité de sélection', 'structures d’accueil validées en comité de sélection'],
  source: {
    // The list's date is the last committee's: the citation says it once.
    libelle: 'ANCT, structures d’accueil des conseillers numériques validées en comité de sélection',
    provenance: 'anct-carto/conseillers-numeriques, data/cnfs.json @ cb97099 ; comités de sélection du 24 mars au 19 mai 2021',
    date: '2021-05-19',
  },
};

/**
 * Arcep's two fibre sources, each cited as a resident reads it, with the repository, file and
 * commit it was read from (data/sources/PROVENANCE.md). Neither links: that page knows no public
 * page of either dataset, and the consumer map is not the data. The deployment's date is Arcep's release of the
 * quarter's figures, as the 2021 fiche dates its own; the estimate is dated by its quarter.
 */
export const FIBRE = {
  source: { libelle: 'Arcep, données ouvertes sur l’internet fixe' },
  deploiement: {
    fichier: 'arcep-ftth-departements-2017t4-2022t2.csv',
    dateEstimation: '2022-06-30',
    definition:
      'Un local (logement ou local professionnel) est raccordable à la fibre quand le réseau passe assez près de lui. Il peut alors y être raccordé sur simple demande. Nombre de locaux raccordables à la fin de chaque trimestre.',
    source: {
      libelle: 'Arcep, observatoire du déploiement de la fibre, 2e trimestre 2022',
      provenance:
        'victger/Dashboard_Fibre_Optique_Python, departements_final.csv @ 222d253 ; copie de la feuille « Départements » de la publication de l’Arcep du 13 octobre 2022 (2022t2-obs-hd-thd-deploiement-vf.xlsx)',
      date: '2022-10-13',
    },
  },
  eligibilite: {
    fichier: 'arcep-mci-techno-internet-communes-2024.csv',
    definition: 'Un local est éligible à une technologie quand on peut y souscrire une offre d’accès à internet qui l’utilise.',
    source: {
      libelle: 'Arcep, Ma connexion internet, statistiques par commune',
      provenance: 'ThibautNguyen/carte-fibre-france, data/fibre_data.csv @ b553ecd ; la source ne date ses chiffres que de l’année',
      date: '2024',
    },
  },
};

/**
 * The CRTE of each commune. The source names no CRTE: only Lozère's three are named, by the 2021
 * fiche, each matched to its id through the communautés de communes it covers (PROVENANCE.md);
 * `communesDansLeDepartement` is the count that matching rests on, checked at every build.
 */
export const CRTE = {
  fichier: 'crte-communes-cog2023.csv',
  source: {
    libelle: 'ANCT, périmètres des CRTE',
    provenance:
      'MTES-MCT/zero-logement-vacant, analytics/dbt/seeds/ngeo-anct-cog2023.csv @ c524425 : copie du fichier de l’ANCT des programmes par commune, communes au 1er janvier 2023',
    date: '2023',
  },
  noms: {
    'crte-76-48-1': { nom: 'Pays du Gévaudan', departement: '48', communesDansLeDepartement: 64 },
    'crte-76-48-2': { nom: 'Terres de vie en Lozère', departement: '48', communesDansLeDepartement: 51 },
    'crte-76-48-3': { nom: 'Sud Lozère', departement: '48', communesDansLeDepartement: 36 },
  },
};
