// `npm start`: serves the demo pages, which load the built bundle from dist/ exactly as a
// webmaster's page would, on http://localhost:8000/.
//
// On the loopback interface only: the server serves the whole working tree. @web/dev-server
// listens on every interface when `hostname` is `localhost` (it leaves the host out of
// `listen()`), so the plugin below moves the socket to 127.0.0.1 before anything is served;
// test/node/dev-server.test.mjs checks the address it ends on.
const loopbackOnly = {
  name: 'loopback-only',
  async serverStart({ server, config }) {
    if (!server?.listening || server.address()?.address === '127.0.0.1') return;
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, '127.0.0.1', resolve);
    });
  },
};

export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  plugins: [loopbackOnly],
  middleware: [
    function demoAtRoot(ctx, next) {
      if (ctx.path === '/') {
        ctx.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
