import { expect } from '@open-wc/testing';
import { curveMonotoneX, line } from 'd3-shape';
import { seriesLineGeometry } from '../../src/charts/series-line.js';

const format = (n: number) => String(n);

describe('seriesLineGeometry', () => {
  it('places each point at its value, from zero at the bottom to a round top', () => {
    const g = seriesLineGeometry(
      [10, 20, 35, 40].map((valeur, i) => ({ libelle: `2021-T${i + 1}`, valeur })),
      { format, width: 200, height: 136 },
    );
    expect(g.graduationsY.map((t) => t.texte)).to.deep.equal(['0', '10', '20', '30', '40']);
    const bas = g.graduationsY[0]!.y;
    const haut = g.graduationsY.at(-1)!.y;
    // Each point's height is its value's share of the top rule's.
    for (const [i, v] of [10, 20, 35, 40].entries()) expect(Math.abs((bas - g.points[i]!.y) / (bas - haut) - v / 40)).to.be.below(0.01);
    expect(g.points.map((p) => p.x)).to.deep.equal([...g.points.map((p) => p.x)].sort((a, b) => a - b));
    expect(g.lines).to.have.length(1);
    expect(g.areas[0]).to.match(/Z$/);
  });

  it('draws the line d3-shape’s line() draws through the same points', () => {
    const g = seriesLineGeometry(
      [3, 5, 9, 14, 20].map((valeur, i) => ({ libelle: String(i), valeur })),
      { format },
    );
    expect(g.lines[0]).to.equal(line().curve(curveMonotoneX)(g.points.map((p) => [p.x, p.y])));
  });

  it('rounds the top rule above the largest value, so the line never passes it', () => {
    const g = seriesLineGeometry([{ libelle: 'a', valeur: 49940 }], { format });
    expect(g.graduationsY.at(-1)!.texte).to.equal('50000');
    expect(g.points[0]!.y).to.be.at.least(g.graduationsY.at(-1)!.y);
  });

  it('leaves a gap for a missing value, null or NaN, and never throws', () => {
    const g = seriesLineGeometry(
      [1, null, 3, 4, Number.NaN, 6].map((valeur, i) => ({ libelle: String(i), valeur })),
      { format },
    );
    expect(g.lines).to.have.length(3);
    expect(g.points.map((p) => p.valeur)).to.deep.equal([1, 3, 4, 6]);
    const vide = seriesLineGeometry([{ libelle: 'a', valeur: null }], { format });
    expect(vide.lines).to.deep.equal([]);
    expect(vide.points).to.deep.equal([]);
  });

  it('labels the points the caller asks for', () => {
    const g = seriesLineGeometry(
      ['2017-T4', '2018-T1', '2018-T2', '2019-T1'].map((libelle, i) => ({ libelle, valeur: i })),
      { format, graduer: (l) => (l.endsWith('-T1') ? l.slice(0, 4) : undefined) },
    );
    expect(g.graduationsX.map((t) => t.texte)).to.deep.equal(['2018', '2019']);
  });
});
