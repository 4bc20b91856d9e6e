/**
 * Why a feed could not be shown, one class per cause, each with a stable `code` (for the
 * `anct-error` event and for developers), a French `message` (for the webmaster who reads the
 * page, and maybe a resident: plain words, « fichier de données », short sentences) and a
 * `technique` for the console (the HTTP status, CORS, the encoding's name, an example address).
 * The JSON path, when there is one, travels in `path`.
 */
import { formatNombre } from '../text/format.js';
import type { FeedProblem } from '../feed/validate.js';

export type FeedErrorCode =
  | 'http'
  | 'not-json'
  | 'too-large'
  | 'timeout'
  | 'network'
  | 'invalid-feed'
  | 'no-source'
  | 'bad-url'
  | 'charset'
  | 'foreign-feed';

export abstract class FeedError extends Error {
  abstract readonly code: FeedErrorCode;
  /** The address of the feed, when it was loaded from one. */
  readonly url: string | undefined;
  /** JSON path of the first problem, for errors about the feed's content. */
  path: string | undefined;
  /** What a developer needs and a page's reader does not: for the console and the `anct-error` event. */
  readonly technique: string | undefined;

  constructor(message: string, url?: string, technique?: string) {
    super(message);
    this.url = url;
    this.technique = technique;
  }
}

export class HttpError extends FeedError {
  readonly code = 'http';
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(
      status === 404 || status === 410
        ? `Le fichier de données est introuvable à l’adresse « ${url} » (erreur ${status}). Vérifiez l’adresse donnée dans l’attribut src.`
        : `Le serveur du fichier de données « ${url} » a répondu par une erreur (erreur ${status}). Réessayez plus tard ou prévenez son hébergeur.`,
      url,
      `HTTP ${status} from ${url}`,
    );
  }
}

/**
 * Why `texte` is not JSON, in French whatever the engine's own words (`error`, from `JSON.parse`):
 * empty, an HTML page, or a syntax error, with its line and column when the engine gives them.
 */
export function pourquoiPasJson(texte: string, error: unknown): string {
  const debut = texte.trimStart();
  if (!debut) return 'le texte reçu est vide';
  if (debut.startsWith('<')) return 'c’est une page HTML, souvent une page d’erreur';
  // V8 and SpiderMonkey say « line L column C » for most errors; JavaScriptCore does not.
  const ou = /line (\d+) column (\d+)/.exec(error instanceof Error ? error.message : '');
  return ou ? `erreur de syntaxe ligne ${ou[1]}, colonne ${ou[2]}` : 'erreur de syntaxe';
}

export class NotJsonError extends FeedError {
  readonly code = 'not-json';
  override readonly name = 'NotJsonError';
  /** `detail`: what `pourquoiPasJson` says. */
  constructor(url: string, detail: string) {
    super(
      `Le fichier reçu de « ${url} » n’est pas un fichier de données lisible (${detail}). Vérifiez l’adresse donnée dans l’attribut src.`,
      url,
      `not JSON: ${detail}`,
    );
  }
}

/** The attributes that hold an address, as a message names them; an example of each for the console. */
const EXEMPLES_ADRESSE = {
  src: ['de fichier de données valide', 'src: an address such as feeds/48.json or https://exemple.fr/feeds/48.json'],
  'feeds-base': ['de dossier valide', 'feeds-base: a folder such as feeds/ or https://exemple.fr/feeds/'],
};

/** The feed's address (`src="http://"`, say), or the feeds' folder (`feeds-base`), is not an address at all. */
export class BadUrlError extends FeedError {
  readonly code = 'bad-url';
  override readonly name = 'BadUrlError';
  constructor(url: string, attribut: keyof typeof EXEMPLES_ADRESSE = 'src') {
    const [quoi, exemple] = EXEMPLES_ADRESSE[attribut];
    super(`« ${url} » n’est pas une adresse ${quoi}. Vérifiez l’attribut ${attribut}.`, url, exemple);
  }
}

/** The `<script type="application/json">` given inline in an element is not JSON. */
export class InlineJsonError extends FeedError {
  readonly code = 'not-json';
  override readonly name = 'InlineJsonError';
  /** `detail`: what `pourquoiPasJson` says. */
  constructor(detail: string) {
    super(
      `Les données placées dans l’élément ne peuvent pas être lues (${detail}). Vérifiez le contenu collé.`,
      undefined,
      `the <script type="application/json"> child is not JSON: ${detail}`,
    );
  }
}

/** An element was given nothing to show: no `feed` property, no inline JSON, no `src`. */
export class NoSourceError extends FeedError {
  readonly code = 'no-source';
  override readonly name = 'NoSourceError';
  /** `departement`: a département asked for that has no published feed ("975", "20"). */
  constructor(departement?: string) {
    super(
      departement
        ? `Aucun fichier de données n’est publié pour le département « ${departement} ». Donnez l’adresse d’un fichier de données dans l’attribut src.`
        : 'Aucune donnée à afficher. Donnez à l’élément un département (departement="48"), une commune (commune="48095") ou l’adresse d’un fichier de données dans l’attribut src.',
      undefined,
      departement
        ? `no shipped feed for département ${departement}`
        : 'no feed property, no <script type="application/json"> child, no src, departement or commune',
    );
  }
}

/** Where the feeds base came from: the script's own folder, the page's `setFeedsBase()`, the element's `feeds-base`. */
export type FeedsBaseFrom = 'script' | 'page' | 'element';

const CHERCHE: Record<FeedsBaseFrom, string> = {
  script: 'à côté du script d’anct-widgets',
  page: 'dans le dossier donné à setFeedsBase()',
  element: 'dans le dossier de l’attribut feeds-base',
};

