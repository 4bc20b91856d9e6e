/**
 * An element's data life, as a page sees it: a feed validated once per object and per request,
 * events told again for a new input and not for a new look, and the fiche's parts handed what the
 * fiche validated, each problem told once.
 */
import { expect } from '@open-wc/testing';
import { LOZERE, cleanup, lozereJson, mount, settled, settledDeep, unique } from '../support/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; feed: unknown; commune: string | null; theme: string };

/** The feed of each anct-load, as the element validated it. */
const loaded = (m: { loads: CustomEvent[] }) => m.loads.map((e) => (e.detail as { feed: unknown }).feed);

describe('the feed controller', () => {
  afterEach(cleanup);

  it('validates a feed object once: a new commune shows it again, told again, from the same validated feed', async () => {
    const json = await lozereJson();
    const m = mount<Lit>('anct-fibre-table');
    m.el.feed = json;
    await settled(m);
    m.el.commune = '48095';
    await m.el.updateComplete;
    const [first, second] = loaded(m);
    expect(m.loads).to.have.length(2);
    expect(first).to.not.equal(json);
    expect(second).to.equal(first);
    // A new object is a new feed: validated anew.
    m.el.feed = { ...json };
    await m.el.updateComplete;
    expect(m.loads).to.have.length(3);
    expect(loaded(m)[2]).to.not.equal(first);
  });

  it('tells the page nothing when only the look changes', async () => {
    const m = mount<Lit>('anct-saisine-flow', { src: LOZERE });
    await settled(m);
    m.el.theme = 'dark';
    await m.el.updateComplete;
    expect(m.loads).to.have.length(1);
    expect(m.errors).to.have.length(0);
  });

  it('shares one validation among the elements that read one address for the same sections', async () => {
    const src = `/__feeds__/counted/${unique()}`;
    const [a, b, fibre] = [
      mount('anct-programme-list', { src }),
      mount('anct-programme-list', { src }),
      mount('anct-fibre-table', { src }),
    ];
    for (const m of [a, b, fibre]) await settled(m);
    expect(loaded(a)[0]).to.equal(loaded(b)[0]);
    // Another element validates its own sections.
    expect(loaded(fibre)[0]).to.not.equal(loaded(a)[0]);
  });

  it('the fiche tells each problem of its feed once, its parts none again', async () => {
    const json = await lozereJson();
    json.fibre.zones[1].locauxRaccordables = 60000;
    const m = mount<Lit>('anct-fiche');
    m.el.feed = json;
    await settledDeep(m.el);
    // The parts' events reach the page through the fiche: a part that told its problem again would add one.
    expect(m.errors.map((e) => e.detail.path)).to.deep.equal(['fibre.zones[1]']);
  });
});
