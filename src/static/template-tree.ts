/**
 * A Lit template, read without a DOM: its strings are scanned as HTML, each binding takes its
 * context from where it sits (a child, an attribute, a boolean `?a`, a property `.a`, an event
 * `@a`), and the result is a small tree of elements and text. Lit's own renderers need a
 * document (lit-html) or bring a second renderer of several kilobytes (@lit-labs/ssr); what
 * plain-html.ts writes needs neither, so that it runs the same in Node and in a page.
 *
 * Text from a template's strings is the template's own HTML, kept as written (entities
 * included); text from a value is the feed's, and escaped.
 */
import { noChange, nothing } from 'lit';

export interface TreeElement {
  kind: 'element';
  /** Lower case, as HTML reads it. */
  tag: string;
  /** Attribute values as HTML source: escaped, entities kept. */
  attributes: Map<string, string>;
  /** Property bindings (`.feed=${…}`): not HTML, but what a custom element inside is given. */
  properties: Map<string, unknown>;
  children: TreeNode[];
}

export interface TreeText {
  kind: 'text';
  /** HTML source: escaped. */
  html: string;
}

export type TreeNode = TreeElement | TreeText;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

interface LitTemplate {
  _$litType$: number;
  strings: readonly string[];
  values: readonly unknown[];
}

const isTemplate = (value: unknown): value is LitTemplate =>
  typeof value === 'object' && value !== null && '_$litType$' in value && Array.isArray((value as LitTemplate).strings);

type State = 'text' | 'comment' | 'raw' | 'tag-name' | 'close-tag' | 'in-tag' | 'attr-name' | 'after-attr-name' | 'value-start' | 'value';

interface PendingAttribute {
  name: string;
  parts: (string | { value: unknown })[];
  quote: '"' | "'" | '';
}

/** Builds the tree of one template and the templates nested in it. */
class TreeBuilder {
  readonly root: TreeElement = { kind: 'element', tag: '#root', attributes: new Map(), properties: new Map(), children: [] };
  #stack: TreeElement[] = [this.root];
  #state: State = 'text';
  #buffer = '';
  #element: TreeElement | undefined;
  #attribute: PendingAttribute | undefined;
  #raw = '';

