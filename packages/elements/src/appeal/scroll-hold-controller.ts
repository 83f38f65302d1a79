import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ATTRIBUTE = 'holding-space';

/**
 * When an appeal near the end of a page disappears, the page gets shorter; if the reader was
 * scrolled near the bottom, the browser clamps the scroll position and everything they were
 * reading jumps down. This controller keeps exactly the missing height as an empty, invisible
 * box where the appeal stood (the `holding-space` attribute), so nothing above moves, and
 * gives it back once that box is below the viewport, where its removal moves nothing visible.
 */
export class ScrollHoldController implements ReactiveController {
  #scrollTop = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call just before the appeal stops taking space. */
  before(): void {
    this.#scrollTop = scroller().scrollTop;
  }

  /** Call just after: keeps the document tall enough for the same scroll position. */
  after(): void {
    const root = scroller();
    const max = root.scrollHeight - root.clientHeight; // lays out: may clamp the scroll
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

function scroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}
