/**
 * The fiche's "Comment saisir l'ANCT ?": from the élu local, through the préfet, three paths
 * to a local implementation. Semantically an ordered list a screen reader follows step by step;
 * visually a diagram whose connectors (d3-shape links, src/charts/flow-links.ts) run across on
 * wide screens and down on narrow ones. The national flow is built in (src/data/saisine/saisine.ts);
 * the feed adds the département's contact and may reword steps. The resources follow as links.
 */
import { html, nothing } from 'lit';
import { flowConnectors, flowLinks, type Box, type Connector, type Orientation } from '../charts/flow-links.js';
import { formatDomaine } from '../data/text/format.js';
import { parcoursSaisine, type ParcoursSaisine } from '../data/saisine/saisine.js';
import { SCHEMAS_SAISINE } from '../data/feed/sections.js';
import type { Feed } from '../data/feed/validate.js';
import { AnctElement, type Derived } from './anct-element.js';
import { ResizeController } from './controllers/resize.js';
import { bdi, lien } from './feed-text.js';
import { heading } from './heading.js';
import { saisineFlowStyles } from './saisine-flow.styles.js';

/**
 * From this width (in em of the diagram's text) the flow runs across the page: the styles'
 * container query says the same. 720px at the default text size; more as the text grows.
 */
export const LARGEUR_HORIZONTALE_EM = 45;

/**
 * @tagname anct-saisine-flow
 * @summary How an elected official asks the ANCT for help: the national flow from the élu local
 * to local implementation, the département's contact, and the agency's resources.
 *
 * @csspart heading - The heading.
 * @csspart subheading - The heading of the resources.
 * @csspart diagram - The flow diagram.
 * @csspart flow - The ordered list of steps.
 * @csspart step - One step.
 * @csspart connectors - The connectors' SVG layer (decorative).
 * @csspart contact - The délégué territorial's contact.
 * @csspart resources - The resources.
 */
export class AnctSaisineFlow extends AnctElement<ParcoursSaisine> {
  static override styles = [...AnctElement.styles, saisineFlowStyles];
  static override readonly parts = [
    ...AnctElement.parts,
    'heading',
    'subheading',
    'diagram',
    'flow',
    'step',
    'connectors',
    'contact',
    'resources',
  ];

  /** @internal */
  readonly feedSchemas = SCHEMAS_SAISINE;

  protected derive(feed: Feed): Derived<ParcoursSaisine> {
    return { data: parcoursSaisine(feed.saisine) };
  }

  // Plain fields, without decorators as in the base (see there why).
  // `measure` asks for the update when they change.
  #orientation: Orientation = 'vertical';
  #connectors: { paths: string[]; width: number; height: number } | undefined;
  get #diagram(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.diagram') ?? null;
  }

  // The layout itself is CSS (a container query at the same width); the observer only redraws
  // the connectors, which sit out of the flow, so drawing them never resizes what it observes.
  constructor() {
    super();
    // The host keeps its controllers: this one needs no name of its own.
    new ResizeController(
      this,
      () => this.#diagram,
      () => this.#measure(),
    );
  }

  protected renderContent(parcours: ParcoursSaisine, feed: Feed) {
    return html`
      ${this.renderHeading(0, 'Comment saisir l’ANCT ?')}
      <div class="diagram ${this.#orientation}" part="diagram">
        ${this.#connectors ? flowConnectors(this.#connectors.paths, this.#connectors.width, this.#connectors.height) : nothing}
        ${renderFlow(parcours)}
      </div>
      ${renderContact(parcours)} ${renderRessources(feed.ressources, this.headingLevelAt(1))}
    `;
  }

  /** Reads where the boxes are, and draws the connectors between them. */
  #measure() {
    const diagram = this.#diagram;
    if (!diagram) return;
    const origin = diagram.getBoundingClientRect();
    const em = Number.parseFloat(getComputedStyle(diagram).fontSize) || 16;
    const orientation: Orientation = origin.width >= LARGEUR_HORIZONTALE_EM * em ? 'horizontal' : 'vertical';
    if (orientation !== this.#orientation) {
      this.#orientation = orientation;
      this.requestUpdate();
    }
    const box = (el: Element | null): Box => {
      const r = el!.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
    };
    const elu = box(diagram.querySelector('.elu .box'));
    const prefet = box(diagram.querySelector('.prefet .box'));
    const fin = box(diagram.querySelector('.fin .box'));
    const paths = [...diagram.querySelectorAll('.path')].map(
      (p) => [box(p.querySelector('.condition')), box(p.querySelector('.action'))] as const,
    );
    // Across: every connector joins box centres. Down: the branches from the préfet run along
    // the start edge and those to the end step along the end edge, one rail each.
    const rail = (i: number) => 12 + i * 10;
    const connectors: Connector[] = [
      { from: elu, to: prefet },
      ...paths.flatMap(([condition, action], i): Connector[] => [
        { from: prefet, to: condition, align: 'start', inset: rail(i) },
        { from: condition, to: action },
        { from: action, to: fin, align: 'end', inset: rail(i) },
      ]),
    ];
    const next = { paths: flowLinks(connectors, this.#orientation), width: origin.width, height: origin.height };
    if (next.paths.join() !== this.#connectors?.paths.join() || next.width !== this.#connectors?.width) {
      this.#connectors = next;
      this.requestUpdate();
    }
  }
}

