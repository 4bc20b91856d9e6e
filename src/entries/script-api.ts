/**
 * What the script-tag bundles give the page, as exports and as `window.AnctWidgets`: the
 * classes, the list of elements and the version. Listed once, here, for both.
 */
export {
  AnctAccompagnements,
  AnctElement,
  AnctFibreTable,
  AnctFiche,
  AnctFranceServices,
  AnctProgrammeList,
  AnctSaisineFlow,
  ELEMENTS,
  VERSION,
} from './index.js';
