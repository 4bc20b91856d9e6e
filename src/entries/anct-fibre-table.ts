/** dist/elements/anct-fibre-table.js: <anct-fibre-table> alone, registered, for a page that shows only it. */
import { AnctFibreTable } from '../components/fibre-table.js';
import { defineElement } from '../define.js';

defineElement('anct-fibre-table', AnctFibreTable, true);

export { AnctFibreTable };
