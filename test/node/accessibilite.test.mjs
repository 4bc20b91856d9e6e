// The accessibility statement's paragraphs: docs/accessibilite.md gives, for each element, the
// very paragraphs the configurator shows (demo/accessibilite.js), so that neither says what the
// other does not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { declaration } from '../../demo/accessibilite.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = readFileSync(`${root}docs/accessibilite.md`, 'utf8');
const { ELEMENTS } = await import(`${root}dist/esm/elements.js`);

describe('the accessibility statement’s paragraphs', () => {
  it('are in docs/accessibilite.md for every element, as the configurator gives them', () => {
    for (const { tag, titre } of ELEMENTS) {
      for (const paragraphe of declaration(tag, titre))
        assert.ok(docs.includes(`> ${paragraphe}\n`), `${tag}: ${paragraphe.slice(0, 60)}…`);
    }
  });

  it('say what each element does of its own, and what the site keeps', () => {
    const [fibre] = declaration('anct-fibre-table', 'Déploiement de la fibre optique');
    const [horaires] = declaration('anct-france-services', 'France Services');
    assert.match(fibre, /Le graphique de l’évolution des locaux raccordables a deux alternatives textuelles/);
    assert.doesNotMatch(horaires, /graphique/);
    assert.match(horaires, /Les horaires de chaque lieu sont un tableau/);
    for (const look of ['auto', 'dsfr', 'neutre']) {
      assert.match(declaration('anct-saisine-flow', 'Comment saisir l’ANCT', look)[1], /^Le site reste responsable/);
    }
    assert.match(declaration('anct-fiche', 'Fiche', 'dsfr')[1], /l’apparence DSFR est réservée aux sites de l’État/);
  });

  it('keep their sentences short, as a resident reads them', () => {
    for (const { tag, titre } of ELEMENTS) {
      const [fait] = declaration(tag, titre);
      for (const phrase of fait.split(/(?<=\.) /)) assert.ok(phrase.split(/\s+/).length <= 30, `${tag}: ${phrase}`);
    }
  });
});
