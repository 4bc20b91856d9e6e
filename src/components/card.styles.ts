/**
 * A list of cards, shared by the programme list and the France Services sites: a grid of boxes
 * with an accent top border, one column in a narrow container, and on paper a plain column of
 * boxes, since a grid's rows break badly across pages. `--_card-min` is a card's least width.
 */
import { css } from 'lit';

export const cardStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min, 18rem)), 1fr));
  }
  .card {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    padding: 0.75rem 1rem;
    background: var(--_background);
  }
  @media print {
    .cards {
      display: block;
    }
    .card {
      margin: 0 0 0.75rem;
    }
  }
`;
