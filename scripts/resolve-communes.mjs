#!/usr/bin/env node
// Gives every commune of a hand-written feed its INSEE code from the COG, checks the codes it
// already has, and writes the département's communes (code → name) for the commune view. A place named after a commune ("Langogne") gets that commune's code; a place
// that is not a commune ("Lozère Développement") must carry its code, which is checked to be a
// commune of the département. Names that match no commune, or several, stop the script.
//
//   node scripts/resolve-communes.mjs demo/feeds/48-lozere-2021.json          fills in the codes
//   node scripts/resolve-communes.mjs demo/feeds/48-lozere-2021.json --check  fails if any is missing or wrong
import { readFileSync, writeFileSync } from 'node:fs';
import { cleNom, communesActuelles } from './cog.mjs';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: resolve-communes.mjs <feed.json> [--check]');
  process.exit(2);
}
const check = flag === '--check';
const text = readFileSync(file, 'utf8');
const feed = JSON.parse(text);
const departement = feed.territoire.code;
const communes = communesActuelles().filter((c) => c.departement === departement);
const parCode = new Map(communes.map((c) => [c.code, c]));
const parNom = new Map();
for (const c of communes) parNom.set(cleNom(c.nom), [...(parNom.get(cleNom(c.nom)) ?? []), c]);

const problems = [];
const places = [
  ...(feed.programmes ?? []).flatMap((p, i) => (p.lieux ?? []).map((l, j) => [`programmes[${i}].lieux[${j}]`, l])),
  ...(feed.accompagnements ?? []).flatMap((a, i) => (a.commune ? [[`accompagnements[${i}]`, { ...a, nom: a.porteur }]] : [])),
];
for (const [path, lieu] of places) {
  const homonymes = parNom.get(cleNom(lieu.nom)) ?? [];
  if (lieu.commune) {
    if (!parCode.has(lieu.commune)) problems.push(`${path}.commune : ${lieu.commune} n'est pas une commune du ${departement} dans le COG`);
    else if (homonymes.length === 1 && homonymes[0].code !== lieu.commune)
      problems.push(`${path}.commune : ${lieu.commune} mais ${lieu.nom} est ${homonymes[0].code}`);
  } else if (homonymes.length === 1) {
    lieu.commune = homonymes[0].code;
  } else {
    problems.push(
      `${path} : « ${lieu.nom} » ${homonymes.length ? 'désigne plusieurs communes' : "n'est pas une commune du COG"} ; donnez son code INSEE dans « commune »`,
    );
  }
}

feed.communes = Object.fromEntries(communes.map((c) => [c.code, c.nom]).sort(([a], [b]) => a.localeCompare(b)));

const out = `${JSON.stringify(feed, null, 2)}\n`;
if (check && out !== text) problems.push(`${file} n'a pas tous ses codes INSEE : lancez npm run feeds:lozere`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (!check) writeFileSync(file, out);
console.log(`${file} : ${places.length} lieux, ${communes.length} communes, codes INSEE conformes au COG`);
