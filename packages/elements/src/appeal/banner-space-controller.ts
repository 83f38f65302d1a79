import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Gap kept between a focused element and the top of the banner. */
const GAP = 8;

/**
 * Keeps a fixed bottom banner from covering the focused element of the page (WCAG 2.4.11):
 *
 * - while the banner is shown, `scroll-padding-bottom` on the document element equals the
 *   banner's height, so keyboard focus and `scrollIntoView` stop above it (the previous inline
 *   value is restored when the banner goes); this is the only page style the kit ever sets;
 * - on every `focusin` outside the banner, an element still under it is scrolled into view.
 */
export class BannerSpaceController implements ReactiveController {
  #banner: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;
  #previous: string | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts reserving space for `banner`. */
  reserve(banner: HTMLElement): void {
    if (this.#banner === banner) return;
    this.release();
    this.#banner = banner;
    const root = document.documentElement;
    this.#previous = root.style.getPropertyValue('scroll-padding-bottom');
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver(() => this.#apply());
      this.#resize.observe(banner);
    }
    this.#apply();
    document.addEventListener('focusin', this.#onFocusIn);
  }

  /** Gives the space back and restores the page's own `scroll-padding-bottom`. */
  release(): void {
    if (!this.#banner) return;
    this.#banner = null;
    this.#resize?.disconnect();
    this.#resize = null;
    document.removeEventListener('focusin', this.#onFocusIn);
    const root = document.documentElement;
    if (this.#previous) root.style.setProperty('scroll-padding-bottom', this.#previous);
    else root.style.removeProperty('scroll-padding-bottom');
    this.#previous = null;
  }

  hostDisconnected(): void {
    this.release();
  }

  #apply(): void {
    if (!this.#banner) return;
    const height = Math.ceil(this.#banner.getBoundingClientRect().height);
    document.documentElement.style.setProperty('scroll-padding-bottom', `${height + GAP}px`);
  }

  #onFocusIn = (event: FocusEvent) => {
    const banner = this.#banner;
    const target = event.composedPath()[0];
    if (!banner || !(target instanceof Element)) return;
    if (event.composedPath().includes(banner)) return;
    const top = banner.getBoundingClientRect().top;
    const rect = target.getBoundingClientRect();
    const overlap = rect.bottom + GAP - top;
    if (overlap > 0 && rect.top - overlap >= 0)
      window.scrollBy({ top: overlap, behavior: 'instant' });
    else if (overlap > 0) window.scrollBy({ top: rect.top - GAP, behavior: 'instant' });
  };
}
