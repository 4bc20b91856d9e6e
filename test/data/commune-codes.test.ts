import { expect } from '@open-wc/testing';
import { lieuDansLaVue, programmesForCommune } from '../../src/data/programmes/programmes.js';
import type { Feed } from '../../src/data/feed/validate.js';

/** A sentence as a reader sees it, without the marks that isolate a feed's text in it. */
const vu = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

/** A small feed with an arrondissement, a former code and an EPCI that changed since a list. */
const feed: Feed = {
  version: 1,
  territoire: { type: 'departement', code: '93', nom: 'Seine-Saint-Denis', region: { code: '11', nom: 'Île-de-France' } },
  edition: { periode: { debut: '2021-05-19', fin: '2026-07-21' } },
  communes: { '93066': 'Saint-Denis', '93001': 'Aubervilliers' },
  anciensCodes: {
    '93059': { nom: 'Pierrefitte-sur-Seine', commune: '93066', type: 'commune-deleguee', depuis: 2025 },
    '75059': { commune: '93066', type: 'ancienne-commune' },
  },
  changementsEpci: {
    '93001': [
      { annee: 2024, siren: '200057867', nom: 'EPT Ancien' },
      { annee: 2026, siren: '200057875', nom: 'EPT Nouveau' },
    ],
  },
  programmes: [
    {
      id: 'territoires-d-industrie',
      nom: 'Territoires d’industrie',
      axe: 'territoires-et-ruralites',
      cog: 2024,
      chiffres: [],
      contrats: [],
      lieux: [{ nom: 'Plaine', communes: ['93001', '93066'] }],
    },
  ],
};

describe('programmesForCommune with the codes a person may use', () => {
  it('a former code leads to the current commune, saying since when', () => {
    const vue = programmesForCommune(feed, '93059');
    expect(vue.statut).to.equal('trouvee');
    if (vue.statut !== 'trouvee') return;
    expect(vue.code).to.equal('93066');
    expect(vu(vue.notes[0]!)).to.equal(
      'Pierrefitte-sur-Seine est une commune déléguée de Saint-Denis depuis le 1er janvier 2025 : voici ce qui concerne Saint-Denis.',
    );
    const ancien = programmesForCommune(feed, '75059');
    expect(ancien.statut === 'trouvee' && vu(ancien.notes[0]!)).to.match(/^Cette ancienne commune fait partie de la commune de Saint-Denis depuis avant 2021/);
  });

  it('a commune whose EPCI changed since a list says so', () => {
    const vue = programmesForCommune(feed, '93001');
    expect(vue.statut === 'trouvee' && vu(vue.notes[0]!)).to.equal(
      'En 2024, année de la liste Territoires d’industrie, Aubervilliers faisait partie de EPT Ancien. Aujourd’hui, elle fait partie de EPT Nouveau. Territoires d’industrie la compte parmi les membres de 2024.',
    );
  });

  it('an arrondissement shows its own places, then its city’s programmes', () => {
    const lyon: Feed = {
      ...feed,
      territoire: { ...feed.territoire!, code: '69', nom: 'Rhône' },
      communes: { '69123': 'Lyon' },
      arrondissements: { '69388': { nom: 'Lyon 8e Arrondissement', commune: '69123' } },
      programmes: [
        { id: 'france-services', nom: 'France Services', axe: 'a', chiffres: [], contrats: [], lieux: [{ nom: 'Mermoz', commune: '69123', arrondissement: '69388' }, { nom: 'Vaise', commune: '69123', arrondissement: '69389' }] },
        { id: 'cites-educatives', nom: 'Cités éducatives', axe: 'b', chiffres: [], contrats: [], lieux: [{ nom: 'Lyon', commune: '69123' }] },
      ],
    };
    const vue = programmesForCommune(lyon, '69388');
    expect(vue.statut).to.equal('trouvee');
    if (vue.statut !== 'trouvee') return;
    expect(vue.concernes.map((p) => p.id)).to.deep.equal(['france-services']);
    expect(vue.concernes[0]!.lieux.filter((l) => lieuDansLaVue(l, vue)).map((l) => l.nom)).to.deep.equal(['Mermoz']);
    expect(vue.ville?.programmes.map((p) => p.id)).to.deep.equal(['cites-educatives']);
    expect(vu(vue.notes[0]!)).to.contain('arrondissement municipal de Lyon :');
    expect(programmesForCommune(lyon, '69123').statut).to.equal('trouvee');
  });

  it('a code that does not exist still says so', () => {
    expect(programmesForCommune(feed, '93999').statut).to.equal('inconnue');
  });
});