/**
 * An element given only `departement` or `commune` whose shipped feed cannot be had: no feeds base
 * is known (an application's bundle cannot guess where the application serves the feeds), or the
 * feed is not at the base (404, 410, or an HTML page in its place). The page gave no `src`: the
 * message says where the feed was looked for, why it is not there, and what to give instead. The
 * code is the failure's own (`no-source`, `http`, `not-json`).
 */
export class ShippedFeedMissingError extends FeedError {
  readonly code: FeedErrorCode;
  override readonly name = 'ShippedFeedMissingError';
  constructor(departement: string, cause: FeedError | null, url: string | null, from: FeedsBaseFrom) {
    super(
      `Données du département « ${departement} » introuvables` +
        (url === null
          ? '. Dans une application, anct-widgets ne sait pas où ses fichiers de données sont publiés. Donnez l’adresse du fichier (attribut src) ou celle de leur dossier (attribut feeds-base).'
          : ` ${CHERCHE[from]}, à l’adresse « ${url} » (${cause instanceof HttpError ? `erreur ${cause.status}` : 'fichier illisible'}). ` +
            `Donnez l’adresse du fichier dans l’attribut src${from === 'script' ? ', ou publiez les fichiers de données d’anct-widgets à côté de son script' : ''}.`),
      url ?? undefined,
      url === null
        ? 'no feeds base in a bundle: give src, feeds-base or setFeedsBase()'
        : `${cause?.technique ?? cause?.code ?? 'no-source'}${from === 'script' ? '; publish dist/feeds/ beside the script' : ''}`,
    );
    this.code = cause?.code ?? 'no-source';
  }
}

export class TooLargeError extends FeedError {
  readonly code = 'too-large';
  override readonly name = 'TooLargeError';
  constructor(
    url: string,
    readonly limit: number,
  ) {
    super(
      `Le fichier de données « ${url} » dépasse la taille maximale de ${Math.round(limit / 1e6)} Mo : il n’a pas été chargé. Celui d’un département pèse quelques dizaines de ko.`,
      url,
      `larger than ${limit} bytes`,
    );
  }
}

export class TimeoutError extends FeedError {
  readonly code = 'timeout';
  override readonly name = 'TimeoutError';
  constructor(
    url: string,
    readonly timeout: number,
  ) {
    super(
      `Le serveur du fichier de données « ${url} » n’a pas répondu en ${formatNombre(timeout / 1000)} seconde${timeout >= 2000 ? 's' : ''}. Réessayez plus tard ou vérifiez que le serveur fonctionne.`,
      url,
      `no answer in ${timeout} ms (the timeout attribute)`,
    );
  }
}

export class NetworkError extends FeedError {
  readonly code = 'network';
  override readonly name = 'NetworkError';
  constructor(url: string) {
    super(
      `Le fichier de données « ${url} » n’a pas pu être téléchargé : réseau indisponible, ou serveur qui refuse l’accès depuis ce site. S’il est sur un autre site, son serveur doit l’autoriser.`,
      url,
      'fetch failed: network down, or a cross-origin feed whose server sends no Access-Control-Allow-Origin (CORS)',
    );
  }
}

/** The server declares a charset no browser can decode (`charset=klingon`). */
export class CharsetError extends FeedError {
  readonly code = 'charset';
  override readonly name = 'CharsetError';
  constructor(
    url: string,
    readonly charset: string,
  ) {
    super(
      `Le fichier de données « ${url} » est écrit dans un codage de caractères inconnu (« ${charset.slice(0, 40)} »). Faites-le servir en Unicode.`,
      url,
      `unknown charset « ${charset.slice(0, 40)} » in Content-Type: serve the feed as UTF-8`,
    );
  }
}

/**
 * The feed, or the address a redirect led to, is on another site than the page accepts feeds
 * from (the iframe embed page shows only its own site's feeds).
 */
export class ForeignFeedError extends FeedError {
  readonly code = 'foreign-feed';
  override readonly name = 'ForeignFeedError';
  constructor(url: string) {
    super(
      `Le fichier de données « ${url} » n’est pas affiché : cette page n’affiche que les fichiers publiés sur son propre site. Cette adresse, ou celle vers laquelle elle redirige, est ailleurs.`,
      url,
      'the embed page shows only same-origin feeds (after redirects)',
    );
  }
}

/** What the page's `fetch` returned is no response that can be read (a script of the page replaced `fetch`). */
export class UnreadableResponseError extends FeedError {
  readonly code = 'network';
  override readonly name = 'UnreadableResponseError';
  constructor(url: string) {
    super(
      `La réponse reçue pour le fichier de données « ${url} » est illisible. Un script de la page gêne sans doute son téléchargement.`,
      url,
      'the response is no Response: a page script probably replaced window.fetch',
    );
  }
}

/** The body is JSON but not a feed this version can read (not an object, unknown version). */
export class InvalidFeedError extends FeedError {
  readonly code = 'invalid-feed';
  override readonly name = 'InvalidFeedError';
  constructor(
    readonly problems: FeedProblem[],
    url?: string,
  ) {
    const first = problems[0];
    super(
      // A version this release cannot read is said as it is (the webmaster may update the script); anything else plainly.
      `Le fichier de données${url ? ` « ${url} »` : ''} ne peut pas être lu : ${first?.path === 'version' ? first.message : 'ce n’est pas un fichier de la fiche territoriale'}.`,
      url,
      first ? `${first.path || '(root)'}: ${first.message}` : 'invalid content',
    );
    this.path = first?.path;
  }
}
