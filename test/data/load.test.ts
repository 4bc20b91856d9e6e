/**
 * The loader against real HTTP: the test runner's server plays each misbehaving feed server
 * (test/support/feed-test-server.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CharsetError, FeedError, HttpError, InvalidFeedError, NetworkError, NotJsonError, TimeoutError, TooLargeError } from '../../src/data/load/errors.js';
import { fetchFeedJson, loadFeed } from '../../src/data/load/load.js';

/** Each test gets addresses of its own: the loader remembers what it loaded for the page. */
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure, the feed loaded');
}

async function hits(id: string) {
  return ((await (await fetch(`/__feeds__/hits/${id}`)).json()) as { hits: number }).hits;
}


describe('loadFeed', () => {
  it('loads and validates a feed', async () => {
    const { feed, problems } = await loadFeed(`/demo/feeds/48-lozere-2021.json?${unique()}`);
    expect(problems).to.deep.equal([]);
    expect(feed!.territoire!.nom).to.equal('Lozère');
  });

  it('makes one request per URL however many ask for it', async () => {
    const id = unique();
    const url = `/__feeds__/counted/${id}`;
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(`${location.origin}${url}`)]);
    await loadFeed(url); // later callers get the same answer too
    expect(await hits(id)).to.equal(1);
    expect(results[0].feed).to.equal(results[2].feed);
  });

  it('gives an HttpError with the status for a 404 and a 500', async () => {
    const notFound = await failure(loadFeed(`/__feeds__/status/404?${unique()}`));
    expect(notFound).to.be.instanceOf(HttpError).and.instanceOf(FeedError);
    expect(notFound).to.include({ code: 'http', status: 404 });
    expect((notFound as Error).message).to.contain('introuvable').and.contain('src');
    const serverError = await failure(loadFeed(`/__feeds__/status/500?${unique()}`));
    expect(serverError).to.include({ code: 'http', status: 500 });
    expect((serverError as Error).message).to.contain('(erreur 500)');
    expect((serverError as FeedError).technique).to.contain('HTTP 500');
  });

  it('gives a NotJsonError for an HTML page and for broken JSON', async () => {
    const html = await failure(loadFeed(`/__feeds__/html?${unique()}`));
    expect(html).to.be.instanceOf(NotJsonError);
    expect((html as Error).message).to.contain('n’est pas un fichier de données lisible');
    expect((html as FeedError).technique).to.contain('not JSON');
    expect(await failure(loadFeed(`/__feeds__/invalid-json?${unique()}`))).to.include({ code: 'not-json' });
  });

  it('gives a TooLargeError for a body over 5 MB, streamed or declared', async () => {
    const streamed = await failure(loadFeed(`/__feeds__/huge?mb=6&${unique()}`));
    expect(streamed).to.be.instanceOf(TooLargeError);
    expect((streamed as Error).message).to.contain('5 Mo');
    expect(await failure(loadFeed(`/__feeds__/huge-declared?${unique()}`))).to.include({ code: 'too-large' });
  });

  it('accepts a body just under the limit it is given', async () => {
    const json = (await fetchFeedJson(`/__feeds__/huge?mb=1&${unique()}`, { maxBytes: 1_200_000 })) as object;
    expect(json).to.have.property('padding');
  });

  it('gives a TimeoutError when the server never answers, and closes the request', async () => {
    const id = unique();
    const error = await failure(loadFeed(`/__feeds__/hang/${id}`, { timeout: 300 }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error).to.include({ code: 'timeout', timeout: 300 });
    expect((error as Error).message).to.contain('0,3 seconde.');
    // The server sees the connection close a moment later: wait for it, do not guess how long.
    await waitUntil(async () => (await (await fetch(`/__feeds__/closed/${id}`)).json()).closed === true, 'request closed', { timeout: 5000 });
  });

  it('stops at once when aborted, and aborts the request when nobody else waits', async () => {
    const id = unique();
    const controller = new AbortController();
    const pending = loadFeed(`/__feeds__/hang/${id}`, { signal: controller.signal });
    // Aborted once the server holds the request (it then says closed: false), not after a guess.
    await waitUntil(async () => (await (await fetch(`/__feeds__/closed/${id}`)).json()).closed === false, 'request received', { timeout: 5000 });
    controller.abort();
    const error = await failure(pending);
    expect((error as DOMException).name).to.equal('AbortError');
    // The server sees the connection close a moment later: wait for it, do not guess how long.
    await waitUntil(async () => (await (await fetch(`/__feeds__/closed/${id}`)).json()).closed === true, 'request closed', { timeout: 5000 });
  });

  it('keeps a shared request going while another caller still waits', async () => {
    const url = `/__feeds__/slow?ms=200&${unique()}`;
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    const second = loadFeed(url);
    leaving.abort();
    expect(((await failure(first)) as DOMException).name).to.equal('AbortError');
    expect((await second).feed!.territoire!.nom).to.equal('Lozère');
  });

  it('rejects at once when given an aborted signal', async () => {
    const error = await failure(loadFeed(`/__feeds__/hang/${unique()}`, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('gives a NetworkError when the server cannot be reached', async () => {
    const error = await failure(loadFeed(`http://127.0.0.1:9/feed.json?${unique()}`));
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as Error).message).to.contain('refuse l’accès depuis ce site');
    expect((error as FeedError).technique).to.contain('CORS');
  });

  it('gives a BadUrlError, in French, for an address that is not one', async () => {
    const error = await failure(loadFeed('http://'));
    expect(error).to.include({ code: 'bad-url' });
    expect((error as Error).message).to.contain('n’est pas une adresse de fichier de données valide');
    expect((error as FeedError).technique).to.contain('feeds/48.json');
  });

  it('asks again after a failure', async () => {
    const url = `/__feeds__/status/503?${unique()}`;
    await failure(loadFeed(url));
    expect(await failure(loadFeed(url))).to.include({ status: 503 });
  });

  it('gives an InvalidFeedError, with the path, for a feed of an unknown version', async () => {
    const body = encodeURIComponent(JSON.stringify({ version: 3 }));
    const error = await failure(loadFeed(`data:application/json,${body}`));
    expect(error).to.be.instanceOf(InvalidFeedError);
    expect(error).to.include({ code: 'invalid-feed', path: 'version' });
  });

  it('takes feed.json#a and feed.json#b for one feed, with one request', async () => {
    const id = unique();
    const url = `/__feeds__/counted/${id}`;
    const results = await Promise.all([loadFeed(`${url}#a`), loadFeed(`${url}#b`), loadFeed(url)]);
    expect(await hits(id)).to.equal(1);
    expect(results[0].feed).to.equal(results[1].feed);
  });

  it('keeps a request whose last caller gave up when the same feed is asked again in the same turn', async () => {
    const id = unique();
    const url = `/__feeds__/counted/${id}?ms=300`;
    const first = new AbortController();
    const abandoned = failure(fetchFeedJson(url, { signal: first.signal }));
    first.abort(new DOMException('left the page', 'AbortError'));
    expect(await abandoned).to.have.property('name', 'AbortError');
    const json = (await fetchFeedJson(url)) as { version: number };
    expect(json.version).to.equal(1);
    expect(await hits(id)).to.equal(1);
  });

  it('decodes a feed in the charset its server declares, and refuses one no browser knows', async () => {
    const { feed } = await loadFeed(`/__feeds__/charset/iso-8859-1?${unique()}`);
    expect(feed!.territoire!.nom).to.equal('Lozère');
    expect(JSON.stringify(feed)).to.contain("Saint-Chély-d'Apcher").and.not.contain('\ufffd');
    const unknown = await failure(loadFeed(`/__feeds__/charset/klingon-8?${unique()}`));
    expect(unknown).to.be.instanceOf(CharsetError);
    expect(unknown).to.include({ code: 'charset' });
    expect((unknown as Error).message).to.contain('« klingon-8 »').and.contain('Unicode');
    expect((unknown as FeedError).technique).to.contain('UTF-8');
  });

  it('takes a timeout that is no duration for the default, not for zero', async () => {
    for (const timeout of [Number.NaN, -1, 0, Number.POSITIVE_INFINITY]) {
      const { feed } = await loadFeed(`/__feeds__/slow?ms=50&${unique()}`, { timeout });
      expect(feed!.territoire!.nom, String(timeout)).to.equal('Lozère');
    }
  });
});
