#!/usr/bin/env node
// anct-widgets html <element> […]: the element with its content as plain HTML inside
// (html-command.mjs).
// anct-widgets validate <file-or-url>: checks a feed as the elements will read it, and prints
// "feed valide" or every problem with its JSON path, in French. A file is read as the elements
// read a response (readFeedResponse: at most 5 MB, a UTF-8 BOM dropped, then JSON), an address
// with their own loader; so what this command accepts, the elements show. The exit codes (USAGE)
// let it gate a feed author's own CI.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES, TooLargeError, fetchFeedJson, formatProblem, readFeedResponse, validateFeed } from '../dist/data.js';

const USAGE = `usage : anct-widgets validate <fichier-ou-adresse>
        anct-widgets html <élément> [--commune CODE] […] (anct-widgets html --help)

Vérifie un feed de fiche territoriale (format version 1) tel que les éléments le liront :
au plus 5 Mo, en UTF-8, puis chaque problème avec son chemin JSON.

Codes de sortie :
  0  le feed est valide
  1  le feed a des problèmes, ou les éléments ne pourraient pas le lire (pas du JSON,
     plus de 5 Mo, fichier qui n’est pas en UTF-8, jeu de caractères inconnu, erreur HTTP,
     réseau)
  2  la commande est mal écrite, ou le fichier ne peut pas être ouvert (introuvable,
     dossier, accès refusé, adresse autre que http: ou https:)`;

/** A usage error: the command or its argument, not the feed (exit code 2). */
class ErreurUsage extends Error {}

const RAISONS = {
  ENOENT: 'fichier introuvable',
  EACCES: 'accès refusé',
  EPERM: 'accès refusé',
  ENAMETOOLONG: 'nom de fichier trop long',
  ENOTDIR: 'chemin qui passe par un fichier',
};

async function lireFichier(chemin) {
  let infos;
  try {
    infos = await stat(chemin);
  } catch (error) {
    throw new ErreurUsage(`${RAISONS[error.code] ?? `lecture impossible (${error.code ?? error.message})`} : ${chemin}`);
  }
  if (infos.isDirectory())
    throw new ErreurUsage(`${chemin} est un dossier, pas un fichier : donnez le chemin d’un feed (par exemple feeds/48.json)`);
  // Refused before being read, as a server's declared length is.
  if (infos.size > DEFAULT_MAX_BYTES) throw new TooLargeError(chemin, DEFAULT_MAX_BYTES);
  let octets;
  try {
    octets = await readFile(chemin);
  } catch (error) {
    throw new ErreurUsage(`${RAISONS[error.code] ?? `lecture impossible (${error.code ?? error.message})`} : ${chemin}`);
  }
  // No charset is declared for a file: UTF-8, as for a server that declares none. Bytes that are
  // not UTF-8 would show as « � » in the elements: said here, as a problem of the feed.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    throw new Error(
      `${chemin} n’est pas en UTF-8 : les éléments afficheraient « � » à la place de certaines lettres (accents). Enregistrez-le en UTF-8.`,
    );
  }
  return readFeedResponse(new Response(octets, { headers: { 'content-type': 'application/json' } }), chemin);
}

function lire(source) {
  if (/^https?:\/\//i.test(source)) return fetchFeedJson(source);
  if (/^file:\/\//i.test(source)) return lireFichier(fileURLToPath(source));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new ErreurUsage(
      `adresse non prise en charge : ${source} ; seules les adresses http: et https: sont lues, ou un chemin de fichier`,
    );
  }
  return lireFichier(source);
}

async function main([command, source, ...rest]) {
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'html') return commandeHtml([source, ...rest].filter((a) => a !== undefined));
  if (command !== 'validate' || !source || rest.length) {
    console.error(USAGE);
    return 2;
  }
  let json;
  try {
    json = await lire(source);
  } catch (error) {
    if (error instanceof ErreurUsage) {
      console.error(error.message);
      return 2;
    }
    // The elements' French message, then what a feed's author needs too (the HTTP status, the encoding).
    console.error(error?.technique ? `${error.message} (${error.technique})` : (error?.message ?? String(error)));
    return 1;
  }
  const { problems } = validateFeed(json);
  if (problems.length === 0) {
    console.log('feed valide');
    return 0;
  }
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`${problems.length} problème${problems.length > 1 ? 's' : ''} dans ${source}`);
  return 1;
}

/** `html`: its module loads the elements, which `validate` does not need. */
async function commandeHtml(args) {
  const { ErreurUsage: UsageHtml, USAGE_HTML, html } = await import('./html-command.mjs');
  if (args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE_HTML);
    return 0;
  }
  try {
    return await html(args, lire);
  } catch (error) {
    if (error instanceof ErreurUsage || error instanceof UsageHtml) {
      console.error(error.message);
      return 2;
    }
    console.error(error?.technique ? `${error.message} (${error.technique})` : (error?.message ?? String(error)));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
