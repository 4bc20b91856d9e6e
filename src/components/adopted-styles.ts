/**
 * An element's styles in whatever document it is in. Lit gives a shadow root constructed style
 * sheets (`adoptedStyleSheets`), and a constructed sheet belongs to the document it was made
 * in: once the element is moved into another document (`iframe.contentDocument.adoptNode(el)`,
 * or appended there), the browser drops or ignores those sheets, and the element shows bare.
 * So on adoption the shadow root gets sheets made by the new document's own window from the
 * same CSS, once per document and class; back in its first document, Lit's own sheets again.
 * No `<style>` element: a strict Content-Security-Policy would refuse it.
 */
import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

const made = new WeakMap<Document, WeakMap<object, CSSStyleSheet[]>>();

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : (style.cssText ?? '');
}

/** Gives the element's shadow root its styles as sheets of the document it now belongs to. */
export function restyle(element: LitElement): void {
  const root = element.renderRoot;
  const win = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root) || !win) return;
  // The first document, whose sheets Lit made: its own way (with its nonce, if any).
  if (win.CSSStyleSheet === CSSStyleSheet) {
    adoptStyles(root, styles);
    return;
  }
  let byClass = made.get(element.ownerDocument);
  if (!byClass) made.set(element.ownerDocument, (byClass = new WeakMap()));
  let sheets = byClass.get(element.constructor);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    byClass.set(element.constructor, sheets);
  }
  root.adoptedStyleSheets = sheets;
}
