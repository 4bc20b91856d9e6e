// The perimeters of Avenir Montagnes Mobilités in every feed, recounted from the ANCT's placement
// of each laureate on communes (data/sources/amm-communes-cog2023.csv): each laureate's communes
// in each département and the laureates counted there; then the communes the independent check
// of the commune pages named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csv, dans, feed, membres, publies, une } from './recount-helpers.mjs';

describe('Avenir Montagnes Mobilités: each laureate on the communes the ANCT placed it on', () => {
  const perimetres = une(() => membres('amm-communes-cog2023.csv', 'id_amm'));
  const laureats = une(
    () =>
      new Set(
        csv('programmes-epci.csv')
          .filter((l) => l.programme === 'Avenir_montagnes_mobilites')
          .map((l) => l.id),
      ),
  );

  it('every laureate of the list has a perimeter, and the perimeter file no other id', () => {
    assert.equal(laureats().size, 100);
    assert.deepEqual([...perimetres().keys()].sort(), [...laureats()].sort());
  });

  for (const d of publies()) {
    it(`${d}: the communes of each laureate here, and the laureates counted`, () => {
      const programme = feed(d).programmes.find((p) => p.id === 'avenir-montagnes-mobilites');
      const ici = [...perimetres()].filter(([, communes]) => dans(communes, d).length);
      if (!ici.length) return assert.equal(programme, undefined);
      assert.equal(programme.chiffres[0].valeur, ici.length);
      const attendu = [...new Set(ici.flatMap(([, communes]) => dans(communes, d)))].sort();
      assert.deepEqual([...new Set(programme.lieux.flatMap((l) => l.communes ?? [l.commune]))].sort(), attendu);
      for (const lieu of programme.lieux) {
        const union = new Set((lieu.ids ?? []).flatMap((id) => dans(perimetres().get(id), d)));
        if (union.size) assert.deepEqual(lieu.communes ?? [lieu.commune], [...union].sort(), lieu.nom);
      }
    });
  }

  it('no longer claims Gueugnon and Tarbes; places Lasalle and Saint-Martin-de-Lansuscle; cites the perimeters', () => {
    const communesDe = (d) =>
      feed(d)
        .programmes.find((p) => p.id === 'avenir-montagnes-mobilites')
        ?.lieux.flatMap((l) => l.communes ?? [l.commune]) ?? [];
    assert.ok(!communesDe('71').includes('71230'), 'Gueugnon');
    assert.ok(!communesDe('65').includes('65440'), 'Tarbes');
    assert.ok(communesDe('30').includes('30140'), 'Lasalle');
    assert.ok(communesDe('48').includes('48171'), 'Saint-Martin-de-Lansuscle');
    const { source } = feed('48').programmes.find((p) => p.id === 'avenir-montagnes-mobilites');
    assert.match(source.provenance, /communes de chaque lauréat : périmètres des programmes de l’ANCT par commune/);
    assert.match(source.libelle, /et de leurs communes$/);
  });
});
