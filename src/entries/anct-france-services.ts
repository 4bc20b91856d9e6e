/** dist/elements/anct-france-services.js: <anct-france-services> alone, registered, for a page that shows only it. */
import { AnctFranceServices } from '../components/france-services.js';
import { defineElement } from '../define.js';

defineElement('anct-france-services', AnctFranceServices, true);

export { AnctFranceServices };
