/**
 * Styles every element shares: the colour tokens and the states (loading, empty, error).
 *
 * Each colour is a private `--_x` set from the public `--anct-*` property (the embedder's
 * theming), which falls back, in `auto` theme, to the DSFR's own token (so a DSFR site matches
 * in light and dark with no configuration), and then to the DSFR's literal colour
 * (../shared/dsfr-tokens.md). With an explicit `theme="light"` or `"dark"` the DSFR tokens are
 * skipped, since the page's theme may be the other one.
 */
import { css } from 'lit';

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
    --_text: var(--anct-color-text, var(--text-default-grey, #3a3a3a));
    --_title: var(--anct-color-title, var(--text-title-grey, #161616));
    --_mention: var(--anct-color-mention, var(--text-mention-grey, #666));
    --_background: var(--anct-color-background, var(--background-default-grey, #fff));
    --_background-alt: var(--anct-color-background-alt, var(--background-alt-grey, #f6f6f6));
    --_background-accent: var(--anct-color-background-accent, var(--background-alt-blue-france, #f5f5fe));
    --_border: var(--anct-color-border, var(--border-default-grey, #ddd));
    --_accent: var(--anct-color-accent, var(--text-action-high-blue-france, #000091));
    --_accent-minor: var(--anct-color-accent-minor, var(--artwork-minor-blue-france, #6a6af4));
    --_error: var(--anct-color-error, var(--text-default-error, #ce0500));
    --_focus: var(--anct-color-focus, #0a76f6);
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
  }
  .base.auto-dark {
    --_text: var(--anct-color-text, var(--text-default-grey, #cecece));
    --_title: var(--anct-color-title, var(--text-title-grey, #fff));
    --_mention: var(--anct-color-mention, var(--text-mention-grey, #929292));
    --_background: var(--anct-color-background, var(--background-default-grey, #161616));
    --_background-alt: var(--anct-color-background-alt, var(--background-alt-grey, #1e1e1e));
    --_background-accent: var(--anct-color-background-accent, var(--background-alt-blue-france, #1b1b35));
    --_border: var(--anct-color-border, var(--border-default-grey, #353535));
    --_accent: var(--anct-color-accent, var(--text-action-high-blue-france, #8585f6));
    --_error: var(--anct-color-error, var(--text-default-error, #ff5655));
  }
  .base.light {
    --_text: var(--anct-color-text, #3a3a3a);
    --_title: var(--anct-color-title, #161616);
    --_mention: var(--anct-color-mention, #666);
    --_background: var(--anct-color-background, #fff);
    --_background-alt: var(--anct-color-background-alt, #f6f6f6);
    --_background-accent: var(--anct-color-background-accent, #f5f5fe);
    --_border: var(--anct-color-border, #ddd);
    --_accent: var(--anct-color-accent, #000091);
    --_error: var(--anct-color-error, #ce0500);
  }
  .base.dark {
    --_text: var(--anct-color-text, #cecece);
    --_title: var(--anct-color-title, #fff);
    --_mention: var(--anct-color-mention, #929292);
    --_background: var(--anct-color-background, #161616);
    --_background-alt: var(--anct-color-background-alt, #1e1e1e);
    --_background-accent: var(--anct-color-background-accent, #1b1b35);
    --_border: var(--anct-color-border, #353535);
    --_accent: var(--anct-color-accent, #8585f6);
    --_error: var(--anct-color-error, #ff5655);
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
    .base,
    .base.light,
    .base.dark,
    .base.auto-light,
    .base.auto-dark {
      --_text: #161616;
      --_title: #000;
      --_mention: #3a3a3a;
      --_background: #fff;
      --_background-alt: #f6f6f6;
      --_background-accent: #f5f5fe;
      --_border: #929292;
      --_accent: #000091;
      --_accent-minor: #6a6af4;
      --_error: #ce0500;
    }
    .loading,
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
