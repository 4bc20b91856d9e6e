/**
 * Styles every element shares: the colour palette and the states (loading, empty, error).
 *
 * Two looks. The DSFR's: each colour a private `--_x` set from the public `--anct-color-x`
 * property (the embedder's theming), which falls back, in `auto` theme, to the DSFR's own token
 * (so a DSFR site matches in light and dark with no configuration), and then to the DSFR's
 * literal colour; with an explicit `theme="light"` or `"dark"` the DSFR tokens are skipped, since
 * the page's theme may be the other one. The neutral one, for every site that is not the State's:
 * `--anct-color-x`, else a colour made from the page's own text colour (`currentColor`, mixed with
 * transparency: it is resolved where it is used, so a colour of the palette is only ever used on
 * text of the page's colour), on a transparent background; no blue, no State identity. Print is
 * light and plain whatever the screen shows, and grey in the neutral look.
 *
 * The palette is written once, below: a colour per line with its token and its values, and every
 * mode is generated from it, so no mode can miss a colour.
 */
import { css, unsafeCSS } from 'lit';

interface Couleur {
  /** `--_${nom}` inside, `--anct-color-${nom}` for the embedder. */
  nom: string;
  /** The DSFR token followed in `auto` theme (`null`: the DSFR has none for it). */
  token: string | null;
  light: string;
  dark: string;
  /** The neutral look's colour, from the page's text colour. */
  neutre: string;
  /** On paper, when it differs from light: stronger greys, since print has no hover or zoom. */
  print?: string;
  /** On paper in the neutral look, when print's colour is the DSFR's blue. */
  printNeutre?: string;
}

/** Part of the page's text colour over what is behind: a grey of the page's own colour. */
const part = (pourcent: number, couleur = 'currentColor') => `color-mix(in srgb, ${couleur} ${pourcent}%, transparent)`;

/** The DSFR's values, its light and dark themes (DSFR 1.x, "Couleurs" tokens), and the neutral look's. */
export const PALETTE: readonly Couleur[] = [
  { nom: 'text', token: '--text-default-grey', light: '#3a3a3a', dark: '#cecece', neutre: 'currentColor', print: '#161616' },
  { nom: 'title', token: '--text-title-grey', light: '#161616', dark: '#fff', neutre: 'currentColor', print: '#000' },
  { nom: 'mention', token: '--text-mention-grey', light: '#666', dark: '#929292', neutre: part(85), print: '#3a3a3a' },
  { nom: 'background', token: '--background-default-grey', light: '#fff', dark: '#161616', neutre: 'transparent' },
  { nom: 'background-alt', token: '--background-alt-grey', light: '#f6f6f6', dark: '#1e1e1e', neutre: part(5) },
  {
    nom: 'background-accent',
    token: '--background-alt-blue-france',
    light: '#f5f5fe',
    dark: '#1b1b35',
    neutre: part(5, 'var(--_accent)'),
    printNeutre: '#f6f6f6',
  },
  { nom: 'border', token: '--border-default-grey', light: '#ddd', dark: '#353535', neutre: part(30), print: '#929292' },
  {
    nom: 'accent',
    token: '--text-action-high-blue-france',
    light: '#000091',
    dark: '#8585f6',
    neutre: 'currentColor',
    printNeutre: '#161616',
  },
  {
    nom: 'accent-minor',
    token: '--artwork-minor-blue-france',
    light: '#6a6af4',
    dark: '#6a6af4',
    neutre: part(60, 'var(--_accent)'),
    printNeutre: '#666',
  },
  // A red, darkened or lightened towards the page's text: legible on a light page and a dark one.
  {
    nom: 'error',
    token: '--text-default-error',
    light: '#ce0500',
    dark: '#ff5655',
    neutre: 'color-mix(in srgb, #ce0500 60%, currentColor)',
  },
  // The DSFR draws focus with this colour in both themes, and has no token for it.
  { nom: 'focus', token: null, light: '#0a76f6', dark: '#0a76f6', neutre: 'currentColor' },
];

type Mode = 'auto-light' | 'auto-dark' | 'light' | 'dark' | 'neutre' | 'print' | 'print-neutre';

function declarations(mode: Mode): string {
  return PALETTE.map((c) => {
    if (mode === 'print') return `--_${c.nom}: ${c.print ?? c.light};`;
    if (mode === 'print-neutre') return `--_${c.nom}: ${c.printNeutre ?? c.print ?? c.light};`;
    if (mode === 'neutre') return `--_${c.nom}: var(--anct-color-${c.nom}, ${c.neutre});`;
    const valeur = mode.endsWith('dark') ? c.dark : c.light;
    const repli = mode.startsWith('auto') && c.token ? `var(${c.token}, ${valeur})` : valeur;
    return `--_${c.nom}: var(--anct-color-${c.nom}, ${repli});`;
  }).join('\n');
}

export const paletteStyles = unsafeCSS(`
  .base, .base.auto-light { ${declarations('auto-light')} }
  .base.auto-dark { ${declarations('auto-dark')} }
  .base.light { ${declarations('light')} }
  .base.dark { ${declarations('dark')} }
  .base.neutre { ${declarations('neutre')} }
  @media print {
    .base, .base.light, .base.dark, .base.auto-light, .base.auto-dark { ${declarations('print')} }
    .base.neutre { ${declarations('print-neutre')} }
  }
`);

export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    color: var(--_text);
    background: var(--_background);
    padding: var(--anct-padding, 0);
    border-radius: var(--anct-radius, 0);
    /* What a page's styles can still pass in through inheritance, set back; only the font
       (family and size) is the page's to give. */
    display: block;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    direction: ltr;
    /* A word longer than its box (a 10 000-character name, an address without spaces) breaks
       anywhere rather than push the box wider than the page. */
    overflow-wrap: anywhere;
  }
  /* A feed's text in a sentence: its direction, whatever it is, stays inside. */
  bdi {
    unicode-bidi: isolate;
  }

  .heading,
  .subheading,
  .axe-heading,
  .programme-heading {
    color: var(--_title);
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  .heading {
    font-size: 1.5rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .mention {
    color: var(--_mention);
    font-size: 0.875rem;
  }

  .loading {
    min-height: var(--anct-loading-height, 8rem);
    border-radius: 0.25rem;
    background: var(--_background-alt);
  }
  /* The page's own content while the data loads: as the page showed it before the script, with
     its line spacing and in no box, so that nothing moves when the element arrives. */
  :host([state='loading']),
  .base[aria-busy='true'] {
    line-height: inherit;
  }
  .loading.with-content {
    min-height: 0;
    border-radius: 0;
    background: none;
  }
  .error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.5rem 0.75rem;
    background: var(--_background-alt);
  }
  .error-title {
    color: var(--_error);
    font-weight: 700;
  }
  .notice {
    border-inline-start: 4px solid var(--_mention);
    padding: 0.25rem 0.75rem;
  }
  .source {
    margin-top: 0.5rem;
  }

  /* Print: light whatever the screen theme, links with their address (unless the text already
     shows it: .sans-adresse), nothing interactive,
     nothing left half on one page where it can be avoided. */
  @media print {
    .loading:not(.with-content),
    .screen-only {
      display: none !important;
    }
    a[href^='http']:not(.sans-adresse)::after,
    a[href^='mailto']:not(.sans-adresse)::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    table,
    tr,
    li,
    .box {
      break-inside: avoid;
    }
    .heading,
    .subheading,
    .axe-heading,
    .programme-heading,
    caption {
      break-after: avoid;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
