/** dist/elements/anct-fiche.js: <anct-fiche> alone, registered, for a page that shows only it. */
import { AnctFiche } from '../components/fiche.js';
import { defineElement } from '../define.js';

defineElement('anct-fiche', AnctFiche, true);

export { AnctFiche };