  get #parent(): TreeElement {
    return this.#stack.at(-1)!;
  }

  template(template: LitTemplate) {
    // A nested template starts in text, wherever its parent's scanner is.
    const saved = { state: this.#state, buffer: this.#buffer };
    this.#state = 'text';
    this.#buffer = '';
    template.strings.forEach((s, i) => {
      this.#scan(s);
      if (i < template.values.length) this.#bind(template.values[i]);
    });
    this.#flushText();
    if (this.#state !== 'text') throw new Error(`plain-html: a template ends inside a tag (${this.#state})`);
    this.#state = saved.state;
    this.#buffer = saved.buffer;
  }

  child(value: unknown): void {
    if (value === nothing || value === noChange || value === null || value === undefined || value === '') return;
    if (isTemplate(value)) return this.template(value);
    if (typeof value === 'object' && '_$litDirective$' in value) {
      // The fiche's parts: the element, with the properties it is given, for `expand` to write.
      if ((value._$litDirective$ as { standsForElement?: boolean }).standsForElement) {
        const [tag, properties, exportparts] = (value as unknown as { values: [string, object, string] }).values;
        this.#parent.children.push({
          kind: 'element',
          tag,
          attributes: new Map([['exportparts', exportparts]]),
          properties: new Map(Object.entries(properties)),
          children: [],
        });
        return;
      }
      throw new Error('plain-html: a directive in a child position cannot be written as plain HTML');
    }
    if (typeof value !== 'string' && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const item of value as Iterable<unknown>) this.child(item);
      return;
    }
    this.#parent.children.push({ kind: 'text', html: escapeText(String(value)) });
  }

  #bind(value: unknown) {
    switch (this.#state) {
      case 'text':
        this.#flushText();
        this.child(value);
        return;
      case 'value-start':
        this.#attribute!.quote = '';
        this.#state = 'value';
        this.#attribute!.parts.push({ value });
        return;
      case 'value':
        this.#attribute!.parts.push(this.#buffer, { value });
        this.#buffer = '';
        return;
      case 'in-tag':
      case 'comment':
        // An element binding (`<div ${ref()}>`) or a comment's: nothing to write.
        return;
      default:
        throw new Error(`plain-html: a binding at an unsupported place (${this.#state})`);
    }
  }

  #flushText() {
    if (this.#state === 'text' && this.#buffer) {
      this.#parent.children.push({ kind: 'text', html: this.#buffer });
      this.#buffer = '';
    }
  }

  #open(): TreeElement {
    const element = this.#element!;
    this.#element = undefined;
    this.#parent.children.push(element);
    if (!VOID.has(element.tag)) this.#stack.push(element);
    if (RAW_TEXT.has(element.tag)) {
      this.#state = 'raw';
      this.#raw = element.tag;
    } else this.#state = 'text';
    return element;
  }

  #close(tag: string) {
    const at = this.#stack.map((e) => e.tag).lastIndexOf(tag);
    if (at > 0) this.#stack.length = at;
  }

  #endAttribute() {
    const attribute = this.#attribute!;
    this.#attribute = undefined;
    if (this.#buffer || attribute.parts.length === 0) attribute.parts.push(this.#buffer);
    this.#buffer = '';
    setAttribute(this.#element!, attribute);
  }

  #scan(s: string) {
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      switch (this.#state) {
        case 'text':
          if (c === '<' && s.startsWith('!--', i + 1)) {
            this.#flushText();
            this.#state = 'comment';
            i += 3;
          } else if (c === '<' && s[i + 1] === '/') {
            this.#flushText();
            this.#state = 'close-tag';
            i += 1;
          } else if (c === '<' && /[a-zA-Z]/.test(s[i + 1] ?? '')) {
            this.#flushText();
            this.#state = 'tag-name';
            this.#element = { kind: 'element', tag: '', attributes: new Map(), properties: new Map(), children: [] };
          } else this.#buffer += c;
          break;
        case 'comment':
          if (s.startsWith('-->', i)) {
            this.#state = 'text';
            i += 2;
          }
          break;
        case 'raw':
          if (s.slice(i, i + this.#raw.length + 2).toLowerCase() === `</${this.#raw}`) {
            this.#parent.children.push({ kind: 'text', html: this.#buffer });
            this.#buffer = '';
            this.#state = 'close-tag';
            i += 1;
          } else this.#buffer += c;
          break;
        case 'close-tag':
          if (c === '>') {
            this.#close(this.#buffer.trim().toLowerCase());
            this.#buffer = '';
            this.#state = 'text';
          } else this.#buffer += c;
          break;
        case 'tag-name':
          if (/[\s/>]/.test(c)) {
            this.#element!.tag = this.#buffer.toLowerCase();
            this.#buffer = '';
            this.#state = 'in-tag';
            i -= 1;
          } else this.#buffer += c;
          break;
        case 'in-tag':
          if (c === '>') this.#open();
          else if (c === '/' && s[i + 1] === '>') {
            // `<rect />`: closed where it opens.
            if (!VOID.has(this.#open().tag)) {
              this.#stack.pop();
              this.#state = 'text';
            }
            i += 1;
          } else if (!/\s/.test(c)) {
            this.#attribute = { name: c, parts: [], quote: '' };
            this.#state = 'attr-name';
          }
          break;
        case 'attr-name':
          if (c === '=') this.#state = 'value-start';
          else if (/[\s/>]/.test(c)) {
            this.#state = 'after-attr-name';
            i -= 1;
          } else this.#attribute!.name += c;
          break;
        case 'after-attr-name':
          if (c === '=') this.#state = 'value-start';
          else if (!/\s/.test(c)) {
            this.#endAttribute();
            this.#state = 'in-tag';
            i -= 1;
          }
          break;
        case 'value-start':
          if (c === '"' || c === "'") {
            this.#attribute!.quote = c;
            this.#state = 'value';
          } else if (!/\s/.test(c)) {
            this.#state = 'value';
            i -= 1;
          }
          break;
        case 'value': {
          const quote = this.#attribute!.quote;
          if (quote ? c === quote : /[\s>]/.test(c)) {
            this.#endAttribute();
            this.#state = 'in-tag';
            if (!quote) i -= 1;
          } else this.#buffer += c;
          break;
        }
      }
    }
  }
}

/** An attribute as Lit would set it: `?a` present when true, `.a` a property, `@a` nothing; `nothing` removes it. */
function setAttribute(element: TreeElement, { name, parts }: PendingAttribute) {
  const values = parts.filter((p): p is { value: unknown } => typeof p !== 'string').map((p) => p.value);
  const prefix = name[0];
  if (prefix === '@') return;
  if (prefix === '.') {
    element.properties.set(name.slice(1), values[0]);
    return;
  }
  if (prefix === '?') {
    if (values[0] && values[0] !== nothing && values[0] !== noChange) element.attributes.set(name.slice(1).toLowerCase(), '');
    return;
  }
  if (values.some((v) => v === nothing || v === noChange)) return;
  const html = parts.map((p) => (typeof p === 'string' ? p : escapeAttribute(String(p.value ?? '')))).join('');
  element.attributes.set(name.toLowerCase(), html);
}

/** The tree of a value a Lit template would render: a template, a list of them, or text. */
export function templateTree(value: unknown): TreeElement {
  const builder = new TreeBuilder();
  builder.child(value);
  return builder.root;
}
