import { css } from 'lit';

export const fibreTableStyles = css`
  .table-wrapper {
    overflow-x: auto;
    margin: 0 0 1rem;
  }
  table {
    font-variant-numeric: tabular-nums;
  }
  /* "Zone" and its name are held together by a no-break space; a name too long for the
     column still breaks, anywhere. */
  tbody th,
  tfoot th {
    font-weight: 700;
  }
  td {
    text-align: end;
  }
  /* Figures keep their no-break spaces; only the share may go under its count. */
  .count,
  .share {
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_title);
    border-bottom: 0;
    color: var(--_title);
    font-weight: 700;
  }
  .share-bar {
    display: block;
    margin: 0.25rem 0 0 auto;
    max-width: 100%;
    height: auto;
  }
  @media (max-width: 30rem) {
    table {
      font-size: 0.875rem;
    }
    th,
    td {
      padding: 0.5rem 0.25rem;
    }
    thead th {
      hyphens: auto;
      overflow-wrap: anywhere;
    }
    /* One word, the row headers' own: it stays whole. */
    thead th:first-child {
      hyphens: manual;
      overflow-wrap: normal;
    }
  }
  .share-bar .track {
    fill: var(--_background-alt);
    stroke: var(--_border);
  }
  .share-bar .fill {
    fill: var(--_accent);
  }
  ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
  .download {
    display: inline-block;
    margin-top: 0.25rem;
  }
  section {
    margin: 0 0 1.5rem;
  }
  .lead {
    font-weight: 700;
    color: var(--_title);
  }
  .commune-error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.25rem 0.75rem;
  }
  /* What the source does not give is said where the figures would be, plainly visible. */
  .manque {
    border-inline-start: 4px solid var(--_border);
    padding: 0.25rem 0.75rem;
  }
  .switch {
    display: flex;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
  }
  .switch button {
    font: inherit;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid var(--_accent);
    border-radius: 0.25rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  .switch button[aria-pressed='true'] {
    color: var(--_background);
    background: var(--_accent);
  }
  /* The neutral look knows the page's text colour, not its background, so nothing is written
     in the background's colour: pressed is a tint and a double border, the text the page's. */
  .neutre .switch button[aria-pressed='true'] {
    color: var(--_text);
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  figure {
    margin: 0 0 1rem;
  }
  .series-line {
    display: block;
    width: 100%;
    max-width: 30rem;
    height: auto;
    overflow: visible;
  }
  .series-line .rule {
    stroke: var(--_border);
  }
  .series-line .tick-mark {
    stroke: var(--_mention);
  }
  /* In the chart's own units: about 11 px on a 360 px screen, 16 px at its widest. */
  .series-line .tick {
    fill: var(--_mention);
    font-size: 13px;
  }
  .series-line .area {
    fill: color-mix(in srgb, var(--_accent) 18%, transparent);
  }
  .series-line .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .series-line .last {
    fill: var(--_accent);
  }
  @media screen {
    .masque {
      display: none;
    }
  }
  @media print {
    .serie {
      break-inside: avoid;
    }
  }
`;
