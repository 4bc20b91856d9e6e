import { css } from 'lit';

export const accompagnementsStyles = css`
  .accompagnements {
    container-type: inline-size;
  }
  .crte {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  table {
    margin: 0 0 0.75rem;
  }
  tbody th {
    color: var(--_title);
  }
  /* The column's name before each value, for the stacked cards; hidden from assistive
     technologies, which have the header association. */
  .label {
    display: none;
  }

  /* Narrow: each project a card, each value under its column's name. The explicit ARIA roles
     on the table keep the header association when display changes. */
  @container (max-width: 600px) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      border: 1px solid var(--_border);
      border-top: 4px solid var(--_accent);
      margin: 0 0 0.75rem;
      padding: 0.25rem 0;
    }
    th,
    td {
      border: 0;
      padding: 0.25rem 0.75rem;
    }
    .label {
      display: block;
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--_mention);
    }
  }

  /* On paper the projects' table may run on to the next page between two rows (they are
     kept whole): kept whole itself, it left its heading alone at the foot of the page in
     Firefox, which does not honour the heading's break-after: avoid. */
  @media print {
    table {
      break-inside: auto;
    }
  }
`;
