/**
 * Whether the page is being printed, for an element that builds on paper what a reader opens on
 * screen (paper cannot open a folded box). The browser lays the page out for print as soon as
 * `beforeprint` returns, so the host is rendered at once, in that same task, by `renderNow`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #renderNow: () => void;

  constructor(host: ReactiveControllerHost, renderNow: () => void) {
    (this.#host = host).addController(this);
    this.#renderNow = renderNow;
  }

  readonly #before = () => {
    this.printing = true;
    this.#host.requestUpdate();
    this.#renderNow();
  };

  readonly #after = () => {
    this.printing = false;
    this.#host.requestUpdate();
  };

  hostConnected() {
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
  }

  hostDisconnected() {
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
  }
}
