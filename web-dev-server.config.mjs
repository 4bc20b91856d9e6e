// `npm start`: serves the demo pages, which load the built bundle from dist/ exactly as a
// webmaster's page would, on http://localhost:8000/.
export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
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
