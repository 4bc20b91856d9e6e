/**
 * Why a feed could not be shown, one class per cause, each with a stable `code` (for the
 * `anct-error` event and for developers) and a French `message` (for the webmaster who reads
 * the page). The JSON path, when there is one, travels in `path`.
 */
import { formatNombre } from './format.js';
import type { FeedProblem } from './validate.js';

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

  constructor(message: string, url?: string) {
    super(message);
    this.url = url;
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
        ? `Le feed est introuvable à l’adresse ${url} (erreur HTTP ${status}). Vérifiez l’adresse donnée dans l’attribut src.`
        : `Le serveur du feed a répondu par une erreur (HTTP ${status}) à l’adresse ${url}. Réessayez plus tard ou prévenez l’hébergeur du feed.`,
      url,
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
    super(`Le fichier reçu de ${url} n’est pas du JSON (${detail}). Vérifiez l’adresse du feed.`, url);
  }
}

/** The attributes that hold an address, as a message names them, with an example of each. */
const EXEMPLES_ADRESSE = {
  src: 'de feed valide. Vérifiez l’attribut src : une adresse comme feeds/48.json ou https://exemple.fr/feeds/48.json',
  'feeds-base': 'de dossier valide. Vérifiez l’attribut feeds-base : un dossier comme feeds/ ou https://exemple.fr/feeds/',
};

/** The feed's address (`src="http://"`, say), or the feeds' folder (`feeds-base`), is not an address at all. */
export class BadUrlError extends FeedError {
  readonly code = 'bad-url';
  override readonly name = 'BadUrlError';
  constructor(url: string, attribut: keyof typeof EXEMPLES_ADRESSE = 'src') {
    super(`« ${url} » n’est pas une adresse ${EXEMPLES_ADRESSE[attribut]}.`, url);
  }
}

/** The `<script type="application/json">` given inline in an element is not JSON. */
export class InlineJsonError extends FeedError {
  readonly code = 'not-json';
  override readonly name = 'InlineJsonError';
  /** `detail`: what `pourquoiPasJson` says. */
  constructor(detail: string) {
    super(`Le script JSON placé dans l’élément n’est pas du JSON valide (${detail}). Vérifiez le contenu collé.`);
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
        ? `Aucun feed n’est publié pour le département « ${departement} » : donnez l’adresse d’un feed dans l’attribut src.`
        : 'Aucun feed à afficher : donnez à l’élément un département (departement="48") ou une commune (commune="48095"), l’adresse d’un feed dans l’attribut src, ou placez le feed dans un <script type="application/json"> à l’intérieur de l’élément.',
    );
  }
}

/** Where the feeds base came from: the script's own folder, the page's `setFeedsBase()`, the element's `feeds-base`. */
export type FeedsBaseFrom = 'script' | 'page' | 'element';

const CHERCHE: Record<FeedsBaseFrom, string> = {
  script: 'à côté du script d’anct-widgets',
  page: 'dans le dossier de setFeedsBase()',
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
      `Feed du département « ${departement} » introuvable ` +
        (url === null
          ? ': dans une application, anct-widgets ne sait pas où ses feeds sont publiés. Donnez son adresse dans l’attribut src, ou le dossier des feeds dans l’attribut feeds-base.'
          : `${CHERCHE[from]}, à l’adresse ${url} (${cause instanceof HttpError ? `erreur HTTP ${cause.status}` : 'réponse qui n’est pas du JSON'}) : ` +
            `donnez son adresse dans l’attribut src${from === 'script' ? ', ou publiez le dossier feeds/ d’anct-widgets à côté de son script' : ''}.`),
      url ?? undefined,
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
      `Le feed ${url} dépasse la taille maximale de ${Math.round(limit / 1e6)} Mo ; il n’a pas été chargé. Un feed de département pèse quelques dizaines de ko.`,
      url,
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
      `Le serveur du feed ${url} n’a pas répondu en ${formatNombre(timeout / 1000)} seconde${timeout >= 2000 ? 's' : ''}. Réessayez plus tard ou vérifiez que le serveur fonctionne.`,
      url,
    );
  }
}

export class NetworkError extends FeedError {
  readonly code = 'network';
  override readonly name = 'NetworkError';
  constructor(url: string) {
    super(
      `Le feed ${url} n’a pas pu être téléchargé : réseau indisponible, ou serveur qui refuse l’accès depuis ce site (CORS). Si le feed est sur un autre domaine, son serveur doit l’autoriser.`,
      url,
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
      `Le feed ${url} est dans un jeu de caractères inconnu (« ${charset.slice(0, 40)} ») : servez-le en UTF-8.`,
      url,
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
      `Le feed ${url} n’est pas affiché : cette page n’affiche que les feeds publiés sur son propre site, et cette adresse, ou celle vers laquelle elle redirige, est ailleurs.`,
      url,
    );
  }
}

/** What the page's `fetch` returned is no response that can be read (a script of the page replaced `fetch`). */
export class UnreadableResponseError extends FeedError {
  readonly code = 'network';
  override readonly name = 'UnreadableResponseError';
  constructor(url: string) {
    super(
      `La réponse reçue pour le feed ${url} est illisible : un script de la page a sans doute remplacé fetch.`,
      url,
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
      `Le feed${url ? ` ${url}` : ''} ne peut pas être lu : ${first ? `${first.path || '(racine)'} : ${first.message}` : 'contenu invalide'}.`,
      url,
    );
    this.path = first?.path;
  }
}
