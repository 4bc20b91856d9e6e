/**
 * The whole fiche territoriale of a département, in the order of the printed fiche: a header,
 * "Programmes d'action de l'ANCT", "Accompagnement sur mesure et plan de relance", "En pratique";
 * with a table of contents, and a print button. Composed of the other elements, which it hands
 * the feed it loaded: one request, one validation, each part rendered by its own element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatEdition, SECTIONS, type Feed, type Partie } from '../data/index.js';
import { AnctAccompagnements } from './accompagnements.js';
import { AnctElement, type Derived } from './anct-element.js';
import { bdi, lien } from './feed-text.js';
import { AnctFibreTable } from './fibre-table.js';
import { ficheStyles } from './fiche.styles.js';
import { AnctProgrammeList } from './programme-list.js';
import { AnctSaisineFlow } from './saisine-flow.js';

/** The parts a fiche can show, as `sections` names them, in the fiche's order. */
export const PARTIES_FICHE = ['programmes', 'fibre', 'accompagnements', 'saisine'] as const satisfies readonly Partie[];
export type PartieFiche = (typeof PARTIES_FICHE)[number];

/** The element that shows each part. */
const ELEMENT_DE: { readonly [P in PartieFiche]: { readonly parts: readonly string[]; hasContent(feed: Feed): boolean } } = {
  programmes: AnctProgrammeList,
  fibre: AnctFibreTable,
  accompagnements: AnctAccompagnements,
  saisine: AnctSaisineFlow,
};

interface Groupe {
  id: string;
  titre: string;
  parties: PartieFiche[];
}

const GROUPES: Groupe[] = [
  { id: 'programmes', titre: 'Programmes d’action de l’ANCT', parties: ['programmes', 'fibre'] },
  { id: 'accompagnement', titre: 'Accompagnement sur mesure et plan de relance', parties: ['accompagnements'] },
  { id: 'en-pratique', titre: 'En pratique', parties: ['saisine'] },
];

/**
 * `exportparts` for a part's element: each of its parts, prefixed with the part's name, so that a
 * page styles `anct-fiche::part(programmes-item)` as it would `anct-programme-list::part(item)`.
 */
function partsExportees(partie: PartieFiche): string {
  return ELEMENT_DE[partie].parts.map((p) => `${p}:${partie}-${p}`).join(', ');
}

/**
 * @tagname anct-fiche
 * @summary The whole fiche territoriale of a département, composed of the other elements, with
 * a table of contents and a clean A4 print. The parts of the elements inside are forwarded,
 * prefixed with the name of the part that holds them: `programmes-item`, `fibre-table`,
 * `accompagnements-table`, `saisine-step`…
 *
 * @csspart header - The header: territory, région, edition.
 * @csspart heading - The fiche's heading.
 * @csspart subheading - The heading of each group of parts.
 * @csspart print - The "Imprimer" button.
 * @csspart toc - The table of contents.
 * @csspart section - Each group of parts of the fiche.
 */
export class AnctFiche extends AnctElement<Groupe[]> {
  static override styles = [...AnctElement.styles, ficheStyles];
  static override readonly parts = [...AnctElement.parts, 'header', 'heading', 'subheading', 'print', 'toc', 'section'];
  // Declared without decorators, as in the base (see there why).
  static override properties = { sections: {} };
  static override dependencies = {
    'anct-programme-list': AnctProgrammeList,
    'anct-fibre-table': AnctFibreTable,
    'anct-accompagnements': AnctAccompagnements,
    'anct-saisine-flow': AnctSaisineFlow,
  };

  /**
   * The parts to show, separated by spaces, among `programmes`, `fibre`, `accompagnements`,
   * `saisine`. Default: all.
   */
  declare sections: string | null | undefined;

