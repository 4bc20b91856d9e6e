/** dist/elements/anct-programme-list.js: <anct-programme-list> alone, registered, for a page that shows only it. */
import { AnctProgrammeList } from '../components/programme-list.js';
import { defineElement } from '../define.js';

defineElement('anct-programme-list', AnctProgrammeList, true);

export { AnctProgrammeList };
