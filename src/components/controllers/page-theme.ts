/**
 * The page's theme, for one element: while it is on the page, a change of the DSFR's theme (or of
 * the page's being on the DSFR) renders it again. A controller, so that the element's render only
 * reads the theme, and the watch starts and stops with the element's life on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetPage, watchPageTheme } from '../theme.js';

export class PageThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #unwatch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    // A new element may come with a new page (moved into another document): read it again.
    forgetPage();
    this.#unwatch = watchPageTheme(() => this.#host.requestUpdate());
  }

  hostDisconnected() {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }
}
