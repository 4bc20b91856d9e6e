// The open-data sources of the generated feeds (data/sources/, see PROVENANCE.md there), and
// what each becomes in a feed: programme id, name, axe, the label of its count, its source and
// date (`compte`: the label of its count, singular and plural; `compteCommunes`: the count is
// of distinct communes, not of places). Each source is a « fichier »,
// so that « publié le … » agrees with it. Dates are the lists' own where PROVENANCE.md gives them, else the version of the
// repository they were taken from; nothing here is a figure: figures are counted from the rows.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const DOSSIER = new URL('../../data/sources/', import.meta.url);

export function lireCsv(fichier) {
  return parse(readFileSync(new URL(fichier, DOSSIER)), { columns: true, skip_empty_lines: true, bom: true });
}

const SUPERPOSEUR = 'dépôt anct-carto/superposeur-anct';

/** Programmes whose rows name communes (programmes-communes.csv), by their `programme` column. */
export const PROGRAMMES_COMMUNES = {
  ACV: {
    compteCommunes: true,
    id: 'action-coeur-de-ville',
    nom: 'Action cœur de ville',
    axe: 'territoires-et-ruralites',
    compte: ['commune bénéficiaire', 'communes bénéficiaires'],
    source: { libelle: `Fichier des villes Action cœur de ville, ANCT (${SUPERPOSEUR}, acv_geom.geojson)`, date: '2024-09-05' },
  },
  ACV2_entrees_de_ville: {
    compteCommunes: true,
    id: 'action-coeur-de-ville-entrees-de-ville',
    nom: 'Action cœur de ville : entrées de ville',
    axe: 'territoires-et-ruralites',
    compte: ['commune lauréate', 'communes lauréates'],
    source: { libelle: `Fichier des lauréats « entrées de ville » d’Action cœur de ville, ANCT (${SUPERPOSEUR}, acv2_geom.geojson)`, date: '2023-09' },
  },
  PVD: {
    compteCommunes: true,
    id: 'petites-villes-de-demain',
    nom: 'Petites villes de demain',
    axe: 'territoires-et-ruralites',
    compte: ['commune bénéficiaire', 'communes bénéficiaires'],
    source: { libelle: `Fichier des communes Petites villes de demain, ANCT (${SUPERPOSEUR}, pvd_geom.geojson)`, date: '2024-08-07' },
  },
  Villages_d_avenir: {
    compteCommunes: true,
    id: 'villages-d-avenir',
    nom: 'Villages d’avenir',
    axe: 'territoires-et-ruralites',
    compte: ['commune accompagnée', 'communes accompagnées'],
    source: { libelle: `Fichier des communes Villages d’avenir, ANCT (${SUPERPOSEUR}, va_geom.geojson)`, date: '2024-09' },
  },
  Fabriques_de_territoire: {
    id: 'fabriques-de-territoire',
    nom: 'Fabriques de territoire',
    axe: 'numerique',
    compte: ['fabrique de territoire (tiers-lieu)', 'fabriques de territoire (tiers-lieux)'],
    source: { libelle: `Fichier des Fabriques de territoire, ANCT (${SUPERPOSEUR}, fabt_geom.geojson)`, date: '2024-01' },
  },
  Manufactures_de_proximite: {
    id: 'manufactures-de-proximite',
    nom: 'Manufactures de proximité',
    axe: 'numerique',
    compte: ['manufacture de proximité', 'manufactures de proximité'],
    source: { libelle: `Fichier des Manufactures de proximité, ANCT (${SUPERPOSEUR}, extras/manuprox_geom.geojson, d’une version du dépôt antérieure au 16 septembre 2024 ; la source ne date pas la liste)` },
  },
  Cites_educatives: {
    id: 'cites-educatives',
    nom: 'Cités éducatives',
    axe: 'politique-de-la-ville',
    compte: ['cité éducative', 'cités éducatives'],
    source: { libelle: `Fichier des Cités éducatives, ANCT (${SUPERPOSEUR}, extras/citeduc_geom.geojson, d’une version du dépôt antérieure au 16 septembre 2024 ; la source ne date pas la liste)` },
  },
  Cites_de_l_emploi: {
    id: 'cites-de-l-emploi',
    nom: 'Cités de l’emploi',
    axe: 'politique-de-la-ville',
    compte: ['cité de l’emploi', 'cités de l’emploi'],
    source: { libelle: `Fichier des Cités de l’emploi, ANCT (${SUPERPOSEUR}, extras/cde_geom.geojson)`, date: '2024-03' },
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
    compte: ['territoire d’industrie', 'territoires d’industrie'],
    source: { libelle: `Fichier des Territoires d’industrie 2024, ANCT (${SUPERPOSEUR}, ti_geom.geojson), version du dépôt du 16 septembre 2024`, date: '2024-09-16' },
  },
  Avenir_montagnes_ingenierie: {
    id: 'avenir-montagnes-ingenierie',
    nom: 'Avenir Montagnes Ingénierie',
    axe: 'territoires-et-ruralites',
    compte: ['territoire accompagné', 'territoires accompagnés'],
    source: { libelle: `Fichier des territoires d’Avenir Montagnes Ingénierie, ANCT (${SUPERPOSEUR}, ami_geom.geojson), version du dépôt du 16 septembre 2024`, date: '2024-09-16' },
  },
  Avenir_montagnes_mobilites: {
    id: 'avenir-montagnes-mobilites',
    nom: 'Avenir Montagnes Mobilités',
    axe: 'territoires-et-ruralites',
    compte: ['territoire lauréat', 'territoires lauréats'],
    source: { libelle: `Fichier des lauréats d’Avenir Montagnes Mobilités, ANCT (${SUPERPOSEUR}, extras/amm_geom.geojson), version du dépôt du 16 septembre 2024`, date: '2024-09-16' },
  },
  Fabriques_prospectives: {
    id: 'fabriques-prospectives',
    nom: 'Fabriques prospectives',
    axe: 'territoires-et-ruralites',
    compte: ['fabrique prospective', 'fabriques prospectives'],
    source: { libelle: `Fichier des Fabriques prospectives, ANCT (${SUPERPOSEUR}, fabp_geom.geojson), version du dépôt du 16 septembre 2024`, date: '2024-09-16' },
  },
  Territoires_d_engagement: {
    id: 'territoires-d-engagement',
    nom: 'Territoires d’engagement',
    axe: 'territoires-et-ruralites',
    compte: ['territoire d’engagement', 'territoires d’engagement'],
    source: { libelle: 'Fichier des Territoires d’engagement, ANCT (dépôt anct-carto/superposeur-V2, extras/polygone-4326_tec.geojson), version du dépôt du 20 juillet 2026', date: '2026-07-20' },
  },
};

export const FRANCE_SERVICES = {
  id: 'france-services',
  nom: 'France Services',
  axe: 'territoires-et-ruralites',
  compte: ['site France Services', 'sites France Services'],
  source: { libelle: 'Fichier des structures France services, ANCT (data.gouv.fr ; anct-carto/france_services, liste-fs-20240801.csv)', date: '2024-08-01' },
};

export const CONSEILLERS_NUMERIQUES = {
  id: 'conseillers-numeriques',
  nom: 'Conseillers numériques France Services',
  axe: 'numerique',
  compte: ['structure d’accueil validée en comité de sélection', 'structures d’accueil validées en comité de sélection'],
  source: {
    libelle: 'Fichier des structures d’accueil des conseillers numériques France Services validées par les comités de sélection du 24 mars au 19 mai 2021 (anct-carto/conseillers-numeriques, cnfs.json)',
    date: '2021-05-19',
  },
};
