/**
 * Registration, kept apart from the classes so that importing a class has no side effect.
 * A page may load anct-widgets twice (the module and the classic script, or two versions):
 * the first registration wins, and the second copy says so once in the console. Per-element files
 * (and the fiche's parts, which the fiche registers when it is first made) register `quiet`ly:
 * two of them on a page is how they are meant to be used.
 */
export const VERSION = '0.1.0';

const WARNED = Symbol.for('anct-widgets.warned');

type Registered = CustomElementConstructor & { anctVersion?: string };

export function defineElement(tag: string, element: CustomElementConstructor, quiet = false): void {
  const existing = customElements.get(tag) as Registered | undefined;
  if (!existing) {
    (element as Registered).anctVersion = VERSION;
    try {
      customElements.define(tag, element);
    } catch (error) {
      // The page registered this class under a tag of its own: keep it there, go on with the rest.
      console.warn(`[anct-widgets] <${tag}> n’est pas enregistré : ${(error as Error).message}`);
    }
    return;
  }
  if (existing === element || quiet) return;
  if (existing.anctVersion === undefined) {
    // Not one of ours: a script of the page took the name, and only it can give the name back.
    console.warn(`[anct-widgets] <${tag}> est déjà défini sur cette page par un autre script qu’anct-widgets.`);
    return;
  }
  const global = globalThis as { [WARNED]?: boolean };
  if (global[WARNED]) return;
  global[WARNED] = true;
  console.warn(
    `[anct-widgets] Les éléments sont déjà définis sur cette page par anct-widgets ${existing.anctVersion} ; ` +
      `cette autre copie (${VERSION}) n’est pas utilisée. Chargez le script une seule fois.`,
  );
}
export { setFeedsBase } from './feeds-base.js';
