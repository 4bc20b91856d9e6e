/**
 * An element's styles in whatever document it is in. Lit gives a shadow root constructed style
 * sheets (`adoptedStyleSheets`), and a constructed sheet belongs to the document it was made
 * in: once the element is moved into another document (`iframe.contentDocument.adoptNode(el)`,
 * or appended there), the browser drops or ignores those sheets, and the element shows bare.
 * So on adoption the shadow root gets sheets made by the new document's own window from the
 * same CSS, once per document and class; back in its first document, Lit's own sheets again.
 * No `<style>` element: a strict Content-Security-Policy would refuse it.
 */
import { adoptStyles, type CSSResult, type LitElement } from 'lit';

const made = new WeakMap<Document, WeakMap<object, CSSStyleSheet[]>>();

/** Gives the element's shadow root its styles as sheets of the document it now belongs to. */
export function restyle(element: LitElement): void {
  const root = element.renderRoot;
  const doc = element.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (!(root instanceof ShadowRoot) || !root.adoptedStyleSheets || !Sheet) return;
  // The first document, whose sheets Lit made: its own way.
  if (Sheet === CSSStyleSheet) return adoptStyles(root, styles);
  const byClass = made.get(doc) ?? new WeakMap<object, CSSStyleSheet[]>();
  made.set(doc, byClass);
  // Lit's styles are CSSResults where sheets can be adopted, the only case here.
  const sheets =
    byClass.get(element.constructor) ??
    styles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync((style as CSSResult).cssText);
      return sheet;
    });
  byClass.set(element.constructor, sheets);
  root.adoptedStyleSheets = sheets;
}
