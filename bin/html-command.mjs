// anct-widgets html <element> […]: prints the element's tag with its content inside as plain HTML,
// its fallback: what a page shows before the script, without it, and to search engines. The feed
// is the shipped one of the département (dist/feeds/), or --src; it is validated as `validate`
// does, and the content is written from the elements' own templates (src/static/fallback.ts).
import { formatProblem, validateFeed } from '../dist/data.js';
import { CODE_INSEE, departementVise, estDepartementPublie, normaliserCode } from '../dist/esm/data/feed/codes.js';
import { ELEMENTS, renderFallback, wrap } from '../dist/esm/static/fallback.js';

export const USAGE_HTML = `usage : anct-widgets html <élément> [--commune CODE] [--departement CODE] [--src FICHIER-OU-ADRESSE]
                         [--heading-level 1-6] [--heading TEXTE] [--look auto|dsfr|neutre]
                         [--programmes "ID ID"] [--axe AXE] [--sections "PARTIE PARTIE"]

Écrit l’élément avec son contenu en HTML simple à l’intérieur : ce que la page montre avant le
script, sans lui, et aux moteurs de recherche. Éléments : ${ELEMENTS.map((e) => e.tag).join(', ')}.
Les données sont celles du département (fournies avec anct-widgets), ou celles de --src.

Codes de sortie : 0 écrit ; 1 les données ne peuvent pas être lues ou ont des problèmes ;
2 la commande est mal écrite (élément inconnu, commune hors du département…).`;

/** The options, as the attributes name them. */
const OPTIONS = ['commune', 'departement', 'src', 'heading-level', 'heading', 'look', 'programmes', 'axe', 'sections'];

/** The options and the input of the element each one gives. */
const INPUT = {
  commune: 'commune',
  departement: 'departement',
  'heading-level': 'headingLevel',
  heading: 'heading',
  programmes: 'programmes',
  axe: 'axe',
  sections: 'sections',
};

/** A usage error (exit code 2). */
export class ErreurUsage extends Error {}

function lireOptions(args) {
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const nom = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    if (!nom || !OPTIONS.includes(nom)) throw new ErreurUsage(`option inconnue : ${args[i]}\n\n${USAGE_HTML}`);
    if (args[i + 1] === undefined) throw new ErreurUsage(`--${nom} attend une valeur`);
    options[nom] = args[i + 1];
  }
  return options;
}

/**
 * Runs the command; `lire` reads a file or an address as `validate` does. Returns the exit code.
 */
export async function html(args, lire) {
  const [nom, ...reste] = args;
  if (!nom || nom.startsWith('--')) throw new ErreurUsage(USAGE_HTML);
  const tag = nom.startsWith('anct-') ? nom : `anct-${nom}`;
  if (!ELEMENTS.some((e) => e.tag === tag)) {
    throw new ErreurUsage(`élément inconnu : ${nom} ; les éléments sont ${ELEMENTS.map((e) => e.tag).join(', ')}`);
  }
  const options = lireOptions(reste);
  if (options.commune !== undefined) {
    options.commune = normaliserCode(options.commune);
    if (!CODE_INSEE.test(options.commune))
      throw new ErreurUsage(`code de commune mal écrit : ${options.commune} ; un code INSEE a cinq caractères (48095, 2A004)`);
  }
  if (options.departement !== undefined) options.departement = normaliserCode(options.departement);
  if (options['heading-level'] !== undefined) {
    const niveau = Number(options['heading-level']);
    if (!Number.isInteger(niveau) || niveau < 1 || niveau > 6)
      throw new ErreurUsage(`--heading-level attend un niveau de 1 à 6, « ${options['heading-level']} » reçu`);
    options['heading-level'] = niveau;
  }
  if (options.look !== undefined && !['auto', 'dsfr', 'neutre'].includes(options.look)) {
    throw new ErreurUsage(`--look attend auto, dsfr ou neutre, « ${options.look} » reçu`);
  }

  let source = options.src;
  if (source === undefined) {
    const departement = departementVise(options.departement ?? null, options.commune ?? null);
    if (!departement) throw new ErreurUsage('donnez --commune, --departement ou --src : de quel territoire écrire le contenu ?');
    if (!estDepartementPublie(departement))
      throw new ErreurUsage(`aucune donnée fournie pour le département ${departement} ; donnez --src`);
    source = new URL(`../dist/feeds/${departement}.json`, import.meta.url).href;
  }
  const { feed, problems } = validateFeed(await lire(source));
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(
      `${problems.length} problème${problems.length > 1 ? 's' : ''} dans ${options.src ?? source} : corrigez-le${problems.length > 1 ? 's' : ''} (anct-widgets validate) avant d’en écrire le contenu`,
    );
    return 1;
  }
  const territoire = feed.territoire?.code;
  if (options.departement && territoire && options.departement !== territoire) {
    throw new ErreurUsage(`les données lues sont celles du département ${territoire}, pas du ${options.departement}`);
  }
  const inputs = Object.fromEntries(
    Object.entries(INPUT).flatMap(([option, input]) => (options[option] === undefined ? [] : [[input, options[option]]])),
  );
  const { html: contenu, errors } = renderFallback(tag, feed, inputs);
  const commune = errors.find((e) => e.code === 'commune');
  if (commune) throw new ErreurUsage(`commune ${options.commune} : ${commune.message}`);

  const adresse = options.src && /^https?:\/\//i.test(options.src) ? options.src : undefined;
  if (options.src && !adresse) {
    console.error(
      `${options.src} est un fichier : sur la page, l’élément lira les données de son département ; pour les vôtres, ajoutez-lui src="…" avec l’adresse où la page les publie.`,
    );
  }
  const attributs = Object.fromEntries(OPTIONS.filter((o) => o !== 'src' && options[o] !== undefined).map((o) => [o, options[o]]));
  // Without an address, the element reads its département's shipped feed: it must know which.
  if (!adresse && !options.commune && !options.departement && territoire) attributs.departement = territoire;
  console.log(wrap(tag, contenu, { ...(adresse && { src: adresse }), ...attributs }));
  return 0;
}
