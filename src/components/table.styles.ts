/** The look of a data table, shared by the fibre table and the table of supported projects. */
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 700;
    color: var(--_title);
    padding: 0 0 0.5rem;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-weight: 700;
    border-bottom: 2px solid var(--_title);
    background: var(--_background-alt);
    color: var(--_title);
  }
  tbody th {
    font-weight: 700;
  }
`;
