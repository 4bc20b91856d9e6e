import { css } from 'lit';

export const saisineFlowStyles = css`
  .diagram {
    position: relative;
    margin: 0 0 1.5rem;
    container-type: inline-size;
  }
  .connectors {
    position: absolute;
    inset: 0;
    overflow: visible;
    pointer-events: none;
  }
  .connectors path {
    fill: none;
    stroke: var(--_accent-minor, #6a6af4);
    stroke-width: 2;
  }
  ol.flow,
  ul.paths {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }
  .box {
    display: block;
    position: relative;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    background: var(--_background);
  }
  .elu .box,
  .fin .box {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_title);
    text-align: center;
  }
  .prefet .box {
    font-weight: 700;
    color: var(--_title);
    border-color: var(--_accent);
    text-align: center;
  }
  .condition {
    font-weight: 700;
    color: var(--_title);
    background: var(--_background-accent);
  }

  /* Down the page, the default and the narrow layout. */
  ol.flow {
    display: flex;
    flex-direction: column;
    gap: 1.75rem;
  }
  ul.paths {
    display: flex;
    flex-direction: column;
    gap: 1.75rem;
  }
  .path {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }

  /* Across the page from 45em, 720px at the default text size (LARGEUR_HORIZONTALE_EM in
     saisine-flow.ts): in em, so that larger text (200 %, say) keeps the flow down the page
     until there is room for it across. */
  @container (min-width: 45em) {
    ol.flow {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) minmax(8rem, 1.2fr) minmax(0, 4fr) minmax(6rem, 1fr);
      align-items: center;
      gap: 2.5rem;
    }
    ul.paths {
      gap: 1rem;
    }
    .path {
      display: grid;
      grid-template-columns: 1fr 1.4fr;
      align-items: center;
      gap: 2.5rem;
    }
  }

  .contact,
  .ressources {
    margin: 0 0 1rem;
  }
  .ressources ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  /* Print: the ordered list down the page, arrows in the text, no connectors. The connectors
     are measured on the screen's layout, and the printed page lays the flow out again at its
     own width, which no ResizeObserver reports: they would miss the boxes (Chromium), and
     their layer, wider than the page, made Firefox print none of the boxes and shrink the
     whole fiche to fit. Every engine prints this the same. */
  @media print {
    .connectors {
      display: none;
    }
    .diagram {
      break-inside: avoid;
    }
    ol.flow {
      display: block;
    }
    ul.paths {
      gap: 0.5rem;
    }
    .step + .step::before,
    .path::after {
      content: '↓';
      display: block;
      text-align: center;
      font-size: 1.25rem;
      line-height: 1.75rem;
      color: var(--_accent);
    }
    .elu .box,
    .prefet .box,
    .fin .box {
      width: fit-content;
      margin: auto;
    }
    .chemins .visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      clip: auto;
      display: block;
      text-align: center;
      font-weight: 700;
    }
    .path {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 1.5rem minmax(0, 1.4fr);
      align-items: center;
      gap: 0;
    }
    .path::after {
      content: '→';
    }
    .action {
      order: 1;
    }
  }
`;
