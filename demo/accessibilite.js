// The paragraph a site puts in its accessibility statement (déclaration d'accessibilité, RGAA)
// for one element: what the element does for the RGAA, and what stays the site's to do. Written
// once here: the configurator shows it for the chosen element and look, and
// docs/accessibilite.md gives it for each element (a test checks that they say the same).

/** What each element holds that the RGAA looks at, beyond what they all do. */
const PROPRES = {
  'anct-fibre-table': [
    'Le graphique de l’évolution des locaux raccordables a deux alternatives textuelles : une phrase qui en donne la tendance, et un tableau des mêmes chiffres.',
    'Les boutons « Graphique » et « Tableau » disent lequel est choisi, aux lecteurs d’écran aussi.',
    'Les données se téléchargent aussi dans un fichier de tableur.',
    'Quand le tableau par zone a des barres, elles sont décoratives : chaque pourcentage est écrit dans sa cellule.',
  ],
  'anct-programme-list': [
    'Les programmes sont des listes, regroupées sous des titres.',
    'Au-delà de six lieux, la liste se déplie par un bouton « Voir les … lieux », utilisable au clavier.',
  ],
  'anct-saisine-flow': [
    'Le schéma « Comment saisir l’ANCT ? » est une liste numérotée d’étapes : les traits qui les relient sont décoratifs.',
  ],
  'anct-accompagnements': [
    'Sur un petit écran, chaque ligne du tableau devient une fiche : les lecteurs d’écran y trouvent toujours le tableau et ses en-têtes.',
  ],
  'anct-france-services': [
    'Les horaires de chaque lieu sont un tableau, les jours en en-têtes de ligne.',
    '« Ouvert » ou « Fermé » est écrit en toutes lettres, jamais signalé par la seule couleur.',
    'Cette indication change à l’heure d’ouverture ou de fermeture, sans recharger la page ni déplacer le focus.',
  ],
  'anct-fiche': [
    'La fiche a une table des matières, dont les liens mènent au titre de chaque partie et y placent le focus.',
    'Le graphique de la fibre a deux alternatives textuelles : une phrase qui en donne la tendance, et un tableau des mêmes chiffres.',
    'Les horaires et les chiffres sont donnés dans des tableaux, avec leurs en-têtes.',
  ],
};

/** Whether the element shows a data table (its headers and title then count). */
const TABLEAUX = new Set(['anct-fibre-table', 'anct-accompagnements', 'anct-france-services', 'anct-fiche']);

/** Its colours and their contrast, in each look. */
const APPARENCES = {
  auto:
    'Sur un site de l’État qui utilise le DSFR, il en prend les couleurs ; ailleurs, la police et la couleur du texte de la page. ' +
    'Ses contrastes atteignent le niveau AA, en clair comme en sombre, dès que le texte de la page l’atteint.',
  dsfr: 'Il prend les couleurs du DSFR, le système de design de l’État : ses contrastes atteignent le niveau AA, en thème clair comme en thème sombre.',
  neutre:
    'Il prend la police et la couleur du texte de la page, sur le fond de la page. ' +
    'Ses contrastes atteignent le niveau AA, sur fond clair comme sombre, dès que le texte de la page l’atteint.',
};

/**
 * The statement's paragraphs for an element (its tag) and a look (`auto`, `dsfr`, `neutre`):
 * what the element does, then what the site stays responsible for.
 */
export function declaration(tag, titre, look = 'auto') {
  const fait = [
    `Le module « ${titre} » présente des données publiques de l’Agence nationale de la cohésion des territoires (ANCT). Il est conçu pour le RGAA 4.1, niveau AA.`,
    ...(TABLEAUX.has(tag) ? ['Ses tableaux ont un titre, et des cellules d’en-tête reliées à leurs données.'] : []),
    ...(PROPRES[tag] ?? []),
    'Tout se consulte au clavier, et le focus reste visible.',
    APPARENCES[look] ?? APPARENCES.auto,
    'Ses textes sont en français.',
    'Il n’impose aucune limite de temps, et rien n’y clignote ni ne défile.',
    'À l’impression, il reste lisible : sur fond blanc, rien de replié, chaque lien suivi de son adresse.',
  ];
  const site = [
    'Le site reste responsable de ce qui entoure le module :',
    'les titres de la page, dont le niveau de titre du module doit prendre la suite ;',
    'le contenu autour du module, et la langue de la page, déclarée en français ;',
    `l’apparence choisie, et ses couleurs : ${
      look === 'dsfr'
        ? 'l’apparence DSFR est réservée aux sites de l’État'
        : 'en apparence neutre, le contraste du texte sur le fond est celui de la page'
    } ;`,
    'les couleurs qu’il donne lui-même au module (propriétés --anct-color-*), dont il vérifie les contrastes.',
  ];
  return [fait.join(' '), site.join(' ')];
}
