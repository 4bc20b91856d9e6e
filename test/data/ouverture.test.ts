import { expect } from '@open-wc/testing';
import { fuseauDuTerritoire } from '../../src/data/feed/codes.js';
import { estFerie, etatOuverture, formatPlages, lirePlages, phraseOuverture, type Plages } from '../../src/data/france-services/ouverture.js';
import { validateFeed } from '../../src/data/feed/validate.js';

/** France services de Mende, as the 2024-08-01 list gives its week. */
const MENDE: Plages = {
  lundi: [
    ['08:30', '12:00'],
    ['13:30', '17:00'],
  ],
  mardi: [
    ['08:30', '12:00'],
    ['13:30', '17:00'],
  ],
  vendredi: [
    ['08:30', '12:00'],
    ['13:30', '16:30'],
  ],
};

const dit = (iso: string, plages = MENDE) => phraseOuverture(etatOuverture(plages, new Date(iso)));

describe('whether a site is open, in Paris time', () => {
  it('says open until the end of the range, on a Monday at 11:55 in Paris', () => {
    // 10:55 UTC is 11:55 in Paris in winter, 12:55 in summer.
    expect(dit('2026-12-07T10:55:00Z')).to.equal('Ouvert maintenant, jusqu’à 12 h');
    expect(dit('2026-06-08T10:55:00Z')).to.equal('Fermé — ouvre aujourd’hui à 13 h 30');
    expect(dit('2026-06-08T09:55:00Z')).to.equal('Ouvert maintenant, jusqu’à 12 h');
  });

  it('counts the day in Paris, not in UTC nor in the reader’s zone', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Paris: the site opens today, not tomorrow.
    expect(dit('2026-12-06T23:30:00Z')).to.equal('Fermé — ouvre aujourd’hui à 8 h 30');
    // Saturday 23:30 UTC is Sunday in Paris: it opens tomorrow, Monday.
    expect(dit('2026-12-05T23:30:00Z')).to.equal('Fermé — ouvre demain à 8 h 30');
    // Tuesday 22:30 UTC in summer is Wednesday 00:30 in Paris: next opening Friday.
    expect(dit('2026-06-09T22:30:00Z')).to.equal('Fermé — ouvre vendredi à 8 h 30');
  });

  it('says closed on a Sunday, and when it opens next', () => {
    expect(dit('2026-12-06T11:00:00Z')).to.equal('Fermé — ouvre demain à 8 h 30');
    const etat = etatOuverture(MENDE, new Date('2026-12-06T11:00:00Z'));
    // It looks again at midnight in Paris, when « demain » becomes « aujourd’hui ».
    expect(new Date(etat.changement).toISOString()).to.equal('2026-12-06T23:00:00.000Z');
  });

  it('says when the answer changes: the end of the range', () => {
    const etat = etatOuverture(MENDE, new Date('2026-12-07T10:55:30Z'));
    expect(new Date(etat.changement).toISOString()).to.equal('2026-12-07T11:00:00.000Z');
  });

  it('says nothing on a public holiday, fixed or from Easter, nor of an opening that falls on one', () => {
    expect(estFerie(Date.UTC(2026, 11, 25))).to.equal(true); // Christmas, a Friday
    expect(estFerie(Date.UTC(2026, 3, 6))).to.equal(true); // Easter Monday 2026
    expect(estFerie(Date.UTC(2026, 4, 14))).to.equal(true); // Ascension 2026
    expect(estFerie(Date.UTC(2026, 4, 25))).to.equal(true); // Whit Monday 2026
    expect(estFerie(Date.UTC(2026, 3, 7))).to.equal(false);
    expect(etatOuverture(MENDE, new Date('2026-12-25T10:00:00Z')).statut).to.equal('inconnu');
    expect(dit('2026-12-25T10:00:00Z')).to.equal(undefined);
    expect(dit('2026-04-06T08:00:00Z')).to.equal(undefined);
    // Sunday 5 April 2026: the next opening would be Easter Monday, which nobody here knows.
    expect(dit('2026-04-05T10:00:00Z')).to.equal('Fermé');
  });

  it('reads an overseas site’s hours on its own clock, with its own holidays', () => {
    // 06:00 UTC is 10:00 in Réunion, 07:00 in Paris.
    expect(phraseOuverture(etatOuverture(MENDE, new Date('2026-12-07T06:00:00Z'), '974'))).to.equal('Ouvert maintenant, jusqu’à 12 h');
    expect(phraseOuverture(etatOuverture(MENDE, new Date('2026-12-07T06:00:00Z'), '48'))).to.equal('Fermé — ouvre aujourd’hui à 8 h 30');
    // 20 December, the abolition of slavery, is a holiday in Réunion, not in Lozère.
    expect(estFerie(Date.UTC(2027, 11, 20), '974')).to.equal(true);
    expect(estFerie(Date.UTC(2027, 11, 20), '48')).to.equal(false);
    // Good Friday in Alsace-Moselle: 3 April 2026.
    expect(estFerie(Date.UTC(2026, 3, 3), '67')).to.equal(true);
    expect(estFerie(Date.UTC(2026, 3, 3), '48')).to.equal(false);
  });

  it('writes a day’s ranges as a reader reads them', () => {
    expect(formatPlages(MENDE.lundi!)).to.equal('8 h 30 à 12 h et 13 h 30 à 17 h');
    expect(formatPlages([])).to.equal('Fermé');
  });

  it('reads nothing of a week with one range that does not read, and adjacent ranges as one', () => {
    for (const lundi of [[['08:30', '12:00'], ['11:00', '17:00']], [['13:30', '07:00']], [['24:00', '24:00']], [['08:30', '25:00']]] as [string, string][][]) {
      expect(lirePlages({ ...MENDE, lundi }), JSON.stringify(lundi)).to.equal(undefined);
      expect(etatOuverture({ ...MENDE, lundi }, new Date('2026-12-08T10:00:00Z')).statut).to.equal('inconnu');
    }
    expect(lirePlages({ lundi: [['09:00', '12:00'], ['12:00', '14:00'], ['14:00', '15:00'], ['16:00', '17:00']] })).to.deep.equal({
      lundi: [['09:00', '15:00'], ['16:00', '17:00']],
    });
    expect(dit('2026-12-07T10:55:00Z', { lundi: [['09:00', '12:00'], ['12:00', '14:00']] })).to.equal('Ouvert maintenant, jusqu’à 14 h');
  });

  it('says until when a site open through midnight is, and « Ouvert 24 h sur 24 » for one that never closes', () => {
    const toujours = Object.fromEntries(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((j) => [j, [['00:00', '24:00']]]));
    expect(dit('2026-12-07T10:00:00Z', toujours)).to.equal('Ouvert 24 h sur 24');
    expect(dit('2026-12-07T10:00:00Z', { lundi: [['00:00', '24:00']] })).to.equal('Ouvert maintenant, jusqu’à minuit');
    expect(dit('2026-12-07T20:00:00Z', { lundi: [['18:00', '24:00']], mardi: [['00:00', '02:00']] })).to.equal('Ouvert maintenant, jusqu’à demain 2 h');
    // Thursday 24 December, open through the night into Christmas: until when, nobody here knows.
    expect(dit('2026-12-24T20:00:00Z', { jeudi: [['18:00', '24:00']], vendredi: [['00:00', '02:00']] })).to.equal('Ouvert maintenant');
    expect(formatPlages([['00:00', '24:00']])).to.equal('24 h sur 24');
    expect(formatPlages([['18:00', '24:00']])).to.equal('18 h à minuit');
  });

  it('knows the legal time of every territory the schema accepts, and of none other', () => {
    const candidats = [
      ...Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')),
      ...['2A', '2B', '2C', '3A'],
      ...Array.from({ length: 40 }, (_, i) => String(970 + i)),
    ];
    const acceptes = candidats.filter((code) => {
      const feed = { version: 1, territoire: { type: 'departement', code, nom: 'X', region: { code: '01', nom: 'Y' } }, edition: { date: '2024' } };
      return validateFeed(feed).problems.length === 0;
    });
    expect(acceptes).to.include.members(['01', '2A', '2B', '48', '95', '971', '974', '975', '976', '977', '978']);
    for (const code of candidats) {
      expect(fuseauDuTerritoire(code) !== undefined, code).to.equal(acceptes.includes(code));
    }
    expect(['971', '972', '973', '974', '975', '976', '977', '978'].map(fuseauDuTerritoire)).to.deep.equal([
      'America/Guadeloupe',
      'America/Martinique',
      'America/Cayenne',
      'Indian/Reunion',
      'America/Miquelon',
      'Indian/Mayotte',
      'America/St_Barthelemy',
      'America/Marigot',
    ]);
    expect(fuseauDuTerritoire('48')).to.equal('Europe/Paris');
    // 13:00 UTC is 10:00 in Saint-Pierre, 9:00 in Saint-Barthélemy and Saint-Martin, 14:00 in Paris.
    for (const code of ['975', '977', '978']) {
      expect(phraseOuverture(etatOuverture({ lundi: [['08:30', '12:00']] }, new Date('2026-12-07T13:00:00Z'), code)), code).to.equal(
        'Ouvert maintenant, jusqu’à 12 h',
      );
    }
  });
});
