import { expect } from '@open-wc/testing';
import { aLaCommune, formatDate, formatDomaine, formatEuros, formatNombre, formatPart, formatPourcentage, formatValeur } from '../../src/data/text/format.js';

/** As a reader sees it: spaces as spaces, without the marks that isolate a feed's text. */
const vu = (s: string) => s.replace(/\s/g, ' ').replace(/[\u2066-\u2069]/g, '');

describe('French formatting', () => {
  it('groups thousands with a no-break space', () => {
    expect(vu(formatNombre(10500))).to.equal('10 500');
    expect(formatNombre(10500)).to.not.contain(' '); // never a breakable space inside a figure
    expect(vu(formatNombre(4000))).to.equal('4 000');
    expect(formatNombre(0)).to.equal('0');
    expect(formatNombre(5.25)).to.equal('5,25');
  });

  it('writes shares and percentages', () => {
    expect(vu(formatPart(0.15))).to.equal('15 %');
    expect(vu(formatPart(6700 / 10500))).to.equal('64 %');
    expect(vu(formatPourcentage(41))).to.equal('41 %');
  });

  it('writes euros as the fiche does', () => {
    expect(vu(formatEuros(5_400_000))).to.equal("5,4 millions d'euros");
    expect(vu(formatEuros(41_560_000))).to.equal("41,56 millions d'euros");
    expect(vu(formatEuros(14_120_000))).to.equal("14,12 millions d'euros");
    expect(vu(formatEuros(1_000_000))).to.equal("1 million d'euros");
    expect(vu(formatEuros(40_000))).to.equal('40 000 €');
    expect(vu(formatEuros(12.5))).to.equal('12,50 €');
  });

  it('formats a figure by its unit', () => {
    expect(vu(formatValeur({ valeur: 5_400_000, unite: 'EUR' }))).to.equal("5,4 millions d'euros");
    expect(vu(formatValeur({ valeur: 41, unite: '%' }))).to.equal('41 %');
    expect(vu(formatValeur({ valeur: 138 }))).to.equal('138');
    expect(vu(formatValeur({ valeur: 12.5, unite: 'km' }))).to.equal('12,5 km');
    expect(vu(formatValeur({ valeur: 99.6, unite: '%' }))).to.equal('99,6 %');
  });

  it('writes an undefined share as a dash, not "NaN %"', () => {
    expect(formatPart(Number.NaN)).to.equal('–');
  });

  it('contracts « à » before a commune’s article, and shortens addresses as the fiche does', () => {
    expect(vu(aLaCommune('Mende'))).to.equal('à Mende');
    expect(vu(aLaCommune('Le Malzieu-Ville'))).to.equal('au Malzieu-Ville');
    expect(vu(aLaCommune('Les Bondons'))).to.equal('aux Bondons');
    expect(vu(aLaCommune('La Canourgue'))).to.equal('à La Canourgue');
    // The name is the feed's: isolated, so that its direction stays inside.
    expect(aLaCommune('Le Malzieu-Ville')).to.equal('au \u2068Malzieu-Ville\u2069');
    expect(formatDomaine('https://www.observatoire-des-territoires.gouv.fr/x')).to.equal('observatoire-des-territoires.gouv.fr');
  });

  it('writes dates at the precision of the source', () => {
    expect(formatDate('2021-06-03')).to.equal('3 juin 2021');
    expect(formatDate('2020-07-31')).to.equal('31 juillet 2020');
    expect(formatDate('2021-04-01')).to.equal('1er avril 2021');
    expect(formatDate('2021-06')).to.equal('juin 2021');
    expect(formatDate('2021')).to.equal('2021');
  });
});
