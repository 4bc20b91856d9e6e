/**
 * Reading the body of a feed's response: its status, its size and its text, decoded in the
 * charset its server declares.
 *
 * The response is whatever the page's `fetch` gave: most pages leave `fetch` alone, but some wrap
 * it (analytics, offline kits, old polyfills) and return something Response-like — no `body`
 * stream, a `text()` only, no `headers`. Each part is read only if it is there, so that any such
 * answer gives the feed or a clear error, never an exception of ours. A body is read as a stream
 * when it is one, so that an oversized body is stopped, not swallowed.
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
  body?: { getReader?: () => ReadableStreamDefaultReader<Uint8Array>; cancel?: () => Promise<void> } | null;
  arrayBuffer?: () => Promise<ArrayBuffer>;
  text?: () => Promise<string>;
}

function header(response: ResponseLike, name: string): string | null {
  try {
    const value = response.headers?.get?.(name);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The declared charset's decoder; UTF-8 when none is declared. */
function decoderFor(response: ResponseLike, url: string): TextDecoder {
  const label = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header(response, 'content-type') ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label);
  } catch {
    throw new CharsetError(url, label);
  }
}

function cancel(response: ResponseLike): Promise<void> {
  try {
    return Promise.resolve(response.body?.cancel?.()).catch(() => {});
  } catch {
    return Promise.resolve();
  }
}

/** The response's text; an error for a failed status, an oversized body or a charset unknown. */
export async function readResponse(response: ResponseLike, url: string, maxBytes: number): Promise<string> {
  const status = typeof response.status === 'number' ? response.status : undefined;
  const ok = typeof response.ok === 'boolean' ? response.ok : status === undefined || (status >= 200 && status < 300);
  if (!ok) {
    await cancel(response);
    throw new HttpError(status ?? 0, url);
  }
  if (Number(header(response, 'content-length')) > maxBytes) {
    await cancel(response);
    throw new TooLargeError(url, maxBytes);
  }
  const decoder = decoderFor(response, url);
  let bytes: AsyncIterable<Uint8Array> | undefined;
  let text: string | undefined;
  try {
    if (typeof response.body?.getReader === 'function') bytes = chunks(response.body.getReader());
    else if (typeof response.arrayBuffer === 'function') bytes = once(new Uint8Array(await response.arrayBuffer()));
    else if (typeof response.text === 'function') text = String(await response.text());
  } catch {
    throw new UnreadableResponseError(url);
  }
  if (text !== undefined) {
    if (text.length > maxBytes) throw new TooLargeError(url, maxBytes);
    return text;
  }
  if (!bytes) throw new UnreadableResponseError(url);
  let size = 0;
  let decoded = '';
  try {
    for await (const chunk of bytes) {
      if (!(chunk instanceof Uint8Array)) throw new UnreadableResponseError(url);
      size += chunk.byteLength;
      if (size > maxBytes) throw new TooLargeError(url, maxBytes);
      decoded += decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    // Cut off mid-body (the network, or an abort the caller tells apart by its signal).
    throw error instanceof FeedError ? error : new NetworkError(url);
  }
  return decoded + decoder.decode();
}

async function* chunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncIterable<Uint8Array> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

async function* once(chunk: Uint8Array): AsyncIterable<Uint8Array> {
  yield chunk;
}
