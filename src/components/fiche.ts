/**
 * The whole fiche territoriale of a département, in the order of the printed fiche: a header,
 * "Programmes d'action de l'ANCT", "Accompagnement sur mesure et plan de relance", "En pratique";
 * with a table of contents, and a print button. Composed of the other elements, which it hands
 * the feed it loaded: one request, one validation, each part rendered by its own element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatEdition, type FicheLue, type SectionName, SECTIONS } from '../data/index.js';
import { AnctElement } from './anct-element.js';
import { ficheStyles } from './fiche.styles.js';

/** The parts a fiche can show, as `sections` names them, in the fiche's order. */
export const PARTIES_FICHE = ['programmes', 'fibre', 'accompagnements', 'saisine'] as const;
export type PartieFiche = (typeof PARTIES_FICHE)[number];

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
 * @tagname anct-fiche
 * @summary The whole fiche territoriale of a département, composed of the other elements, with
 * a table of contents and a clean A4 print.
 *
 * @attr src - Address of the feed (JSON, version 1). Changing it reloads.
 * @attr commune - INSEE code of a commune, passed to the programme list.
 * @attr departement - Code of a département ("48", "2A", "974"): without `src`, the element loads that département's feed, shipped in `feeds/` beside the script. Without `departement` either, the département follows from `commune`.
 * @attr sections - The parts to show, separated by spaces, among `programmes`, `fibre`, `accompagnements`, `saisine`. Default: all.
 * @attr heading - Text of the fiche's heading in place of the edition's title; empty, no heading.
 * @attr heading-level - Level of the fiche's heading, 1–6. Default 2; its parts follow.
 * @attr timeout - Seconds to wait for the feed's server before saying it does not answer. Default 10.
 * @attr theme - `auto` (follows the DSFR's `data-fr-theme`, else light), `light` or `dark`. Print is always light.
 *
 * @prop {object} feed - The feed as an object; takes precedence over inline JSON and `src`.
 *
 * @slot - Fallback content, shown until the fiche renders and with an error (a link to the PDF fiche, say).
 *   A `<script type="application/json">` child is read as the feed.
 *
 * @fires {CustomEvent<{feed: object}>} anct-load - The fiche is shown. Detail: `{feed}`, the validated feed.
 * @fires {CustomEvent<{code: string, message: string, path?: string}>} anct-error - The feed, part of it, or the commune code cannot be shown. Detail: `{code, message, path?}`.
 *
 * @csspart base - The fiche's box.
 * @csspart header - The header: territory, région, edition.
 * @csspart heading - The fiche's heading.
 * @csspart print - The "Imprimer" button.
 * @csspart toc - The table of contents.
 * @csspart section - Each part of the fiche.
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message.
 * @csspart empty - The message when no part has data.
 *
 * @cssprop --anct-color-text - Text colour. Default: DSFR `--text-default-grey`.
 * @cssprop --anct-color-title - Headings. Default: DSFR `--text-title-grey`.
 * @cssprop --anct-color-background - Background. Default: DSFR `--background-default-grey`.
 * @cssprop --anct-color-background-alt - Table of contents. Default: DSFR `--background-alt-grey`.
 * @cssprop --anct-color-border - Rules. Default: DSFR `--border-default-grey`.
 * @cssprop --anct-color-accent - Links, the print button, the header's rule. Default: DSFR `--text-action-high-blue-france`.
 * @cssprop --anct-color-focus - Focus ring. Default: #0a76f6.
 */
export class AnctFiche extends AnctElement {
  static override styles = [...AnctElement.styles, ficheStyles];

  /** The parts to show, separated by spaces; empty or absent shows them all. */
  @property() accessor sections: string | null = null;

  /** The fiche reads the whole feed, so it reports every problem; its parts get the valid rest. */
  protected readonly feedSections = Object.keys(SECTIONS) as SectionName[];

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The parts' own anct-load would reach the page as the fiche's: the fiche fires its own.
    // Their anct-error pass: a commune code the programme list cannot place is the page's concern.
    root.addEventListener('anct-load', (event) => event.stopPropagation());
    return root;
  }

  protected override viewKey() {
    return [this.sections];
  }

  private parties(): PartieFiche[] {
    const demandees = this.sections?.split(/\s+/).filter(Boolean) ?? [];
    const connues = PARTIES_FICHE.filter((p) => demandees.includes(p));
    return connues.length ? connues : [...PARTIES_FICHE];
  }

  protected renderContent(feed: FicheLue) {
    const parties = this.parties();
    const aDonnees: Record<PartieFiche, boolean> = {
      programmes: Boolean(feed.programmes?.length),
      fibre: Boolean(feed.fibre),
      accompagnements: Boolean(feed.crte || feed.accompagnements?.length),
      saisine: true,
    };
    const groupes = GROUPES.map((g) => ({ ...g, parties: g.parties.filter((p) => parties.includes(p) && aDonnees[p]) })).filter(
      (g) => g.parties.length,
    );
    if (!groupes.length) return nothing;
    return html`
      ${this.renderEnTete(feed)}
      <nav part="toc" aria-label="Sommaire de la fiche">
        <p aria-hidden="true">Sommaire</p>
        <ol>
          ${groupes.map((g) => html`<li><a href="#${g.id}" @click=${this.allerA}>${g.titre}</a></li>`)}
        </ol>
      </nav>
      ${groupes.map(
        (g) => html`<section class="groupe" id=${g.id} part="section" aria-labelledby="${g.id}-titre">
          <div class="groupe-titre" id="${g.id}-titre" tabindex="-1">${this.renderHeading(1, g.titre, 'subheading')}</div>
          ${g.parties.map((p) => this.renderPartie(p, feed))}
        </section>`,
      )}
    `;
  }

  private renderEnTete(feed: FicheLue) {
    const { territoire, edition } = feed;
    const titre = edition?.titre ?? `Fiche territoriale${territoire ? ` : ${territoire.nom}` : ''}`;
    const lieu = territoire ? `${territoire.nom} (${territoire.code}), région ${territoire.region.nom}` : undefined;
    const quand = edition ? formatEdition(edition) : undefined;
    return html`<header class="fiche-header" part="header">
      ${this.renderHeading(0, titre)}
      <p>${[lieu, quand, edition?.editeur].filter(Boolean).join(' · ')}</p>
      <div class="actions">
        ${edition?.url ? html`<a href=${edition.url}>La fiche au format PDF</a>` : nothing}
        <button type="button" class="screen-only" part="print" @click=${() => window.print()}>Imprimer la fiche</button>
      </div>
    </header>`;
  }

  /** Each part is the element that shows it, one heading level below its group's. */
  private renderPartie(partie: PartieFiche, feed: FicheLue): TemplateResult {
    const niveau = Math.min(this.headingLevel + (this.heading === '' ? 1 : 2), 6);
    switch (partie) {
      case 'programmes':
        return html`<anct-programme-list
          .feed=${feed}
          heading=""
          heading-level=${niveau}
          commune=${this.commune ?? nothing}
          theme=${this.theme}
        ></anct-programme-list>`;
      case 'fibre':
        return html`<anct-fibre-table .feed=${feed} heading-level=${niveau} theme=${this.theme}></anct-fibre-table>`;
      case 'accompagnements':
        return html`<anct-accompagnements .feed=${feed} heading="" heading-level=${niveau} theme=${this.theme}></anct-accompagnements>`;
      case 'saisine':
        return html`<anct-saisine-flow .feed=${feed} heading-level=${niveau} theme=${this.theme}></anct-saisine-flow>`;
    }
  }

  /** In-page links do not reach into a shadow root by themselves: scroll, and move the focus. */
  private allerA(event: Event) {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const cible = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}-titre`);
    if (!cible) return;
    event.preventDefault();
    cible.scrollIntoView({ block: 'start' });
    cible.focus({ preventScroll: true });
  }
}
