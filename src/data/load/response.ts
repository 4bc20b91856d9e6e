/**
 * Reading the body of a feed's response: its status, its size and its text, decoded in the
 * charset its server declares.
 *
 * The response is whatever the page's `fetch` gave: most pages leave `fetch` alone, but some wrap
 * it (analytics, offline kits, old polyfills) and return something Response-like — no `body`
 * stream, a `text()` only, no `headers`. Each part is read only if it is there, so that any such
 * answer gives the feed or a clear error, never an exception of ours. A body is read as a stream
 * when it is one, so that an oversized body is stopped, not swallowed; the stream is cancelled
 * whenever reading stops early.
 *
 * JSON is UTF-8 (RFC 8259), but a server may declare another charset (`application/json;
 * charset=iso-8859-1`): the text is then decoded as declared, with the browser's own decoders;
 * a charset no browser knows is refused with a message that names it.
 */
import { CharsetError, FeedError, HttpError, NetworkError, TooLargeError, UnreadableResponseError } from './errors.js';

/** The parts of a `Response` a feed needs; any of them may be missing from a hand-made one. */
export interface ResponseLike {
  ok?: unknown;
  status?: unknown;
  url?: unknown;
  headers?: { get?: (name: string) => string | null };
  body?: { getReader?: () => ReadableStreamDefaultReader<Uint8Array> } | null;
  text?: () => Promise<string>;
}

/** The response's text; an error for a failed status, an oversized body or a charset unknown. */
export async function readResponse(response: ResponseLike, url: string, maxBytes: number): Promise<string> {
  const { status, ok, body } = response;
  const header = (name: string) => {
    try {
      return String(response.headers?.get?.(name) ?? '');
    } catch {
      return '';
    }
  };
  const reader = typeof body?.getReader === 'function' ? body.getReader() : undefined;
  try {
    if (ok === false || (typeof ok !== 'boolean' && typeof status === 'number' && (status < 200 || status > 299))) {
      throw new HttpError(typeof status === 'number' ? status : 0, url);
    }
    if (Number(header('content-length')) > maxBytes) throw new TooLargeError(url, maxBytes);
    const label = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header('content-type'))?.[1] ?? 'utf-8';
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch {
      throw new CharsetError(url, label);
    }
    if (!reader) {
      // A hand-made response with a text() only: already decoded.
      if (typeof response.text !== 'function') throw new UnreadableResponseError(url);
      const text = String(await response.text());
      if (text.length > maxBytes) throw new TooLargeError(url, maxBytes);
      return text;
    }
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) throw new TooLargeError(url, maxBytes);
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    await reader?.cancel().catch(() => {});
    // Cut off mid-body (the network, or an abort the caller tells apart by its signal).
    throw error instanceof FeedError ? error : new NetworkError(url);
  }
}
