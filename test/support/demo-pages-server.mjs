// The demo pages as the test runner's dev server serves them to test/demo.test.ts, watched:
//
//   /__demo__/pages                 the .html files of demo/, so that a new page is checked too
//   /__demo__/site/<path>           the working tree's <path>, its pages with a watcher first in
//                                   their <head>; the relative addresses of a page stay under
//                                   /__demo__/site/, so the pages it frames are watched too
//   /__demo__/failed?since=<n>      the requests answered with an error status (any address) after
//                                   the nth, and the count so far
//
// The watcher, first to run, hands the top page what a visitor's console would show: every
// console.error, every uncaught error or rejection, every script, style sheet or image that did
// not load. The server side sees what a page cannot: a fetch or a frame answered with an error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const SITE = '/__demo__/site';

const watcher = `<script>
(() => {
  const log = (window.top.__demoProblems ??= []);
  const note = (kind, text) => log.push(\`\${location.pathname}: \${kind}: \${text}\`);
  const error = console.error;
  console.error = (...args) => {
    note('console.error', args.map(String).join(' '));
    error.apply(console, args);
  };
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window) note('not loaded', \`<\${target.localName}> \${target.src || target.href || ''}\`);
    else note('uncaught error', event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection', String(event.reason)));
})();
</script>`;

const failed = [];
let answered = 0;

export async function demoPagesServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/__demo__/pages') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html')));
    return undefined;
  }
  if (url.pathname === '/__demo__/failed') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ answered, failed: failed.filter((f) => f.n > Number(url.searchParams.get('since') ?? 0)) });
    return undefined;
  }
  if (url.pathname.startsWith(`${SITE}/`)) {
    const path = normalize(decodeURIComponent(url.pathname.slice(SITE.length))).replace(/^(\.\.\/)+/, '/');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
    } catch {
      // not there: the dev server answers 404, counted below
    }
    if (file.endsWith('.html')) {
      try {
        const page = readFileSync(file, 'utf8');
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = page.replace(/<head>/i, `<head>${watcher}`);
        answered++;
        return undefined;
      } catch {
        // not there either
      }
    }
    ctx.url = `${path}${url.search}`;
  }
  await next();
  answered++;
  if (ctx.status >= 400) failed.push({ n: answered, status: ctx.status, url: url.pathname + url.search });
  return undefined;
}
