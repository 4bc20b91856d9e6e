/**
 * A TCP port free on 127.0.0.1 at the moment of asking, for a server a test starts itself (the
 * dev server, WordPress's PHP and database, WebKit's driver): asking the system for port 0 and
 * giving it back, rather than a fixed port that another run on the machine may hold.
 */
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    // A probe never keeps the process alive.
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
