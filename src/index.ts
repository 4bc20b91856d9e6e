/**
 * The all-in-one entry: importing it registers every element (the first copy on a page wins)
 * and gives access to the classes and the data layer. Built as `dist/anct-widgets.js` and
 * `dist/anct-widgets.iife.js`, the one script tag a webmaster writes.
 */
import { AnctAccompagnements } from './components/accompagnements.js';
import { AnctFibreTable } from './components/fibre-table.js';
import { AnctFiche } from './components/fiche.js';
import { AnctProgrammeList } from './components/programme-list.js';
import { AnctSaisineFlow } from './components/saisine-flow.js';
import { defineElement } from './define.js';

defineElement('anct-fibre-table', AnctFibreTable);
defineElement('anct-programme-list', AnctProgrammeList);
defineElement('anct-saisine-flow', AnctSaisineFlow);
defineElement('anct-accompagnements', AnctAccompagnements);
defineElement('anct-fiche', AnctFiche);

declare global {
  interface HTMLElementTagNameMap {
    'anct-fibre-table': AnctFibreTable;
    'anct-programme-list': AnctProgrammeList;
    'anct-saisine-flow': AnctSaisineFlow;
    'anct-accompagnements': AnctAccompagnements;
    'anct-fiche': AnctFiche;
  }
}

export { AnctAccompagnements, AnctFiche, AnctFibreTable, AnctProgrammeList, AnctSaisineFlow };
export { AnctElement, EMPTY_MESSAGE } from './components/anct-element.js';
export type { AnctErrorDetail, AnctLoadDetail } from './components/anct-element.js';
export { VERSION } from './define.js';
export * from './data/index.js';
