import { expect } from '@open-wc/testing';
import { estFerie, etatOuverture, formatPlages, phraseOuverture, type Plages } from '../../src/data/index.js';

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
});
