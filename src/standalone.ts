/**
 * The entry of the script-tag bundles, dist/anct-widgets.js and dist/anct-widgets.iife.js (its
 * exports are `window.AnctWidgets`): registers every element and gives the classes, the list of
 * elements and the version. The data layer is not re-exported here: a page that wants it loads
 * dist/data.js, a bundled application imports `anct-widgets/data`; every page that only shows
 * elements saves its bytes.
 */
import './index.js';

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
