// The CRTE in every feed, recounted from the ANCT's per-commune file (data/sources/): each
// contract's communes in each département and its national count; then Lozère's three named
// contracts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dans, feed, membres, publies, une } from './recount-helpers.mjs';

describe('CRTE: every contract of every département, from the ANCT’s perimeters', () => {
  const crte = une(() => membres('crte-communes-cog2023.csv', 'id_crte'));
  const codesPublies = new Set(publies());

  it('has the 853 contracts of the source', () => {
    assert.equal(crte().size, 853);
  });

  for (const d of publies()) {
    it(`${d}: its contracts, their communes here and their national count`, () => {
      const attendus = [...crte()]
        .filter(([, communes]) => dans(communes, d).length)
        .map(([id, communes]) => {
          const porteur = id.split('-')[2];
          return {
            id,
            ...(porteur !== d && codesPublies.has(porteur) && { departement: porteur }),
            nombreCommunes: communes.size,
            communes: dans(communes, d),
          };
        })
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
      const contrats = (feed(d).crte?.contrats ?? []).map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'nom')));
      assert.deepEqual(contrats, attendus);
    });
  }

  it('Lozère: the fiche’s three contracts, 64, 51 and 36 communes, and Le Rozier in an Aveyron-led one', () => {
    const { contrats, source } = feed('48').crte;
    const nommes = contrats.filter((c) => c.nom).map((c) => [c.nom, c.id, c.communes.length]);
    assert.deepEqual(nommes, [
      ['Pays du Gévaudan', 'crte-76-48-1', 64],
      ['Terres de vie en Lozère', 'crte-76-48-2', 51],
      ['Sud Lozère', 'crte-76-48-3', 36],
    ]);
    assert.ok(contrats.find((c) => c.id === 'crte-76-48-1').communes.includes('48140'), 'Saint-Chély-d’Apcher');
    assert.ok(contrats.find((c) => c.id === 'crte-76-48-2').communes.includes('48095'), 'Mende');
    assert.ok(contrats.find((c) => c.id === 'crte-76-48-3').communes.includes('48061'), 'Florac Trois Rivières');
    const rozier = contrats.find((c) => c.communes.includes('48131'));
    assert.deepEqual(
      { ...rozier, communes: rozier.communes.length },
      { id: 'crte-76-12-1', departement: '12', nombreCommunes: 81, communes: 1 },
    );
    assert.equal(source.libelle.startsWith('ANCT, périmètres des CRTE'), true);
    // Names only where a source gives them: Lozère's three (Terres de vie reaches two communes of
    // the Gard, named there too), and no other contract anywhere.
    const ids = new Set(nommes.map(([, id]) => id));
    for (const d of publies()) for (const c of feed(d).crte?.contrats ?? []) assert.equal(Boolean(c.nom), ids.has(c.id), `${d} ${c.id}`);
    assert.equal(feed('30').crte.contrats.find((c) => c.id === 'crte-76-48-2').nom, 'Terres de vie en Lozère');
  });

  it('a commune in two contracts is in both', () => {
    const contrats = feed('01').crte.contrats.filter((c) => c.communes.includes('01033'));
    assert.deepEqual(contrats.map((c) => c.id).sort(), ['crte-84-01-14', 'crte-84-74-8']);
    assert.equal(contrats.find((c) => c.id === 'crte-84-74-8').departement, '74');
  });
});
