/**
 * The elements of anct-widgets, described once: the all-in-one entry registers them from this
 * list, the iframe embed page accepts their names from it, the configurator labels them with it,
 * and the tests and the bench go through it. A new element is added here and nowhere else.
 */
import { AnctAccompagnements } from './components/accompagnements.js';
import { AnctFibreTable } from './components/fibre-table.js';
import { AnctFiche } from './components/fiche.js';
import { AnctFranceServices } from './components/france-services.js';
import { AnctProgrammeList } from './components/programme-list.js';
import { AnctSaisineFlow } from './components/saisine-flow.js';

export interface ElementDecrit<E extends CustomElementConstructor = CustomElementConstructor> {
  tag: `anct-${string}`;
  element: E;
  /** What the element shows, for an iframe's `title` and the configurator's choices. */
  titre: string;
  /** A first height for an iframe that shows it, in CSS pixels, before it reports its own. */
  hauteur: number;
}

export const ELEMENTS = [
  { tag: 'anct-fibre-table', element: AnctFibreTable, titre: 'Déploiement de la fibre optique', hauteur: 700 },
  { tag: 'anct-programme-list', element: AnctProgrammeList, titre: 'Programmes de l’ANCT', hauteur: 1600 },
  { tag: 'anct-saisine-flow', element: AnctSaisineFlow, titre: 'Comment saisir l’ANCT', hauteur: 1000 },
  { tag: 'anct-accompagnements', element: AnctAccompagnements, titre: 'Accompagnements de l’ANCT', hauteur: 1000 },
  { tag: 'anct-france-services', element: AnctFranceServices, titre: 'France Services : où et quand être accompagné', hauteur: 1600 },
  { tag: 'anct-fiche', element: AnctFiche, titre: 'Fiche territoriale de l’ANCT', hauteur: 4000 },
] as const satisfies readonly ElementDecrit[];

export type ElementTag = (typeof ELEMENTS)[number]['tag'];
