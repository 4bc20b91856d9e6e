/**
 * The programme list's blocks, kept out of the element's class so that it stays short: the
 * summary, as templates of what src/data/programmes/sommaire.ts selects (the programmes by name, each a link
 * to its card, and for a commune where its France Services are; the links go through `follow`,
 * since a link to `#id` does not reach into a shadow root by itself), and a place's details.
 */
import { html, nothing } from 'lit';
import { aLaCommune, capitaliser, devantLaCommune, formatNombre } from '../data/text/format.js';
import type { FranceServicesProches, LienProgramme, SommaireCommune, SommaireDepartement } from '../data/programmes/sommaire.js';
import type { LieuVu } from '../data/programmes/cartes-programmes.js';
import { bdi } from './feed-text.js';

/** What a part that cannot be made shows in its place; the element reports why. */
export const PARTIE_ILLISIBLE = 'Cette partie de la fiche ne peut pas être affichée.';

/** The id of a programme's card heading, and what follows a link to it. */
export interface Anchors {
  anchor(programme: LienProgramme): string;
  follow(event: Event): void;
}

const lienVers = (p: LienProgramme, a: Anchors, texte: unknown = bdi(p.nom)) =>
  html`<a href="#${a.anchor(p)}" @click=${a.follow}>${texte}</a>`;

/** The programmes by name, in the order of their cards. */
function liste(programmes: readonly LienProgramme[], a: Anchors) {
  return html`<ul class="sommaire" part="summary">
    ${programmes.map((p) => html`<li>${lienVers(p, a)}</li>`)}
  </ul>`;
}

/** "A, B et C". */
function enumerer(noms: readonly unknown[]) {
  return noms.map((n, i) => html`${i === 0 ? '' : i === noms.length - 1 ? ' et ' : ', '}${n}`);
}

/** After the commune's lead sentence: its programmes, then its France Services. */
export function renderSommaireCommune(sommaire: SommaireCommune, a: Anchors) {
  const fs = sommaire.franceServices;
  return html`${sommaire.programmes.length ? liste(sommaire.programmes, a) : nothing}
  ${fs ? html`<p part="france-services">${phraseFranceServices(fs, sommaire.programmeFranceServices, a)}</p>` : nothing}`;
}

/**
 * Where a resident finds a France Services, told by place: the feeds know no distances, so the
 * page says "in your intercommunalité", never "nearest".
 */
function phraseFranceServices(fs: FranceServicesProches, programme: LienProgramme | undefined, a: Anchors) {
  const ici = bdi(aLaCommune(fs.commune));
  const voir = () => (programme ? html` : ${lienVers(programme, a, 'voir celles du département')}` : nothing);
  // Several sites' names would make the sentence too long: the card below lists them.
  const nombre = (n: number) => `${formatNombre(n)} sites`;
  switch (fs.ou) {
    case 'commune':
      return html`France Services ${ici} :
      ${fs.sites.length > 1 ? (programme ? lienVers(programme, a, nombre(fs.sites.length)) : nombre(fs.sites.length)) : bdi(fs.sites[0]!.nom)}.`;
    case 'intercommunalite': {
      const ou = enumerer(fs.communes.map((c) => bdi(aLaCommune(c))));
      const sites =
        fs.sites.length === 1
          ? html`${bdi(fs.sites[0]!.nom)}, ${ou}`
          : fs.communes.length > 4
            ? html`${nombre(fs.sites.length)}, dans ${formatNombre(fs.communes.length)} communes${voir()}`
            : html`${nombre(fs.sites.length)}, ${ou}`;
      return html`Aucune France Services ${ici}. Dans votre intercommunalité${fs.horsDepartement ? ', dans le département' : ''} : ${sites}.`;
    }
    case 'aucune': {
      const epci = fs.horsDepartement
        ? ' ni dans la partie de son intercommunalité qui est dans le département'
        : ' ni dans son intercommunalité';
      return html`Aucune France Services ${ici}${fs.intercommunalite ? epci : nothing}${voir()}.`;
    }
  }
}

/** What the département's view says first: how many of its communes the programmes reach, and which programmes. */
export function renderSommaireDepartement(sommaire: SommaireDepartement, a: Anchors) {
  const n = sommaire.programmes.length;
  if (!n) return nothing;
  const c = sommaire.communes;
  const lead = c
    ? html`Dans le département, ${formatNombre(c.beneficiaires)} communes sur ${formatNombre(c.total)} bénéficient
      ${n > 1 ? `d’au moins un des ${formatNombre(n)} programmes de l’ANCT` : 'de ce programme de l’ANCT'} :`
    : html`${capitaliser(n > 1 ? `${formatNombre(n)} programmes` : 'un programme')} de l’ANCT dans le département :`;
  return html`<p class="lead" part="lead">${lead}</p>
    ${liste(sommaire.programmes, a)}`;
}

/** "à Mende", "Au Malzieu-Ville": the preposition, and the commune's name isolated. */
export function aLa(nom: string, majuscule = false) {
  const [preposition, reste] = devantLaCommune(nom);
  return html`${majuscule ? capitaliser(preposition) : preposition} ${bdi(reste)}`;
}

/** A place: its name, and what the feed says of it (groupements, address, phone, hours). */
export function renderLieu(lieu: LieuVu) {
  const details = html`${lieu.type ? html` <span class="mention">(${bdi(lieu.type)})</span>` : nothing}${
    lieu.groupements?.length
      ? html` <span class="mention">(${lieu.groupements.map((g, i) => html`${i ? ', ' : ''}${bdi(g.nom)}`)})</span>`
      : nothing
  }${lieu.adresse ? html`<br /><span class="mention">${bdi(lieu.adresse)}</span>` : nothing}${
    lieu.telephone ? html`<br /><span class="mention">Tél. ${bdi(lieu.telephone)}</span>` : nothing
  }${
    lieu.jours.length
      ? html`<br /><span class="mention">${lieu.jours.map(([jour, h], i) => html`${i ? ' ; ' : ''}${bdi(jour)} ${bdi(h)}`)}</span>`
      : nothing
  }`;
  return html`<li>${bdi(lieu.nom)}${details}</li>`;
}
