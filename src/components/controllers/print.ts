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

  /** `beforeprint` and `afterprint`: one listener object for both, as the DOM allows. */
  handleEvent(event: Event) {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
    if (this.printing) this.#renderNow();
  }

  hostConnected() {
    addEventListener('beforeprint', this);
    addEventListener('afterprint', this);
  }

  hostDisconnected() {
    removeEventListener('beforeprint', this);
    removeEventListener('afterprint', this);
  }
}
