/**
 * The programme list's templates, as functions of what src/data/programmes/vue-programmes.ts and
 * cartes-programmes.ts made: a template only reads its view and the options (headings, anchors,
 * which folded lists the reader opened or the page prints), so that the same list can be written
 * as static HTML.
 */
import { html, nothing } from 'lit';
import { capitaliser, formatNombre } from '../data/text/format.js';
import type { SommaireCommune, SommaireDepartement } from '../data/programmes/sommaire.js';
import type { VueProgrammes } from '../data/programmes/vue-programmes.js';
import {
  lesLieuxVus,
  type AxeVu,
  type CarteProgramme,
  type CartesProgrammes,
  type ChiffreVu,
  type ListeLieux,
  type Part,
} from '../data/programmes/cartes-programmes.js';
import { bdi, lien, renderProvenance, renderSource } from './feed-text.js';
import { heading } from './heading.js';
import {
  PARTIE_ILLISIBLE,
  aLa,
  renderLieu,
  renderSommaireCommune,
  renderSommaireDepartement,
  type Anchors,
} from './programme-list.parts.js';

/** What the list shows: the programmes the inputs select, and their cards and summaries. */
export interface VueListe {
  vue: VueProgrammes;
  cartes: CartesProgrammes;
}

export interface OptionsCartes {
  /** A heading `depth` levels below the element's own (depth 0: its own, whose text a page may replace or remove). */
  titre(depth: number, text: unknown, part?: string): unknown;
  /** The heading level `depth` levels below the element's own. */
  level(depth: number): number;
  anchors: Anchors;
  /** Whether the reader opened this folded list: it is built from then on. */
  opened(liste: ListeLieux): boolean;
  /** While printing, every list is built, since paper cannot open one. */
  printing: boolean;
  /** A folded list opened or closed by the reader. */
  toggle(liste: ListeLieux, event: Event): void;
}

/** The département's programmes by axe after its summary; or a commune's, then the département's as context. */
export function renderListe({ vue, cartes }: VueListe, territoire: string | undefined, options: OptionsCartes) {
  const dans = html`${territoire ? html` : ${bdi(territoire)}` : nothing}`;
  const commune = vue.commune?.statut === 'trouvee' ? vue.commune : undefined;
  const fin = html`${vue.sourceDesChiffres ? html`<p class="mention source" part="source">Source des chiffres : ${vue.sourceDesChiffres}.</p>` : nothing}
  ${renderProvenance(vue.sources)}`;
  if (!commune)
    return html`
      ${options.titre(0, html`Programmes d’action de l’ANCT${dans}`)}
      ${vue.erreurCommune ? html`<p class="commune-error" part="lead">${vue.erreurCommune}</p>` : nothing}
      ${renderOrError(cartes.sommaire, (s) => renderSommaireDepartement(s as SommaireDepartement, options.anchors))}
      ${vue.crte ? html`<p part="crte">${vue.crte}</p>` : nothing} ${renderAxes(cartes.axes, 1, options)} ${fin}
    `;
  const n = commune.concernes.length;
  const nom = bdi(capitaliser(commune.nom));
  const lead = n
    ? html`${nom} bénéficie de ${formatNombre(n)} programme${n > 1 ? 's' : ''} de l’ANCT.`
    : html`${nom} ne figure parmi les bénéficiaires d’aucun programme de cette fiche.`;
  return html`
    ${options.titre(0, html`Les programmes de l’ANCT ${aLa(commune.nom)}`)}
    ${commune.notes.map((note) => html`<p class="lead" part="lead">${note}</p>`)}
    <p class="lead" part="lead">${lead}</p>
    ${renderOrError(cartes.sommaire, (s) => renderSommaireCommune(s as SommaireCommune, options.anchors))}
    ${vue.enBref.map((phrase) => html`<p part="en-bref">${phrase}</p>`)} ${n ? renderCartes(cartes.concernes, 1, options) : nothing}
    ${
      cartes.ville.length
        ? html`${options.titre(1, html`À l’échelle de ${bdi(commune.ville!.nom)}`, 'subheading')} ${renderAxes(cartes.ville, 2, options)}`
        : nothing
    }
    ${cartes.axes.length ? html`${options.titre(1, html`Dans le département${dans}`, 'subheading')} ${renderAxes(cartes.axes, 2, options)}` : nothing}
    ${fin}
  `;
}

