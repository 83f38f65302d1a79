import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bannerScrollsAsOne } from '@support-kit/core';

/**
 * Chooses the banner's layout as its size changes. Normally its message box scrolls between
 * the heading bar and the actions. When the banner, capped at a third of the viewport, would
 * leave that box less than three lines (enlarged text, zoom, short screens), the whole banner
 * scrolls as one region instead, which the host renders focusable (keyboard readers scroll it).
 */
export class BannerFitController implements ReactiveController {
  #whole = false;
  #banner: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The whole banner scrolls as one region. */
  get scrollsAsOne(): boolean {
    return this.#whole;
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Follows `banner`'s size (and what is inside it) from now on. */
  observe(banner: HTMLElement): void {
    if (this.#banner === banner) return;
    this.release();
    this.#banner = banner;
    if (typeof ResizeObserver === 'undefined') return;
    this.#resize = new ResizeObserver(() => this.#measure());
    for (const box of [banner, ...banner.querySelectorAll('.bar, .scroll > *, .actions')]) {
      this.#resize.observe(box);
    }
  }

  release(): void {
    this.#banner = null;
    this.#resize?.disconnect();
    this.#resize = null;
  }

  #measure(): void {
    const banner = this.#banner;
    const scroll = banner?.querySelector<HTMLElement>('.scroll');
    const body = banner?.querySelector<HTMLElement>('.body');
    // Minimized: nothing to measure; the layout is chosen again when it expands.
    if (!banner || !scroll || !body || !scroll.getClientRects().length) return;
    // A line of the message: the site's slotted paragraphs have their own line height.
    const style = getComputedStyle(body.querySelector('slot')?.assignedElements()[0] ?? body);
    const whole = bannerScrollsAsOne({
      room:
        parseFloat(getComputedStyle(banner).maxHeight) - banner.offsetHeight + banner.clientHeight,
      chrome: banner.scrollHeight - scroll.offsetHeight,
      message: scroll.scrollHeight,
      line: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5,
    });
    if (whole === this.#whole) return;
    this.#whole = whole;
    // Rendered in the next frame: a change of layout inside a ResizeObserver callback would
    // resize the banner the observers are still reporting on ("ResizeObserver loop").
    requestAnimationFrame(() => this.host.requestUpdate());
  }
}
