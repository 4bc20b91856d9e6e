/**
 * The page's theme, for one element: the class of its base box, made before each render from its
 * `theme` and `look` and from the page (on the DSFR or not, light or dark); and while the element
 * is on the page, a change of the DSFR's theme (or of the page's being on the DSFR) updates it.
 * A controller, so that the render only reads the class, and the watch starts and stops with the
 * element's life on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetPage, themeClass, watchPageTheme, type Look, type Theme, type ThemeClass } from '../theme.js';

export interface ThemedHost extends ReactiveControllerHost {
  theme: Theme;
  look: Look;
}

export class PageThemeController implements ReactiveController {
  readonly #host: ThemedHost;
  #unwatch: (() => void) | undefined;
  /** The class of the element's base box for this update. */
  themeClass: ThemeClass = 'neutre';

  constructor(host: ThemedHost) {
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

  hostUpdate() {
    this.themeClass = themeClass(this.#host.theme, this.#host.look);
  }
}
