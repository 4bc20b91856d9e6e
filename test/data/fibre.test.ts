import { expect } from '@open-wc/testing';
import { tableauFibre } from '../../src/data/fibre/fibre.js';
import { formatNombre, formatPart } from '../../src/data/text/format.js';
import { validateFeed } from '../../src/data/feed/validate.js';

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

describe('the measures of a generated feed', () => {
  const fixture = async (code: string) => validateFeed(await (await fetch(`/test/fixtures/fibre/${code}.json`)).json()).feed!;

  it('reads the latest quarter, the estimate to the hundred and the share within the deployment measure', async () => {
    const { chiffresDeploiement, finDeTrimestre, libelleTrimestre } = await import('../../src/data/fibre/fibre.js');
    const feed = await fixture('48');
    const c = chiffresDeploiement(feed.fibre!.deploiement!);
    expect(c.dernier.trimestre).to.equal('2022-T2');
    expect(c.estimation).to.deep.equal({ valeur: 71100, date: '2022-06-30' });
    expect(c.part).to.equal(c.dernier.locauxRaccordables / feed.fibre!.deploiement!.estimationLocaux!.valeur);
    expect(c.tendance).to.include({ sens: 'hausse', trimestres: 19 });
    expect(c.tendance.premier).to.deep.equal({ trimestre: '2017-T4', locauxRaccordables: 2367 });
    expect([finDeTrimestre('2021-T1'), finDeTrimestre('2017-T4'), libelleTrimestre('2018-T1'), libelleTrimestre('2022-T2')]).to.deep.equal([
      'fin mars 2021',
      'fin décembre 2017',
      '1er trimestre 2018',
      '2e trimestre 2022',
    ]);
  });

  it('gives each technology its share of the locaux, an absent one none', async () => {
    const { partsEligibilite } = await import('../../src/data/fibre/fibre.js');
    const parts = partsEligibilite({ locaux: 9392, fibre: 8028, dsl: 9282 });
    expect(parts.map((p) => [p.technologie, p.eligibles])).to.deep.equal([
      ['fibre', 8028],
      ['cable', 0],
      ['dsl', 9282],
      ['thdRadio', 0],
      ['4gFixe', 0],
      ['hdRadio', 0],
      ['satellite', 0],
    ]);
    expect(parts[0]!.part).to.equal(8028 / 9392);
    expect(Number.isNaN(partsEligibilite({ locaux: 0 })[0]!.part)).to.equal(true);
  });

  it('finds a commune, an arrondissement’s city, and tells the codes it cannot show apart', async () => {
    const { fibreDeCommune } = await import('../../src/data/fibre/fibre.js');
    const bdr = await fixture('13');
    const arrondissement = fibreDeCommune(bdr, '13201');
    expect(arrondissement).to.deep.include({ statut: 'trouvee', nom: 'Marseille 1er Arrondissement', ville: { code: '13055', nom: 'Marseille' } });
    const communes = bdr.fibre!.eligibilite!.communes!;
    const i = communes.codes.indexOf('13055');
    expect(arrondissement.statut === 'trouvee' && arrondissement.comptes).to.deep.include({ locaux: communes.locaux[i], fibre: communes.fibre![i] });
    expect(fibreDeCommune(bdr, '13001')).to.deep.include({ statut: 'trouvee', nom: 'Aix-en-Provence' });
    expect(fibreDeCommune(bdr, '1300')).to.deep.include({ statut: 'malforme' });
    expect(fibreDeCommune(bdr, '48095')).to.deep.include({ statut: 'hors-territoire' });
    expect(fibreDeCommune(bdr, '13999')).to.deep.include({ statut: 'inconnue' });
  });

  it('writes the series as CSV rows, counts exact', async () => {
    const { lignesCsvDeploiement } = await import('../../src/data/fibre/fibre.js');
    const rows = lignesCsvDeploiement((await fixture('48')).fibre!.deploiement!);
    expect(rows).to.have.length(22);
    expect(rows[14]).to.deep.equal(['2021-T1', 28403]);
    expect(rows.slice(20)).to.deep.equal([
      ['', ''],
      ['Source', 'Arcep, observatoire du haut et très haut débit (déploiements), 13 octobre 2022'],
    ]);
  });
});
