/**
 * The all-in-one entry: importing it registers every element (the first copy on a page wins)
 * and gives access to the classes and the data layer. Built as `dist/anct-widgets.js` and
 * `dist/anct-widgets.iife.js`, the one script tag a webmaster writes.
 */
import { defineElement } from '../define.js';
import type { AnctAccompagnements } from '../components/accompagnements.js';
import type { AnctFibreTable } from '../components/fibre-table.js';
import type { AnctFiche } from '../components/fiche.js';
import type { AnctFranceServices } from '../components/france-services.js';
import type { AnctProgrammeList } from '../components/programme-list.js';
import type { AnctSaisineFlow } from '../components/saisine-flow.js';
import { ELEMENTS, type ElementTag } from '../elements.js';

for (const { tag, element } of ELEMENTS) defineElement(tag, element);

// Written out, since a type computed from ELEMENTS would reference itself through the classes;
// `TagsCouverts` below fails to compile when an element of the list is missing here.
declare global {
  interface HTMLElementTagNameMap {
    'anct-fibre-table': AnctFibreTable;
    'anct-programme-list': AnctProgrammeList;
    'anct-saisine-flow': AnctSaisineFlow;
    'anct-accompagnements': AnctAccompagnements;
    'anct-france-services': AnctFranceServices;
    'anct-fiche': AnctFiche;
  }
}
type Vrai<T extends true> = T;
export type TagsCouverts = Vrai<ElementTag extends keyof HTMLElementTagNameMap ? true : false>;

export { AnctAccompagnements } from '../components/accompagnements.js';
export { AnctFibreTable } from '../components/fibre-table.js';
export { AnctFiche } from '../components/fiche.js';
export { AnctFranceServices } from '../components/france-services.js';
export { AnctProgrammeList } from '../components/programme-list.js';
export { AnctSaisineFlow } from '../components/saisine-flow.js';
export { ELEMENTS } from '../elements.js';
export type { ElementDecrit, ElementTag } from '../elements.js';
export { AnctElement, EMPTY_MESSAGE } from '../components/anct-element.js';
export type { AnctErrorCode, AnctErrorDetail, AnctLoadDetail } from '../components/anct-element.js';
export { VERSION } from '../define.js';
export { setFeedsBase } from '../feeds-base.js';
export * from '../data/index.js';
