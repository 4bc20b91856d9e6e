// Where the programme list tells each commune of France to find a France Services, counted over
// the shipped feeds (dist/feeds, after `npm run build`): in the commune, only in its
// intercommunalité, or in neither; and how many of those last two are in an intercommunalité
// that crosses into another département, whose sites beyond the border a feed does not hold.
// Also the longest France Services sentence, in words, as the element writes it.
import { readdirSync, readFileSync } from 'node:fs';
import { programmeFranceServices } from '../dist/esm/data/france-services/france-services.js';
import { programmesForCommune } from '../dist/esm/data/programmes/programmes.js';
import { franceServicesProches } from '../dist/esm/data/programmes/sommaire.js';

const dossier = new URL('../dist/feeds/', import.meta.url);
const cas = { commune: 0, intercommunalite: 0, aucune: 0 };
const horsDepartement = { intercommunalite: 0, aucune: 0 };
const sansFranceServices = [];
let plusLongue = { mots: 0, phrase: '' };
let tropLongues = 0;
const mots = (phrase) => phrase.split(/\s+/).filter((m) => /\p{L}|\d/u.test(m)).length;
const a = (nom) => (nom.startsWith('Le ') ? `au ${nom.slice(3)}` : nom.startsWith('Les ') ? `aux ${nom.slice(4)}` : `à ${nom}`);

for (const fichier of readdirSync(dossier).filter((f) => /^(\d\d|2[AB]|97\d)\.json$/.test(f))) {
  const feed = JSON.parse(readFileSync(new URL(fichier, dossier), 'utf8'));
  const sites = programmeFranceServices(feed)?.lieux ?? [];
  if (!sites.length) sansFranceServices.push(fichier);
  for (const code of Object.keys(feed.communes ?? {})) {
    const vue = programmesForCommune(feed, code);
    if (vue.statut !== 'trouvee' || !sites.length) continue;
    const fs = franceServicesProches(feed, vue, sites);
    cas[fs.ou]++;
    if (fs.ou !== 'commune' && fs.horsDepartement) horsDepartement[fs.ou]++;
    if (fs.ou === 'commune') {
      const noms = fs.sites.length > 1 ? `${fs.sites.length} sites` : fs.sites[0].nom;
      const phrase = `France Services ${a(fs.commune)} : ${noms}.`;
      if (mots(phrase) > 25) tropLongues++;
      if (mots(phrase) > plusLongue.mots) plusLongue = { mots: mots(phrase), phrase };
    }
    if (fs.ou === 'intercommunalite') {
      // The second sentence, as programme-list.parts.ts writes it (the intercommunalité's name as the COG gives it).
      const ou = fs.communes.map(a).join(', ');
      const liste =
        fs.sites.length === 1
          ? `${fs.sites[0].nom}, ${ou}`
          : fs.communes.length > 4
            ? `${fs.sites.length} sites, dans ${fs.communes.length} communes : voir celles du département`
            : `${fs.sites.length} sites, ${ou}`;
      const phrase = `Dans votre intercommunalité${fs.horsDepartement ? ', dans le département' : ''} : ${liste}.`;
      if (mots(phrase) > 25) tropLongues++;
      if (mots(phrase) > plusLongue.mots) plusLongue = { mots: mots(phrase), phrase };
    }
  }
}
const total = cas.commune + cas.intercommunalite + cas.aucune;
console.log(
  `${total} communes : ${cas.commune} avec une France Services dans la commune, ${cas.intercommunalite} seulement dans leur intercommunalité, ${cas.aucune} ni l’un ni l’autre.`,
);
console.log(
  `dont dans une intercommunalité qui passe dans un autre département : ${horsDepartement.intercommunalite} (intercommunalité), ${horsDepartement.aucune} (ni l’un ni l’autre).`,
);
console.log(`feeds sans France Services : ${sansFranceServices.join(', ') || 'aucun'}`);
console.log(`phrases de plus de 25 mots : ${tropLongues}`);
console.log(`phrase la plus longue (${plusLongue.mots} mots) : ${plusLongue.phrase}`);
