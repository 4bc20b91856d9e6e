import { css } from 'lit';

export const ficheStyles = css`
  .fiche-header {
    border-bottom: 2px solid var(--_accent);
    padding-bottom: 0.75rem;
    margin-bottom: 1rem;
  }
  .fiche-header .heading {
    font-size: 2rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  button {
    font: inherit;
    color: var(--_background);
    background: var(--_accent);
    border: 0;
    padding: 0.375rem 1rem;
    cursor: pointer;
  }
  /* In the neutral look, nothing in the background's colour, which is the page's and unknown. */
  .neutre button {
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
  }
  nav {
    background: var(--_background-alt);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
  }
  nav p {
    font-weight: 700;
    color: var(--_title);
    margin: 0 0 0.25rem;
  }
  nav ol {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  section.groupe {
    margin: 0 0 2.5rem;
  }
  .groupe-titre .subheading {
    font-size: 1.75rem;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    /* ACCOMPAGNEMENT, in capitals at this size, is wider than a 320px phone. */
    overflow-wrap: break-word;
    padding-bottom: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  section.groupe > * + * {
    margin-top: 1.5rem;
    display: block;
  }
  [tabindex='-1']:focus {
    outline: none;
  }

  @media print {
    nav {
      display: none;
    }
    section.groupe + section.groupe {
      break-before: page;
    }
  }
`;
