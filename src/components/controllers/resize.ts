/**
 * Watches one element of the host's shadow root (found by `target` after each update, since the
 * host may render it anew) and calls `onResize` once the browser has laid it out, then whenever
 * its size changes. Nothing is measured from the host's own update: reading boxes then would
 * force a layout in the middle of the page's rendering. Off the page, nothing is watched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  readonly #target: () => Element | null;
  readonly #observer: ResizeObserver;
  #observed: Element | null = null;

  constructor(host: ReactiveControllerHost, target: () => Element | null, onResize: () => void) {
    host.addController(this);
    this.#target = target;
    this.#observer = new ResizeObserver(onResize);
  }

  /** Back on the page: the element is watched again, and redrawn for its new size. */
  hostConnected() {
    this.hostUpdated();
  }

  hostUpdated() {
    const target = this.#target();
    if (target === this.#observed) return;
    this.#observer.disconnect();
    if (target) this.#observer.observe(target);
    this.#observed = target;
  }

  hostDisconnected() {
    this.#observer.disconnect();
    this.#observed = null;
  }
}
