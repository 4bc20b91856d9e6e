/**
 * An element of a given tag, with the properties given, where a template places it: the one way
 * the fiche renders each of its parts, whatever the part. The element is made once and kept while
 * its place shows the same tag; the properties are set as a template's `.property` bindings set
 * them, when the template is committed, so that the render itself only reads.
 */
import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

class ChildElement extends Directive {
  /**
   * Tells the plain HTML writer (src/static) to write the element this stands for. A mark rather
   * than the class itself: the element may come from another copy of the script on the page.
   */
  static readonly standsForElement = true;

  #element: HTMLElement | undefined;

  render(_tag: string, _properties: object, _exportparts: string) {
    return noChange;
  }

  override update(_part: ChildPart, [tag, properties, exportparts]: Parameters<this['render']>) {
    // In the script's own document, as Lit makes the rest of the template: where its elements are defined.
    if (this.#element?.localName !== tag) this.#element = document.createElement(tag);
    // Properties, not attributes: the values are typed, and nothing is written on the page's markup.
    Object.assign(this.#element, properties);
    this.#element.setAttribute('exportparts', exportparts);
    return this.#element;
  }
}

export const childElement = directive(ChildElement);
