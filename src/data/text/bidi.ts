/**
 * A feed's text inside a sentence of ours, and a feed's text as a link: a right-to-left override
 * (U+202E) in a name must not reverse the sentence around it, nor swap a name and a phone number;
 * a link whose text or host hides control or direction characters must not be made.
 *
 * The sentences src/data builds (a commune's notes, a source with its date) isolate each feed
 * text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, the characters `<bdi>` stands
 * for: invisible, and they confine whatever direction the text takes. The elements put the feed
 * texts of their templates in `<bdi>` themselves.
 */

/** `texte` isolated: its direction, whatever it is, stays inside. */
export function isolate(texte: string): string {
  return `\u2068${balanceBidi(texte)}\u2069`;
}

const PDF = '\u202c';
const PDI = '\u2069';

/**
 * `texte` with its direction controls balanced, so that none reaches past the isolate it is put
 * in: a POP DIRECTIONAL ISOLATE (U+2069) with no isolate of the text's own to close would close
 * ours (`<bdi>`'s too), and an override after it would reverse the sentence around; so would a
 * POP DIRECTIONAL FORMATTING (U+202C) with nothing to close. Those are dropped; embeddings,
 * overrides (U+202A–202E) and isolates (U+2066–2068) left open are closed at the end. A text in
 * Arabic or Hebrew script needs none of them, and keeps its direction from its letters.
 */
export function balanceBidi(texte: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(texte)) return texte;
  const open: string[] = [];
  let out = '';
  for (const c of texte) {
    if (c >= '\u2066' && c <= '\u2068') open.push(PDI);
    else if (c === '\u202a' || c === '\u202b' || c === '\u202d' || c === '\u202e') open.push(PDF);
    else if (c === PDF) {
      if (open.at(-1) !== PDF) continue;
      open.pop();
    } else if (c === PDI) {
      // Closes the text's own last isolate, and the embeddings opened inside it.
      const i = open.lastIndexOf(PDI);
      if (i < 0) continue;
      open.length = i;
    }
    out += c;
  }
  return out + open.reverse().join('');
}

/** Control characters (C0, DEL, C1) and the characters that set or reverse a text's direction. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const INVISIBLES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Whether a link may be made to `url` with `texte` for its text: neither the text nor the host
 * holds a control or direction character (a reader could not see where it leads). Otherwise the
 * text is shown, without link.
 */
export function lienLisible(url: string, texte: string): boolean {
  if (INVISIBLES.test(texte)) return false;
  const autorite = /^[a-z]+:(?:\/\/)?([^/?#]*)/i.exec(url)?.[1] ?? '';
  if (INVISIBLES.test(autorite)) return false;
  try {
    return !INVISIBLES.test(decodeURIComponent(new URL(url).hostname));
  } catch {
    return false;
  }
}
