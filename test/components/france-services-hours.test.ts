/**
 * A site's opening hours as a reader reads them, at frozen instants: all or nothing (a range that does
 * not read never makes a day « Fermé »), adjacent ranges as one, round the clock, and overseas
 * on the territory's own clock.
 */
import { expect } from '@open-wc/testing';
import type { AnctFranceServices } from '../../src/entries/index.js';
import { cleanup, mount, settled, shadowAll, visibleText } from '../support/mount.js';
import { horloge } from '../support/horloge.js';

const LOZERE_FS = '/dist/feeds/48.json';

/** The Lozère feed with the Mende site changed by `change`. */
async function feedAvecMende(change: (mende: Record<string, unknown>, feed: Record<string, any>) => void) {
  const feed = await (await fetch(LOZERE_FS)).json();
  const fs = feed.programmes.find((p: { id: string }) => p.id === 'france-services');
  change(
    fs.lieux.find((l: { nom: string }) => l.nom === 'France services de Mende'),
    feed,
  );
  return feed;
}

async function mende(feed: unknown) {
  const m = mount<AnctFranceServices>('anct-france-services', { commune: '48095' });
  m.el.feed = feed;
  await settled(m);
  const site = shadowAll(m.el, '[part="site"]').find(
    (s) => visibleText(s.querySelector('[part="site-heading"]')) === 'France services de Mende',
  )!;
  return {
    m,
    site,
    statut: () => visibleText(site.querySelector('[part="status"]')) || undefined,
    lignes: () => [...site.querySelectorAll('tbody tr')].map((tr) => visibleText(tr)),
  };
}

describe('<anct-france-services> opening hours', () => {
  afterEach(() => {
    horloge();
    cleanup();
  });

  for (const [cas, lundi] of [
    [
      'overlapping ranges',
      [
        ['08:30', '12:00'],
        ['11:00', '17:00'],
      ],
    ],
    ['a range that ends before it starts', [['13:30', '07:00']]],
    ['24:00 as a start', [['24:00', '24:00']]],
    ['25:00', [['08:30', '25:00']]],
  ] as const) {
    it(`shows the source’s own text and no open or closed for ${cas}, never « Fermé »`, async () => {
      horloge('2026-12-07T10:00:00Z'); // Monday 11:00 in Paris
      const vue = await mende(await feedAvecMende((site) => ((site.plages as Record<string, unknown>).lundi = lundi)));
      expect(vue.statut()).to.equal(undefined);
      expect(vue.lignes()).to.deep.equal([
        'Lundi 08:30 - 12:00 / 13:30 - 17:00',
        'Mardi 08:30 - 12:00 / 13:30 - 17:00',
        'Mercredi 08:30 - 12:00 / 13:30 - 17:00',
        'Jeudi 08:30 - 12:00 / 13:30 - 17:00',
        'Vendredi 08:30 - 12:00 / 13:30 - 16:30',
      ]);
      expect(vue.m.errors.some((e) => /\.plages/.test(e.detail.path ?? ''))).to.equal(true);
    });
  }

  it('says « Horaires non communiqués » when the only hours given are invalid', async () => {
    horloge('2026-12-07T10:00:00Z');
    const vue = await mende(
      await feedAvecMende((site) => {
        delete site.horaires;
        (site.plages as Record<string, unknown>).mardi = [['13:30', '07:00']];
      }),
    );
    expect(vue.statut()).to.equal(undefined);
    expect(vue.lignes()).to.deep.equal([]);
    expect(visibleText(vue.site.querySelector('.mention'))).to.equal('Horaires non communiqués.');
  });

  it('reads adjacent ranges as one', async () => {
    horloge('2026-12-07T10:00:00Z'); // Monday 11:00 in Paris
    const vue = await mende(
      await feedAvecMende((site) => {
        site.plages = {
          lundi: [
            ['09:00', '12:00'],
            ['12:00', '14:00'],
          ],
        };
      }),
    );
    expect(vue.statut()).to.equal('Ouvert maintenant, jusqu’à 14 h');
    expect(vue.lignes()[0]).to.equal('Lundi 9 h à 14 h');
  });

  it('says « Ouvert 24 h sur 24 » for a site that never closes, and until when one open through midnight is', async () => {
    horloge('2026-12-07T10:00:00Z'); // Monday
    const jour = [['00:00', '24:00']];
    const toujours = await mende(
      await feedAvecMende((site) => {
        site.plages = Object.fromEntries(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((j) => [j, jour]));
      }),
    );
    expect(toujours.statut()).to.equal('Ouvert 24 h sur 24');
    expect(toujours.lignes()[0]).to.equal('Lundi 24 h sur 24');
    toujours.m.el.remove();
    const lundi = await mende(await feedAvecMende((site) => (site.plages = { lundi: jour })));
    expect(lundi.statut()).to.equal('Ouvert maintenant, jusqu’à minuit');
    lundi.m.el.remove();
    const nuit = await mende(
      await feedAvecMende(
        (site) =>
          (site.plages = {
            lundi: [['18:00', '24:00']],
            mardi: [
              ['00:00', '02:00'],
              ['09:00', '12:00'],
            ],
          }),
      ),
    );
    horloge('2026-12-07T20:00:00Z'); // Monday 21:00
    nuit.m.el.requestUpdate();
    await nuit.m.el.updateComplete;
    expect(nuit.statut()).to.equal('Ouvert maintenant, jusqu’à demain 2 h');
    expect(nuit.lignes().slice(0, 2)).to.deep.equal(['Lundi 18 h à minuit', 'Mardi 0 h à 2 h et 9 h à 12 h']);
  });

  it('reads a site in Saint-Pierre-et-Miquelon on its own clock', async () => {
    // 13:00 UTC is 10:00 in Saint-Pierre (UTC−3 in winter), 14:00 in Paris.
    horloge('2026-12-07T13:00:00Z');
    const vue = await mende(
      await feedAvecMende((site, feed) => {
        feed.territoire = { type: 'departement', code: '975', nom: 'Saint-Pierre-et-Miquelon', region: { code: '97', nom: 'Outre-mer' } };
        site.plages = { lundi: [['08:30', '12:00']] };
      }),
    );
    expect(vue.statut()).to.equal('Ouvert maintenant, jusqu’à 12 h');
  });
});