/* The templates: functions of the flow and the feed's resources alone. */

function renderFlow(parcours: ParcoursSaisine) {
  return html`<ol class="flow" part="flow">
    <li class="step elu" part="step"><span class="box">${bdi(parcours.elu)}</span></li>
    <li class="step prefet" part="step"><span class="box">${bdi(parcours.prefet)}</span></li>
    <li class="step chemins" part="step">
      <span class="visually-hidden">Selon le projet :</span>
      <ul class="paths">
        ${parcours.chemins.map(
          (c) =>
            html`<li class="path">
              <span class="box condition">${bdi(c.condition)}</span>
              <span class="box action">${bdi(c.action)}</span>
            </li>`,
        )}
      </ul>
    </li>
    <li class="step fin" part="step"><span class="box">${bdi(parcours.miseEnOeuvre)}</span></li>
  </ol>`;
}

function renderContact({ contact }: ParcoursSaisine) {
  if (!contact) {
    return html`<p class="contact" part="contact">
      Retrouvez la liste des délégués territoriaux dans les départements sur
      <a href="https://agence-cohesion-territoires.gouv.fr">le site Internet de l’ANCT</a>.
    </p>`;
  }
  return html`<p class="contact" part="contact">
    Votre contact${contact.role ? html` (${bdi(contact.role)})` : nothing} :
    ${contact.nom ? html`<strong>${bdi(contact.nom)}</strong>` : nothing}
    ${contact.email ? html` — ${lien(`mailto:${contact.email}`, contact.email)}` : nothing}
    ${contact.telephone ? html` — ${bdi(contact.telephone)}` : nothing}
    ${contact.url ? html` — ${lien(contact.url, 'page du contact', 'page du contact')}` : nothing}
  </p>`;
}

/** The agency's resources, under a heading at `level`. */
function renderRessources(ressources: Feed['ressources'], level: number) {
  if (!ressources?.length) return nothing;
  return html`<section class="ressources" part="resources">
    ${heading(level, 'Ressources de l’Agence', 'subheading')}
    <p>Pour le diagnostic de votre territoire et vos projets, l’Agence est pleine de ressources :</p>
    <ul>
      ${ressources.map(
        (r) =>
          html`<li>
            ${lien(r.url, r.libelle, bdi(r.libelle), 'sans-adresse')}
            <span class="mention">(${bdi(formatDomaine(r.url))})</span>${r.description ? html` — ${bdi(r.description)}` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-saisine-flow': AnctSaisineFlow;
  }
}
