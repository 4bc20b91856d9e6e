import { css } from 'lit';

export const programmeListStyles = css`
  .lead {
    font-size: 1.125rem;
    font-weight: 700;
    color: var(--_title);
  }
  .axe {
    margin: 0 0 1.5rem;
  }
  .axe-heading {
    font-size: 1.25rem;
    padding-bottom: 0.25rem;
    border-bottom: 2px solid var(--_accent);
  }
  .programme.concerne {
    background: var(--_background-accent);
  }
  .programme-heading {
    font-size: 1.125rem;
  }
  .chiffres,
  .lieux,
  .contrats {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .chiffre-valeur {
    font-weight: 700;
    color: var(--_title);
    font-variant-numeric: tabular-nums;
  }
  .groupe {
    margin: 0.5rem 0 0.25rem;
    font-style: italic;
  }
  .label {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  details {
    margin: 0 0 0.75rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details[open] .voir,
  details:not([open]) .masquer {
    display: none;
  }
  .commune-error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.25rem 0.75rem;
  }

  /* On paper nothing folds: every place is printed. */
  @media print {
    summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
