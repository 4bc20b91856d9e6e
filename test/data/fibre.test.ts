import { expect } from '@open-wc/testing';
import { formatNombre, formatPart, tableauFibre, validateFeed } from '../../src/data/index.js';

const cell = (n: number, part: number) => `${formatNombre(n)} (${formatPart(part)})`.replace(/\s/g, ' ');

describe('tableauFibre', () => {
  it('computes the Lozère shares exactly as the seed prints them', async () => {
    const { feed } = validateFeed(await (await fetch('/demo/feeds/48-lozere-2021.json')).json());
    const { zones, total } = tableauFibre({ zones: feed!.fibre!.zones! });
    const [amii, rip] = zones;
    expect(amii!.zone).to.equal('AMII');
    expect(cell(amii!.locauxADeployer, amii!.partDesLocaux)).to.equal('10 500 (15 %)');
    expect(cell(amii!.locauxRaccordables, amii!.partRaccordables)).to.equal('6 700 (64 %)');
    expect(rip!.zone).to.equal('RIP');
    expect(cell(rip!.locauxADeployer, rip!.partDesLocaux)).to.equal('59 500 (85 %)');
    expect(cell(rip!.locauxRaccordables, rip!.partRaccordables)).to.equal('21 700 (36 %)');
    expect(formatNombre(total.locauxADeployer).replace(/\s/g, ' ')).to.equal('70 000');
    expect(cell(total.locauxRaccordables, total.partRaccordables)).to.equal('28 400 (41 %)');
  });

  it('gives NaN, not Infinity, for a zone with nothing to deploy', () => {
    const { zones, total } = tableauFibre({ zones: [{ zone: 'AMEL', locauxADeployer: 0, locauxRaccordables: 0 }] });
    expect(Number.isNaN(zones[0]!.partRaccordables)).to.equal(true);
    expect(Number.isNaN(zones[0]!.partDesLocaux)).to.equal(true);
    expect(total.locauxADeployer).to.equal(0);
  });

  it('adds any number of zones', () => {
    const { total, zones } = tableauFibre({
      zones: [
        { zone: 'ZTD', locauxADeployer: 100, locauxRaccordables: 100 },
        { zone: 'AMII', locauxADeployer: 300, locauxRaccordables: 0 },
      ],
    });
    expect(total).to.include({ locauxADeployer: 400, locauxRaccordables: 100, partRaccordables: 0.25 });
    expect(zones.map((z) => z.partDesLocaux)).to.deep.equal([0.25, 0.75]);
  });
});

describe('shareBarGeometry', () => {
  it('fills the bar to the share, to the percent the table prints', async () => {
    const { shareBarGeometry } = await import('../../src/charts/share-bar.js');
    expect(shareBarGeometry(6700 / 10500, 100).fill).to.equal(64);
    expect(shareBarGeometry(0, 100).fill).to.equal(0);
    expect(shareBarGeometry(1, 100).fill).to.equal(100);
    expect(shareBarGeometry(1.7, 100).fill).to.equal(100);
    expect(shareBarGeometry(-0.2, 100).fill).to.equal(0);
    expect(shareBarGeometry(Number.NaN, 100).fill).to.equal(0);
    expect(shareBarGeometry(0.5, 96).fill).to.equal(48);
  });
});
