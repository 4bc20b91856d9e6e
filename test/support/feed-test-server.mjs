// Feed servers that misbehave, served by the test runner's own dev server under /__feeds__/:
// the loader is tested against real HTTP, not a mocked fetch.
//
//   /__feeds__/status/404           that status, empty body
//   /__feeds__/html                 an HTML error page with status 200
//   /__feeds__/invalid-json         text that looks like JSON but is not
//   /__feeds__/huge?mb=6            a streamed body of that many megabytes, no content-length
//   /__feeds__/huge-declared        a content-length of 20 MB (the body never needs reading)
//   /__feeds__/hang/<id>            never answers; /__feeds__/closed/<id> says whether the client gave up
//   /__feeds__/slow?ms=300          the Lozère feed, after a delay
//   /__feeds__/counted/<id>         the Lozère feed; /__feeds__/hits/<id> says how many requests came
//   /__feeds__/variant?nom=X&ms=N   the Lozère feed renamed X, after a delay: tells two answers apart
//   /__feeds__/flaky/<id>           the Lozère feed the first time, then a 500 error every time
//   /__feeds__/held/<id>?nom=X      the Lozère feed renamed X, held until /__feeds__/release/<id>,
//                                   which answers once every held request has been answered;
//                                   /__feeds__/hits/<id> counts the requests that arrived
//   /__feeds__/sequence/<id>?codes=200,404,500   the Nth request gets the Nth status (the last one
//                                   after that): 200 is the Lozère feed, any other an empty error
//   /__feeds__/charset/<label>      the Lozère feed encoded in that charset (iso-8859-1 or utf-8),
//                                   declared with that label, known or not
//   /__feeds__/redirect?to=<url>    a 302 to that address (an open redirect)
//   /__feeds__/cors/<id>            the Lozère feed, readable from any origin (counted like counted/)
//   /__feeds__/lien?url=<url>       the Lozère feed whose one resource links to that address
//   /__feeds__/script/<file>        dist/<file>, served from here: a script whose feeds/ folder is empty
//   /__feeds__/page?script=<file>&head=<html>&body=<html>   a page with dist/<file> as a classic
//                                   script in <head>, without defer, after `head`
//   /__feeds__/counted/<id>?ms=N    (counted/ above) answers after N ms
import { readFileSync } from 'node:fs';

const lozere = () => readFileSync(new URL('../../demo/feeds/48-lozere-2021.json', import.meta.url));
const hits = new Map();
const closed = new Map();
const HANG_LIMIT_MS = 30_000;
/** Per id: the promise a held request waits for, and its resolver; released ids answer at once. */
const holds = new Map();

function hold(id) {
  if (!holds.has(id)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(id, { released, release, pending: new Set() });
  }
  return holds.get(id);
}

function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.body = body;
}

export async function feedTestServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const [, root, route, id] = url.pathname.split('/');
  if (root !== '__feeds__') return next();

  switch (route) {
    case 'status':
      ctx.status = Number(id);
      ctx.body = '';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Erreur</title><h1>Page introuvable</h1>';
      return;
    case 'invalid-json':
      json(ctx, '{"version": 1, "territoire": ');
      return;
    case 'huge': {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = Number(url.searchParams.get('mb') ?? 6) * 1_000_000;
      const { Readable } = await import('node:stream');
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (function* () {
          yield Buffer.from('{"padding": "');
          while (left > 0) {
            left -= chunk.length;
            yield chunk;
          }
          yield Buffer.from('"}');
        })(),
      );
      return;
    }
    case 'huge-declared':
      ctx.type = 'application/json';
      ctx.set('content-length', String(20_000_000));
      ctx.body = Buffer.from('{}');
      ctx.length = 20_000_000;
      return;
    case 'hang':
      closed.set(id, false);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, HANG_LIMIT_MS);
        ctx.req.on('close', () => {
          closed.set(id, true);
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.status = 204;
      return;
    case 'closed':
      json(ctx, JSON.stringify({ closed: closed.get(id) ?? null }));
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 300)));
      json(ctx, lozere());
      return;
    case 'variant': {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
      const feed = JSON.parse(lozere());
      feed.territoire.nom = url.searchParams.get('nom') ?? feed.territoire.nom;
      json(ctx, JSON.stringify(feed));
      return;
    }
    case 'flaky': {
      const n = (hits.get(`flaky-${id}`) ?? 0) + 1;
      hits.set(`flaky-${id}`, n);
      if (n === 1) json(ctx, lozere());
      else ctx.status = 500;
      return;
    }
    case 'held': {
      hits.set(id, (hits.get(id) ?? 0) + 1);
      const h = hold(id);
      const answered = h.released.then(() => {
        const feed = JSON.parse(lozere());
        feed.territoire.nom = url.searchParams.get('nom') ?? feed.territoire.nom;
        json(ctx, JSON.stringify(feed));
      });
      h.pending.add(answered);
      await answered;
      return;
    }
    case 'release': {
      const h = hold(id);
      h.release();
      await Promise.all(h.pending);
      json(ctx, JSON.stringify({ released: h.pending.size }));
      return;
    }
    case 'counted':
      hits.set(id, (hits.get(id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
      json(ctx, lozere());
      return;
    case 'sequence': {
      const n = hits.get(`sequence-${id}`) ?? 0;
      hits.set(`sequence-${id}`, n + 1);
      const codes = (url.searchParams.get('codes') ?? '200').split(',').map(Number);
      const status = codes[Math.min(n, codes.length - 1)];
      // A 404 or a 410 may be cached by the browser: each request must reach the server.
      ctx.set('cache-control', 'no-store');
      if (status === 200) json(ctx, lozere());
      else {
        ctx.status = status;
        ctx.body = '';
      }
      return;
    }
    case 'charset': {
      const text = lozere().toString('utf8');
      // In iso-8859-1, the characters it cannot hold (the typographic apostrophe…) become '.
      const latin1 = /^(iso-8859-1|latin1)$/i.test(id);
      const body = latin1 ? Buffer.from(text.replace(/[^\x20-\xff\n]/g, "'"), 'latin1') : Buffer.from(text, 'utf8');
      ctx.set('content-type', `application/json; charset=${id}`);
      ctx.body = body;
      return;
    }
    case 'redirect':
      ctx.redirect(url.searchParams.get('to'));
      return;
    case 'cors':
      hits.set(id, (hits.get(id) ?? 0) + 1);
      ctx.set('access-control-allow-origin', '*');
      json(ctx, lozere());
      return;
    case 'lien': {
      const feed = JSON.parse(lozere());
      feed.ressources = [{ libelle: 'Lien de test', url: url.searchParams.get('url') }];
      json(ctx, JSON.stringify(feed));
      return;
    }
    case 'script':
      // Nothing below it: its feeds/ folder is empty.
      if (url.pathname.split('/').length !== 4) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'text/javascript';
      ctx.body = readFileSync(new URL(`../../dist/${id}`, import.meta.url));
      return;
    case 'page':
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="fr"><head>${url.searchParams.get('head') ?? ''}<script src="/dist/${url.searchParams.get('script')}"></script></head><body>${url.searchParams.get('body')}</body></html>`;
      return;
    case 'hits':
      json(ctx, JSON.stringify({ hits: hits.get(id) ?? 0 }));
      return;
    default:
      ctx.status = 404;
  }
}
