// `anct-widgets html` for the browser tests (test/components/fallback.test.ts), run for real from
// dist/ by the test runner's dev server:
//
//   /__html__/cases              the communes to test (html-cases.mjs)
//   /__html__/run?args=<JSON>    the command's {code, stdout, stderr} for those arguments
import { argsOf, cases, run } from './html-cases.mjs';

export async function htmlCommandServer(ctx, next) {
  if (ctx.path === '/__html__/cases') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(cases());
    return;
  }
  if (ctx.path === '/__html__/run') {
    const { tag, ...c } = JSON.parse(ctx.query.args);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await run(argsOf(tag, c)));
    return;
  }
  return next();
}
