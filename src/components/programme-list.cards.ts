/**
 * The programme list's cards, as functions of what src/data/cartes-programmes.ts made: a
 * template only reads its view and the options (heading levels, anchors, which folded lists the
 * reader opened or the page prints), so that the same cards can be written as static HTML.
 */
import { html, nothing } from 'lit';
import { formatNombre } from '../data/index.js';
import { lesLieuxVus, type AxeVu, type CarteProgramme, type ChiffreVu, type ListeLieux, type Part } from '../data/cartes-programmes.js';
import { bdi, lien, renderSource } from './feed-text.js';
import { heading } from './heading.js';
import { PARTIE_ILLISIBLE, aLa, renderLieu, type Anchors } from './programme-list.parts.js';

export interface OptionsCartes {
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