/** A part that could not be made says so in its place; in a list, as an item. */
export function renderOrError<T>(part: Part<T> | undefined, render: (view: T) => unknown, item = false): unknown {
  if (!part) return nothing;
  if ('view' in part) return render(part.view);
  return item ? html`<li class="error" part="error">${PARTIE_ILLISIBLE}</li>` : html`<p class="error" part="error">${PARTIE_ILLISIBLE}</p>`;
}

export function renderCartes(cartes: readonly Part<CarteProgramme>[], depth: number, options: OptionsCartes) {
  return html`<ul class="programmes cards" part="list">
    ${cartes.map((c) => renderOrError(c, (carte) => renderCarte(carte, depth, options), true))}
  </ul>`;
}

export function renderAxes(axes: readonly AxeVu[], depth: number, options: OptionsCartes) {
  return axes.map(
    (axe) =>
      html`<section class="axe" part="axe">
        ${heading(options.level(depth), axe.nom, 'axe-heading')} ${renderCartes(axe.cartes, depth + 1, options)}
      </section>`,
  );
}

function renderCarte(p: CarteProgramme, depth: number, options: OptionsCartes) {
  return html`<li class="programme card ${p.concerne ? 'concerne' : ''}" part="item">
    ${heading(options.level(depth), bdi(p.nom), 'programme-heading', options.anchors.anchor(p))}
    ${p.description ? html`<p>${bdi(p.description)}</p>` : nothing} ${p.chiffres.map(renderGroupeChiffres)}
    ${p.lieux ? renderLieux(p.lieux, options) : nothing}
    ${
      p.contrats.length
        ? html`<p class="label">Contrats :</p>
            <ul class="contrats">
              ${p.contrats.map((c) => html`<li>${bdi(c.nom)}</li>`)}
            </ul>`
        : nothing
    }
    ${p.url ? html`<p>${lien(p.url, p.nom, html`Page du programme ${bdi(p.nom)}`, '', 'link')}</p>` : nothing}
    ${p.source ? html`<p class="mention">Source : ${renderSource(p.source)}.</p>` : nothing}
  </li>`;
}

function renderGroupeChiffres(g: { groupe: string | undefined; chiffres: ChiffreVu[] }) {
  return html`${g.groupe ? html`<p class="groupe">${bdi(g.groupe)} :</p>` : nothing}
    <ul class="chiffres" part="figures">
      ${g.chiffres.map(
        (c) =>
          html`<li>
            <span class="chiffre-valeur">${c.texte}</span> ${c.unite === 'EUR' ? ': ' : ''}${bdi(c.libelle)}${
              c.sur ? html`, sur ${c.sur}${c.total!.perimetre ? html` ${bdi(c.total!.perimetre)}` : nothing}` : nothing
            }${c.source ? html` <span class="mention">(source : ${renderSource(c.source)})</span>` : nothing}
          </li>`,
      )}
    </ul>`;
}

/**
 * A list of places, folded beyond six: all of a programme's, or in the commune view those in the
 * commune, under its name. A folded list not built at once is made the first time it is opened.
 */
function renderLieux(liste: ListeLieux, options: OptionsCartes) {
  const label = liste.commune ? html`${aLa(liste.commune, true)} :` : undefined;
  const list = () =>
    html`<ul class="lieux" part="places">
      ${(liste.vus ?? lesLieuxVus(liste.lieux)).map(renderLieu)}
    </ul>`;
  if (!liste.pliee)
    return html`<p class="label">${label ?? 'Lieux :'}</p>
      ${list()}`;
  const n = formatNombre(liste.nombre);
  const ouverte = options.opened(liste);
  return html`${label ? html`<p class="label">${label}</p>` : nothing}
    <details @toggle=${(e: Event) => options.toggle(liste, e)} ?open=${ouverte}>
      <summary><span class="voir">Voir les ${n} lieux</span><span class="masquer">Masquer les ${n} lieux</span></summary>
      ${liste.vus || ouverte || options.printing ? list() : nothing}
    </details>`;
}
