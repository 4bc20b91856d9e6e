// `npm start` serves the working tree: on the loopback interface only, never on the machine's
// network addresses.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { describe, it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '../support/free-port.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** The status of GET http://host:port/demo/, or the error's code. */
const get = (host, port) =>
  new Promise((resolve) => {
    const req = request({ host, port, path: '/demo/', timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', (e) => resolve(e.code));
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.end();
  });

describe('the dev server of npm start', () => {
  it('answers on 127.0.0.1 and not on the network addresses', async () => {
    const port = await freePort();
    const wds = spawn(
      process.execPath,
      ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.mjs', '--port', String(port)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      await new Promise((resolve, reject) => {
        let text = '';
        wds.stdout.on('data', (d) => {
          text += d;
          if (/started/.test(stripVTControlCharacters(text))) resolve();
        });
        wds.on('exit', (c) => reject(new Error(`wds exited ${c}: ${text}`)));
        setTimeout(() => reject(new Error(`wds did not start: ${text}`)), 30_000);
      });
      // The plugin moves the socket as the server starts: wait for it to answer there.
      let status;
      for (let i = 0; i < 50 && status !== 200; i++) {
        status = await get('127.0.0.1', port);
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      assert.equal(status, 200);
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && !a.internal && a.family === 'IPv4')
        .map((a) => a.address);
      for (const address of external) assert.notEqual(await get(address, port), 200, `not served on ${address}`);
    } finally {
      wds.kill();
    }
  });
});
