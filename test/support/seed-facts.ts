/**
 * The facts of the seed (`data/seed/fiche-territoriale-lozere-2021.txt`): every figure as the
 * fiche prints it and every proper name, its editorial foreword aside. A test checks that this
 * list misses no number of the seed, and others that the feed (and what the elements render)
 * carries each fact.
 */

/** Figures as a reader sees them, in French format, grouped by the seed's section. */
export const SEED_FIGURES: Record<string, string[]> = {
  'France Services': ['12'],
  'Action cœur de ville': ['1', "5,4 millions d'euros"],
  'Petites villes de demain': ['14', '5'],
  "Territoires d'industrie": ["1 million d'euros"],
  Ruralité: ['3', '138', '152'],
  Montagne: ['6', "41,56 millions d'euros", '2021', '2022'],
  'France Mobile': ['546', '57', '19', '112', '41', '1', '0', '4'],
  'France Très Haut Débit': [
    '4',
    '148',
    '10 500 (15 %)',
    '6 700 (64 %)',
    '59 500 (85 %)',
    '21 700 (36 %)',
    '70 000',
    '28 400 (41 %)',
    '1er trimestre 2021',
    '3 juin 2021',
    "14,12 millions d'euros",
  ],
  'Fabriques numériques': ['217', '1'],
  'Hubs Territoriaux': ['2021'],
  'Conseillers numériques': ['7'],
  'Pass numériques': ['31 juillet 2020', '4 000', '40 000 €'],
  CRTE: ['3', '2'],
  'Accompagnement sur mesure': ['5'],
};

/** Numbers of the seed that are not facts of the territory: generic text, kept out of the feed. */
export const SEED_NUMBERS_NOT_FACTS = [
  '19', // "Covid-19", in the national paragraph on CRTE (19 also stands as a France Mobile figure)
];

/** Proper names, as the seed spells them (case and apostrophes aside). */
export const SEED_NAMES = [
  // France Services
  'Langogne',
  'Marvejols',
  'Villefort',
  'Grandrieu',
  'Fournels',
  'Meyrueis',
  'La Canourgue',
  "Saint-Chély-D'apcher",
  'Pont de Montvert - Sud Mont Lozère',
  'Mont Lozère et Goulet',
  'Massegros Causses Gorges',
  'Florac Trois Rivières',
  // Action cœur de ville
  'Mende',
  // Petites villes de demain
  'Banassac-Canilhac',
  "Bel-Air-Val-d'Ance",
  'Bourgs sur Colagne',
  'Chanac',
  'Gorges du Tarn Causses',
  'Ispagnac',
  'Saint-Germain-du-Teil',
  // Ruralité, Montagne
  'Terre de vie en Lozère',
  'Gévaudan',
  'Causses Cévennes',
  'Commissariat de massif du Massif Central',
  'Avenir Montagnes Ingénierie',
  'FNADT',
  // Numérique
  'DCC',
  '4G fixe',
  'Occitanie',
  'Orange',
  'CC Cœur de Lozère',
  'Lozère Numérique',
  'AMII',
  'RIP',
  'Arcep',
  'Lozère Développement',
  'Hubs France Connectée',
  'banquedesterritoires.fr',
  'www.societenumerique.gouv.fr',
  // CRTE and projects
  'Terres de vie en Lozère',
  'Pays du Gévaudan',
  'Sud Lozère',
  'PETR du Gévaudan Lozère',
  'Cerema',
  'Cœur de ville (ACV)',
  'FOCCAL (Foncière Occitanie Commerce et Artisanat Local)',
  'Expertise interne ANCT',
  "Mise à disposition d'un prestataire externe",
  'Revitalisation commerciale et artisanale',
  // Resources
  'observatoire-des-territoires.gouv.fr',
  'onpv.fr',
  'sig.ville.gouv.fr',
  'cartotheque.anct.gouv.fr',
  'agence-cohesion-territoires.gouv.fr',
];

/** Compares text as a reader reads it: any space is a space, any apostrophe the same, case aside. */
export function lisible(text: string): string {
  return text
    .replace(/[\s\u202f\u00a0]+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

/** Every number token of a text: "10 500", "5,4", "2021". */
export function nombresDe(text: string): string[] {
  return text.match(/\d+(?:[^\S\n]\d{3})*(?:,\d+)?/g) ?? [];
}
