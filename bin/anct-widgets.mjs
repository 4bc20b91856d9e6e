#!/usr/bin/env node
// anct-widgets validate <file-or-url>: checks a feed as the elements will read it, and prints
// "feed valide" or every problem with its JSON path, in French. Exit code 1 on any problem,
// 2 on a usage error, so it can gate a feed author's own CI.
import { readFile } from 'node:fs/promises';
import { FeedError, fetchFeedJson, formatProblem, validateFeed } from '../dist/data.js';

const USAGE = `usage : anct-widgets validate <fichier-ou-url>

Vérifie un feed de fiche territoriale (format version 1) et affiche chaque problème
avec son chemin JSON. Code de sortie : 0 si le feed est valide, 1 sinon.`;

async function read(source) {
  if (/^https?:\/\//.test(source)) return fetchFeedJson(source);
  const text = await readFile(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} n'est pas du JSON valide : ${error.message}`, { cause: error });
  }
}

async function main([command, source, ...rest]) {
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || !source || rest.length) {
    console.error(USAGE);
    return 2;
  }
  let json;
  try {
    json = await read(source);
  } catch (error) {
    if (error.code === 'ENOENT') {
      console.error(`fichier introuvable : ${source}`);
      return 2;
    }
    console.error(error instanceof FeedError ? error.message : (error.message ?? String(error)));
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

process.exitCode = await main(process.argv.slice(2));
