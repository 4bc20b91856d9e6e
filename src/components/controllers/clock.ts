/**
 * A view that changes with the time alone (a site open now, closed in an hour): the host says,
 * once its view is in the page, when that view next changes (`arm`); the controller updates the
 * host then, and before each of the host's renders it calls `read`, for the host to read the
 * clock: after the feed's controller has made the view, since it was added after it. No timer runs while the host
 * is off the page, and back on it the host looks again, since the hour may have passed meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest wait before looking again: a change of summer time is then set right within the hour. */
const WAIT_MAX = 3_600_000;
/**
 * The shortest: a clock that stands still, or a timer that fires early, would otherwise look again
 * and again at an instant not yet passed.
 */
const WAIT_MIN = 1000;

export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };
  readonly #read: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean }, read: () => void) {
    this.#read = read;
    (this.#host = host).addController(this);
  }

  hostUpdate() {
    this.#read();
  }

  hostConnected() {
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  /** Updates the host at `instant` (an epoch time), and not before; `Infinity`: never. */
  arm(instant: number) {
    this.hostDisconnected();
    if (!Number.isFinite(instant) || !this.#host.isConnected) return;
    // A little past the instant, to be past the boundary.
    const wait = Math.min(Math.max(instant - Date.now() + 50, WAIT_MIN), WAIT_MAX);
    this.#timer = setTimeout(() => this.#host.requestUpdate(), wait);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
