/**
 * ouvertures: what the France Services list reads of the clock before it renders — which shown
 * sites are open, in a sentence, and when the first of them next opens or closes.
 */
import { expect } from '@open-wc/testing';
import { ouvertures, type VueFranceServices } from '../../src/data/france-services/france-services.js';
import type { Plages } from '../../src/data/france-services/ouverture.js';
import type { Lieu } from '../../src/data/feed/schema.js';

const SEMAINE: Plages = { lundi: [['08:30', '12:00']], mardi: [['13:30', '17:00']] };

function vue(...sites: Lieu[]): VueFranceServices {
  return { commune: undefined, groupes: [{ titre: 'Dans le département', sites }], notes: [], source: undefined, erreurCommune: undefined };
}

describe('ouvertures', () => {
  it('says which sites are open now, and looks again at the first change among them', () => {
    const matin: Lieu = { nom: 'Matin', plages: SEMAINE } as Lieu;
    const apresMidi: Lieu = { nom: 'Après-midi', plages: { lundi: [['13:30', '17:00']] } } as Lieu;
    // Monday 7 December 2026, 10:00 in Paris.
    const { sites, prochainChangement } = ouvertures(vue(matin, apresMidi), new Date('2026-12-07T09:00:00Z'), '48');
    expect(sites.get(matin)).to.deep.equal({ statut: 'ouvert', phrase: 'Ouvert maintenant, jusqu’à 12 h' });
    expect(sites.get(apresMidi)).to.deep.equal({ statut: 'ferme', phrase: 'Fermé — ouvre aujourd’hui à 13 h 30' });
    // Noon in Paris: the morning site closes before the other opens.
    expect(new Date(prochainChangement).toISOString()).to.equal('2026-12-07T11:00:00.000Z');
  });

  it('says nothing of a site without hours, and never looks again for it', () => {
    const sansHoraires = { nom: 'Sans horaires' } as Lieu;
    const { sites, prochainChangement } = ouvertures(vue(sansHoraires), new Date('2026-12-07T09:00:00Z'), '48');
    expect(sites.size).to.equal(0);
    expect(prochainChangement).to.equal(Infinity);
  });
});
