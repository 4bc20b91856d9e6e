/**
 * What the package's two entries give, counted in a browser as an application's bundler sees
 * them: names chosen on purpose (at most forty each), and none of the data layer's inner
 * workings, which stay free to change.
 */
import { expect } from '@open-wc/testing';

const entry = async (path: string) => Object.keys(await import(/* @vite-ignore */ `${location.origin}${path}`)).sort();

/** Names that are the elements' own workings: none may be exported. */
const INTERNES = [
  'PLAGES_EN_ORDRE',
  'zoneCoherente',
  'checkFeedAddresses',
  'loadValidated',
  'vueProgrammes',
  'sommaireCommune',
  'problemesDesSections',
  'prune',
  'saveLastKnown',
  'A_DU_CONTENU',
  'SCHEMAS_PROGRAMMES',
];

describe('the package’s entries', () => {
  it('anct-widgets/data gives at most 40 names: schema, validation, loading and its errors, formatting', async () => {
    for (const path of ['/dist/esm/entries/data.js', '/dist/data.js']) {
      const names = await entry(path);
      expect(names.length, path).to.be.within(20, 40);
      for (const name of [
        'FeedSchema',
        'validateFeed',
        'formatProblem',
        'loadFeed',
        'FeedError',
        'HttpError',
        'formatNombre',
        'programmesForCommune',
      ]) {
        expect(names, `${path} gives ${name}`).to.include(name);
      }
      for (const name of INTERNES) expect(names, `${path} keeps ${name} inside`).not.to.include(name);
    }
  });

  it('anct-widgets gives at most 40 names: the elements, their list, registration, and the feed’s check', async () => {
    const names = await entry('/dist/esm/entries/index.js');
    expect(names.length).to.be.within(10, 40);
    for (const name of [
      'AnctProgrammeList',
      'AnctFiche',
      'AnctElement',
      'ELEMENTS',
      'VERSION',
      'defineElement',
      'setFeedsBase',
      'validateFeed',
      'FeedError',
    ]) {
      expect(names, name).to.include(name);
    }
    for (const name of [...INTERNES, 'FeedSchema', 'formatNombre']) expect(names, `keeps ${name} out`).not.to.include(name);
  });
});