  /** The fiche reads the whole feed, so it reports every problem; its parts get the valid rest. */
  /** @internal */
  readonly feedSchemas = SECTIONS;

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The parts' own anct-load would reach the page as the fiche's: the fiche fires its own.
    // Their anct-error pass: a commune code the programme list cannot place is the page's concern.
    root.addEventListener('anct-load', (event) => event.stopPropagation());
    return root;
  }

  /** The groups of parts asked for (all by default) whose element says it has something to show. */
  protected derive(feed: Feed): Derived<Groupe[]> {
    const demandees = this.sections?.split(/\s+/).filter(Boolean) ?? [];
    const connues = PARTIES_FICHE.filter((p) => demandees.includes(p));
    const parties = connues.length ? connues : PARTIES_FICHE;
    const groupes = GROUPES.map((g) => ({
      ...g,
      parties: g.parties.filter((p) => parties.includes(p) && ELEMENT_DE[p].hasContent(feed)),
    })).filter((g) => g.parties.length);
    return { data: groupes.length ? groupes : undefined };
  }

  protected renderContent(groupes: Groupe[], feed: Feed) {
    return html`
      ${this.renderPart(() => this.#renderEnTete(feed))}
      <nav part="toc" aria-label="Sommaire de la fiche">
        <p aria-hidden="true">Sommaire</p>
        <ol>
          ${groupes.map((g) => html`<li><a href="#${g.id}" @click=${this.#allerA}>${g.titre}</a></li>`)}
        </ol>
      </nav>
      ${groupes.map(
        (g) =>
          html`<section class="groupe" id=${g.id} part="section" aria-labelledby="${g.id}-titre">
            <div class="groupe-titre" id="${g.id}-titre" tabindex="-1">${this.renderHeading(1, g.titre, 'subheading')}</div>
            ${g.parties.map((p) => this.#renderPartie(p, feed))}
          </section>`,
      )}
    `;
  }

  #renderEnTete(feed: Feed) {
    const { territoire, edition } = feed;
    const titre = edition?.titre ? bdi(edition.titre) : html`Fiche territoriale${territoire ? html` : ${bdi(territoire.nom)}` : nothing}`;
    const lieu = territoire ? html`${bdi(territoire.nom)} (${territoire.code}), région ${bdi(territoire.region.nom)}` : undefined;
    const quand = edition ? formatEdition(edition) : undefined;
    const ligne = [lieu, quand, edition?.editeur && bdi(edition.editeur)].filter(Boolean);
    return html`<header class="fiche-header" part="header">
      ${this.renderHeading(0, titre)}
      <p>${ligne.map((partie, i) => html`${i ? ' · ' : ''}${partie}`)}</p>
      <div class="actions">
        ${edition?.url ? lien(edition.url, 'La fiche au format PDF', 'La fiche au format PDF') : nothing}
        <button type="button" class="screen-only" part="print" @click=${() => window.print()}>Imprimer la fiche</button>
      </div>
    </header>`;
  }

  /** Each part is the element that shows it, one heading level below its group's. */
  #renderPartie(partie: PartieFiche, feed: Feed): TemplateResult {
    const niveau = this.headingLevelAt(2);
    const parts = partsExportees(partie);
    // Properties, not attributes: the values are typed, and nothing is written on the children.
    switch (partie) {
      case 'programmes':
        return html`<anct-programme-list
          .feed=${feed}
          .heading=${''}
          .headingLevel=${niveau}
          .commune=${this.commune}
          .theme=${this.theme}
          .look=${this.look}
          exportparts=${parts}
        ></anct-programme-list>`;
      case 'fibre':
        return html`<anct-fibre-table
          .feed=${feed}
          .headingLevel=${niveau}
          .commune=${this.commune}
          .theme=${this.theme}
          .look=${this.look}
          exportparts=${parts}
        ></anct-fibre-table>`;
      case 'accompagnements':
        return html`<anct-accompagnements
          .feed=${feed}
          .heading=${''}
          .headingLevel=${niveau}
          .theme=${this.theme}
          .look=${this.look}
          exportparts=${parts}
        ></anct-accompagnements>`;
      case 'saisine':
        return html`<anct-saisine-flow
          .feed=${feed}
          .headingLevel=${niveau}
          .theme=${this.theme}
          .look=${this.look}
          exportparts=${parts}
        ></anct-saisine-flow>`;
    }
  }

  /** In-page links do not reach into a shadow root by themselves: scroll, and move the focus. */
  #allerA(event: Event) {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const cible = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}-titre`);
    if (!cible) return;
    event.preventDefault();
    cible.scrollIntoView({ block: 'start' });
    cible.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-fiche': AnctFiche;
  }
}
