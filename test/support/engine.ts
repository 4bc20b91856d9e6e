/**
 * The engine a browser test runs in (web-test-runner.config.mjs writes it into the runner's
 * page), to mark a test that cannot run in an engine, with the reason, never to skip silently:
 *
 *   exceptIn(['webkit'], 'WebKitWebDriver cannot …', 'does something', async () => { … });
 *
 * In the engines named, the test is registered as skipped and its title says why, so each run
 * reports it. The product's own code never asks which engine it runs in.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = ((window as unknown as { __ANCT_ENGINE__?: Engine }).__ANCT_ENGINE__ ?? 'chromium') as Engine;

export function exceptIn(engines: readonly Engine[], reason: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  return engines.includes(engine) ? it.skip(`${title} [not in ${engine}: ${reason}]`, fn) : it(title, fn);
}
