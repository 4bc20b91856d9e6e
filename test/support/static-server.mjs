// A plain static server for the project's files, for Node tests that drive a real browser.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The Content-Type a web server sends for a file of the package, by its extension. */
export function contentType(path) {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * Serves `root` on a free port of 127.0.0.1, and `pages` ({path: [type, body]}) from memory;
 * resolves to {url, close}.
 */
export async function serve(root, pages = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (pages[path]) {
      res.setHeader('content-type', pages[path][0]);
      res.end(pages[path][1]);
      return;
    }
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', contentType(file));
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
