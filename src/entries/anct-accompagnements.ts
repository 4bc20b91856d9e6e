/** dist/elements/anct-accompagnements.js: <anct-accompagnements> alone, registered, for a page that shows only it. */
import { AnctAccompagnements } from '../components/accompagnements.js';
import { defineElement } from '../define.js';

defineElement('anct-accompagnements', AnctAccompagnements, true);

export { AnctAccompagnements };
