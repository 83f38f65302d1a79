import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageScroller } from '../shared/page.js';

const ATTRIBUTE = 'holding-space';

/** Whether the browser keeps content in view when something above it changes size. */
const anchorsScroll = () => globalThis.CSS?.supports?.('overflow-anchor', 'auto') ?? false;

/**
 * When an appeal near the end of a page disappears, the page gets shorter; if the reader was
 * scrolled near the bottom, the browser clamps the scroll position and everything they were
 * reading jumps down. This controller keeps exactly the missing height as an empty, invisible
 * box where the appeal stood (the `holding-space` attribute), so nothing above moves, and
 * gives it back once that box is below the viewport, where its removal moves nothing visible.
 *
 * When the reader has scrolled past the appeal, browsers with scroll anchoring keep what is
 * in view in place by themselves; Safari has none and would move it all up by the appeal's
 * height, so there the controller scrolls up by that height instead.
 */
export class ScrollHoldController implements ReactiveController {
  #scrollTop = 0;
  #scrollHeight = 0;
  #wasAbove = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call just before the appeal stops taking space. */
  before(): void {
    const root = pageScroller();
    this.#scrollTop = root.scrollTop;
    this.#scrollHeight = root.scrollHeight;
    this.#wasAbove = this.host.getBoundingClientRect().bottom <= 0 && !anchorsScroll();
  }

  /** Call just after: keeps what the reader is looking at where it was. */
  after(): void {
    const root = pageScroller();
    const max = root.scrollHeight - root.clientHeight; // lays out: may clamp the scroll
    if (this.#wasAbove) {
      root.scrollTop = this.#scrollTop - (this.#scrollHeight - root.scrollHeight);
      return;
    }
    const shortfall = Math.ceil(this.#scrollTop - max);
    if (shortfall <= 0) return;
    this.host.style.setProperty('--_holding-space', `${shortfall}px`);
    this.host.setAttribute(ATTRIBUTE, '');
    root.scrollTop = this.#scrollTop;
    window.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  /** Gives the space back at once (shown again, or removed). */
  release(): void {
    window.removeEventListener('scroll', this.#onScroll);
    if (!this.host.hasAttribute(ATTRIBUTE)) return;
    this.host.removeAttribute(ATTRIBUTE);
    this.host.style.removeProperty('--_holding-space');
  }

  hostDisconnected(): void {
    this.release();
  }

  #onScroll = () => {
    if (this.host.getBoundingClientRect().top >= window.innerHeight) this.release();
  };
}
