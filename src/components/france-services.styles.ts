import { css } from 'lit';

export const franceServicesStyles = css`
  .lead {
    font-weight: 700;
    color: var(--_title);
  }
  .groupe {
    margin: 0 0 1.5rem;
  }
  .subheading {
    font-size: 1.25rem;
    padding-bottom: 0.25rem;
    border-bottom: 2px solid var(--_accent);
  }
  .sites {
    --_card-min: 20rem;
  }
  .site-heading {
    font-size: 1.125rem;
  }
  .site p {
    margin: 0 0 0.5rem;
  }
  .statut {
    font-weight: 700;
    color: var(--_title);
  }
  .statut.ouvert::before {
    content: '● ';
    color: var(--_accent);
  }
  table {
    margin: 0.5rem 0;
    font-variant-numeric: tabular-nums;
    /* Days and hours are our own short words: broken anywhere, a narrow card read « Vendred i ». */
    overflow-wrap: normal;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
  }
`;
