/**
 * The whole fiche territoriale of a département, in the order of the printed fiche: a header,
 * "Programmes d'action de l'ANCT", "Accompagnement sur mesure et plan de relance", "En pratique";
 * with a table of contents, and a print button. Composed of the other elements, which it hands
 * the feed it validated: one request, one validation, each part rendered by its own element.
 *
 * Its parts are one table, `GROUPES`: the elements it registers, the names `sections` accepts,
 * the table of contents, each part's `exportparts` and whether it has something to show all come
 * from it, and one template renders any part.
 */
import { html, nothing } from 'lit';
import { formatEdition } from '../data/text/format.js';
import { SECTIONS } from '../data/feed/schema.js';
import type { Feed, FeedProblem } from '../data/feed/validate.js';
import { AnctAccompagnements } from './accompagnements.js';
import { AnctElement, renderPartFailure, type Derived } from './anct-element.js';
import { childElement } from './child-element.js';
import { errorDetail, type AnctErrorDetail } from './events.js';
import { bdi, lien } from './feed-text.js';
import { AnctFibreTable } from './fibre-table.js';
import { ficheStyles } from './fiche.styles.js';
import { AnctProgrammeList } from './programme-list.js';
import { AnctSaisineFlow } from './saisine-flow.js';

/** A part of the fiche: its name in `sections`, and the element that shows it. */
interface Partie {
  readonly nom: string;
  readonly tag: string;
  readonly element: CustomElementConstructor & { readonly parts: readonly string[]; hasContent(feed: Feed): boolean };
  /** Its own heading says what its group's already does: it shows none. */
  readonly sansTitre?: boolean;
}

interface Groupe {
  readonly id: string;
  readonly titre: string;
  readonly parties: readonly Partie[];
}

/** The fiche's groups and their parts, in the fiche's order. */
const GROUPES: readonly Groupe[] = [
  {
    id: 'programmes',
    titre: 'Programmes d’action de l’ANCT',
    parties: [
      { nom: 'programmes', tag: 'anct-programme-list', element: AnctProgrammeList, sansTitre: true },
      { nom: 'fibre', tag: 'anct-fibre-table', element: AnctFibreTable },
    ],
  },
  {
    id: 'accompagnement',
    titre: 'Accompagnement sur mesure et plan de relance',
    parties: [{ nom: 'accompagnements', tag: 'anct-accompagnements', element: AnctAccompagnements, sansTitre: true }],
  },
  { id: 'en-pratique', titre: 'En pratique', parties: [{ nom: 'saisine', tag: 'anct-saisine-flow', element: AnctSaisineFlow }] },
];

const PARTIES = GROUPES.flatMap((g) => g.parties);

/** The fiche reports every problem of the feed itself: its parts are given the feed it validated, with none. */
const NO_PROBLEMS: readonly FeedProblem[] = [];

/**
 * `exportparts` for a part's element: each of its parts, prefixed with the part's name, so that a
 * page styles `anct-fiche::part(programmes-item)` as it would `anct-programme-list::part(item)`.
 */
function exportparts(partie: Partie): string {
  return partie.element.parts.map((p) => `${p}:${partie.nom}-${p}`).join(', ');
}

/** What the header says, read from the feed before render. */
interface EnTete {
  titre: string | undefined;
  lieu: { nom: string; code: string; region: string } | undefined;
  edition: string | undefined;
  editeur: string | undefined;
  pdf: string | undefined;
}

interface Contenu {
  /** Undefined when the feed's header cannot be read: its place says so. */
  enTete: EnTete | undefined;
  groupes: Groupe[];
}

/** The header's text, read once from the feed: a value that cannot be read fails here, not in the render. */
function lireEnTete({ territoire, edition }: Feed): EnTete {
  return {
    titre: edition?.titre,
    lieu: territoire && { nom: territoire.nom, code: territoire.code, region: territoire.region.nom },
    edition: edition ? formatEdition(edition) : undefined,
    editeur: edition?.editeur,
    pdf: edition?.url,
  };
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
export class AnctFiche extends AnctElement<Contenu> {
  static override styles = [...AnctElement.styles, ficheStyles];
  static override readonly parts = [...AnctElement.parts, 'header', 'heading', 'subheading', 'print', 'toc', 'section'];
  // Declared without decorators, as in the base (see there why).
  static override properties = { sections: {} };
  static override dependencies = Object.fromEntries(PARTIES.map((p) => [p.tag, p.element]));

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

  /** The header, and the groups of parts asked for (all by default) whose element says it has something to show. */
  protected derive(feed: Feed): Derived<Contenu> {
    const asked = this.sections?.split(/\s+/) ?? [];
    const known = PARTIES.filter((p) => asked.includes(p.nom));
    const parties = known.length ? known : PARTIES;
    const groupes = GROUPES.map((g) => ({
      ...g,
      parties: g.parties.filter((p) => parties.includes(p) && p.element.hasContent(feed)),
    })).filter((g) => g.parties.length);
    if (!groupes.length) return { data: undefined };
    const errors: AnctErrorDetail[] = [];
    let enTete: EnTete | undefined;
    try {
      enTete = lireEnTete(feed);
    } catch (error) {
      errors.push(errorDetail(error));
    }
    return { data: { enTete, groupes }, errors };
  }

  protected renderContent({ enTete, groupes }: Contenu, feed: Feed) {
    return html`
      ${enTete ? this.#renderEnTete(enTete) : renderPartFailure()}
      <nav part="toc" aria-label="Sommaire de la fiche">
        <p aria-hidden="true">Sommaire</p>
        <ol>
          ${groupes.map((g) => html`<li><a href="#${g.id}" @click=${this.#goTo}>${g.titre}</a></li>`)}
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

  #renderEnTete({ titre, lieu, edition, editeur, pdf }: EnTete) {
    const line = [lieu && html`${bdi(lieu.nom)} (${lieu.code}), région ${bdi(lieu.region)}`, edition, editeur && bdi(editeur)].filter(
      Boolean,
    );
    return html`<header class="fiche-header" part="header">
      ${this.renderHeading(0, titre ? bdi(titre) : html`Fiche territoriale${lieu ? html` : ${bdi(lieu.nom)}` : nothing}`)}
      <p>${line.map((piece, i) => html`${i ? ' · ' : ''}${piece}`)}</p>
      <div class="actions">
        ${pdf ? lien(pdf, 'La fiche au format PDF', 'La fiche au format PDF') : nothing}
        <button type="button" class="screen-only" part="print" @click=${() => window.print()}>Imprimer la fiche</button>
      </div>
    </header>`;
  }

  /** Each part is the element that shows it, one heading level below its group's. */
  #renderPartie(partie: Partie, feed: Feed) {
    return childElement(
      partie.tag,
      {
        feed,
        feedProblems: NO_PROBLEMS,
        headingLevel: this.headingLevelAt(2),
        commune: this.commune,
        theme: this.theme,
        look: this.look,
        ...(partie.sansTitre && { heading: '' }),
      },
      exportparts(partie),
    );
  }

  /** In-page links do not reach into a shadow root by themselves: scroll, and move the focus. */
  #goTo(event: Event) {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}-titre`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anct-fiche': AnctFiche;
  }
}
