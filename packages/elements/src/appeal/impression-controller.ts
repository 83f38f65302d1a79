import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Share of the element, or of the viewport it covers, that counts as "seen". */
const VISIBLE_SHARE = 0.5;
const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/**
 * The dwell of controllers not given one: how long half of an appeal must stay in view to count
 * as seen. A setting of this module, not an attribute nor a static of the element: pages have
 * no reason to change it (it is no part of the public API), and tests shorten it here, and
 * restore it, rather than wait a second for each impression.
 */
export const impressionDefaults = { dwellMs: 1000 };

export interface ImpressionControllerOptions {
  onView: () => void;
  /** Default: `impressionDefaults.dwellMs`, read when watching starts. */
  dwellMs?: number;
}

/**
 * Reports one impression once the target has been at least half visible for `dwellMs`
 * without interruption (an element taller than the viewport counts when it covers half of
 * the viewport). Uses IntersectionObserver only: no scroll listeners, no layout reads.
 */
export class ImpressionController implements ReactiveController {
  #observer: IntersectionObserver | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #done = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ImpressionControllerOptions,
  ) {
    host.addController(this);
  }

  /** Starts watching `target`; does nothing once an impression was reported. */
  observe(target: Element): void {
    this.stop();
    if (this.#done || typeof IntersectionObserver === 'undefined') return;
    const dwellMs = this.options.dwellMs ?? impressionDefaults.dwellMs;
    this.#observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const viewport = entry.rootBounds?.height ?? window.innerHeight;
        const seen =
          entry.isIntersecting &&
          (entry.intersectionRatio >= VISIBLE_SHARE ||
            entry.intersectionRect.height >= viewport * VISIBLE_SHARE);
        if (seen && this.#timer === undefined) {
          this.#timer = setTimeout(() => {
            this.#timer = undefined;
            this.#done = true;
            this.stop();
            this.options.onView();
          }, dwellMs);
        } else if (!seen) {
          clearTimeout(this.#timer);
          this.#timer = undefined;
        }
      },
      { threshold: THRESHOLDS },
    );
    this.#observer.observe(target);
  }

  /** Stops watching (an impression in progress is abandoned). */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Allows a new impression (after the appeal was hidden and shown again). */
  rearm(): void {
    this.#done = false;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
