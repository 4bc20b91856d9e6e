/**
 * The events' types as a page's TypeScript reads them: `anct-error` and `anct-load` are declared
 * on `GlobalEventHandlersEventMap`, so a listener on any element, the document or the window gets
 * its detail typed. `npm run typecheck` compiles this file: a listener whose event were a plain
 * `Event` would not compile, nor would a detail typed `any` leave the `@ts-expect-error` lines
 * an error.
 */
import { expect } from '@open-wc/testing';
import type { AnctErrorCode, AnctLoadDetail } from '../../src/entries/index.js';

describe('typed events', () => {
  it('a listener of anct-error or anct-load reads its detail typed, on an element, the document and the window', () => {
    const codes: AnctErrorCode[] = [];
    const loads: AnctLoadDetail['feed'][] = [];
    const el = document.createElement('div');
    document.body.append(el);
    const onError = (e: GlobalEventHandlersEventMap['anct-error']) => codes.push(e.detail.code);
    el.addEventListener('anct-error', (e) => codes.push(e.detail.code));
    document.addEventListener('anct-error', onError);
    window.addEventListener('anct-load', (e) => loads.push(e.detail.feed), { once: true });
    // @ts-expect-error: the detail of anct-error has no feed
    el.addEventListener('anct-error', (e) => e.detail.feed);
    // @ts-expect-error: nor that of anct-load a code
    el.addEventListener('anct-load', (e) => e.detail.code);
    try {
      el.dispatchEvent(new CustomEvent('anct-error', { detail: { code: 'http', message: 'Erreur' }, bubbles: true }));
      el.dispatchEvent(new CustomEvent('anct-load', { detail: { feed: { version: 1 } }, bubbles: true }));
    } finally {
      document.removeEventListener('anct-error', onError);
      el.remove();
    }
    expect(codes).to.deep.equal(['http', 'http']);
    expect(loads).to.deep.equal([{ version: 1 }]);
  });
});
