/**
 * The all-in-one entry: importing it registers every element (the first copy on a page wins)
 * and gives access to the classes, the list of elements, and from the data layer what a page
 * showing elements needs. Built as `dist/anct-widgets.js` and
 * `dist/anct-widgets.iife.js`, the one script tag a webmaster writes.
 */
import { defineElement } from '../define.js';
import { ELEMENTS, type ElementTag } from '../elements.js';

for (const { tag, element } of ELEMENTS) defineElement(tag, element);

// Each element's module declares its tag in HTMLElementTagNameMap, beside its class; this fails
// to compile when an element of the list has not.
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
export { VERSION, defineElement } from '../define.js';
export { setFeedsBase } from '../feeds-base.js';
// From the data layer, what a page that shows elements also needs: the feed's type, checking
// one before giving it (`el.feed = …`), and the error codes its events carry. The rest is in
// `anct-widgets/data`.
export { validateFeed } from '../data/feed/validate.js';
export type { Feed, FeedProblem } from '../data/feed/validate.js';
export { FeedError } from '../data/load/errors.js';
export type { FeedErrorCode } from '../data/load/errors.js';
