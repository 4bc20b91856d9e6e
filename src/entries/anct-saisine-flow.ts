/** dist/elements/anct-saisine-flow.js: <anct-saisine-flow> alone, registered, for a page that shows only it. */
import { AnctSaisineFlow } from '../components/saisine-flow.js';
import { defineElement } from '../define.js';

defineElement('anct-saisine-flow', AnctSaisineFlow, true);

export { AnctSaisineFlow };
