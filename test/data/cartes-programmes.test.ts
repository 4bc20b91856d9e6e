/**
 * cartesProgrammes: what the programme list decides before it renders — which folded lists are
 * built at once, in the order of the page, and which parts fail in their place.
 */
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/feed/validate.js';
import { vueProgrammes } from '../../src/data/programmes/vue-programmes.js';
import { LIEUX_CONSTRUITS_EN_TOUT, cartesProgrammes, type CarteProgramme, type Part } from '../../src/data/programmes/cartes-programmes.js';
import { lozereJson } from '../support/mount.js';

type Json = Record<string, any>;

function cartes(json: Json, commune?: string) {
  const { feed } = validateFeed(json);
  return cartesProgrammes(feed!, vueProgrammes(feed!, { commune: commune ?? null }));
}

const vue = (p: Part<CarteProgramme>) => ('view' in p ? p.view : undefined);

describe('cartesProgrammes', () => {
  it('builds folded lists at once in the order of the page, until the budget of places is spent', async () => {
    const json = await lozereJson();
    const lieux = (n: number, nom: string) => Array.from({ length: n }, (_, i) => ({ nom: `${nom} ${i + 1}` }));
    // Three programmes of one axe, of 90 places each: the first two fit the budget, the third does not.
    json.programmes = [0, 1, 2].map((i) => ({ ...json.programmes[0], id: `p${i}`, lieux: lieux(90, `P${i}`) }));
    expect(LIEUX_CONSTRUITS_EN_TOUT).to.be.below(270);
    const [axe] = cartes(json).axes;
    const listes = axe!.cartes.map((c) => vue(c)!.lieux!);
    expect(listes.map((l) => [l.pliee, l.nombre])).to.deep.equal([
      [true, 90],
      [true, 90],
      [true, 90],
    ]);
    expect(listes.map((l) => l.vus?.length)).to.deep.equal([90, 90, undefined]);
    expect(listes[0]!.vus![89]!.nom).to.equal('P0 90');
  });

  it('gives a programme that cannot be read a failed part in its place, the others made, and reports the cause once', async () => {
    const { feed } = validateFeed(await lozereJson());
    const programme = feed!.programmes![1]!;
    Object.defineProperty(programme, 'nom', {
      get() {
        throw new Error('lecture impossible');
      },
    });
    const vueListe = vueProgrammes(feed!, {});
    const made = cartesProgrammes(feed!, vueListe);
    const parts = made.axes.flatMap((a) => a.cartes);
    expect(parts.filter((p) => 'failure' in p)).to.have.length(1);
    expect(parts.filter((p) => 'view' in p)).to.have.length(feed!.programmes!.length - 1);
    // The summary names every programme: it fails too, of the same cause, reported once.
    expect(made.sommaire && 'failure' in made.sommaire).to.equal(true);
    expect(made.failures.map((f) => (f as Error).message)).to.deep.equal(['lecture impossible']);
  });

  it('gives the commune’s summary the France Services programme its sentence links to', async () => {
    const made = cartes(await lozereJson(), '48095');
    const sommaire = made.sommaire && 'view' in made.sommaire ? made.sommaire.view : undefined;
    expect(sommaire && 'programmeFranceServices' in sommaire && sommaire.programmeFranceServices?.id).to.equal('france-services');
  });
});
