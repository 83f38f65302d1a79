import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageRoot, pageScroller } from '../shared/page.js';

/** Gap kept between a focused element and the top of the banner. */
const GAP = 8;

/**
 * Keeps a fixed bottom banner from covering the focused element of the page (WCAG 2.4.11):
 *
 * - while the banner is shown, the document element gets a `padding-bottom` of the banner's
 *   height (added to the page's own) and a `scroll-padding-bottom` of the same, so the page
 *   can scroll its last content above the banner and keyboard focus stops above it. These
 *   are the only page styles the kit ever sets, inline on `<html>`, and the page's previous
 *   inline values come back when the banner goes. Padding on `<html>` rather than a spacer
 *   element: no node in the page's DOM (no `:last-child` or framework reconciliation
 *   surprises), no rule in its style sheets, and room after everything, body margins included;
 *   it only adds space at the end, so nothing above moves;
 * - on every `focusin` outside the banner, an element still under it is scrolled into view;
 * - when the banner goes while the reader sits at the very end of the page, the part of the
 *   room that giving back would scroll away stays (blank) until they scroll up past it, so
 *   the page does not jump.
 */
export class BannerSpaceController implements ReactiveController {
  #banner: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;
  /** The page's own inline values, restored on release (null: not reserved). */
  #previous: { scrollPadding: string; padding: string } | null = null;
  /** The page's own bottom padding of `<html>`, in px, that the banner's room adds to. */
  #basePadding = 0;
  /** The room currently added, in px. */
  #room = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts reserving space for `banner`. */
  reserve(banner: HTMLElement): void {
    if (this.#banner === banner) return;
    this.release();
    this.#restore(); // a room still held from a previous banner: start from the page's own
    this.#banner = banner;
    const root = pageRoot()!;
    this.#previous = {
      scrollPadding: root.style.getPropertyValue('scroll-padding-bottom'),
      padding: root.style.getPropertyValue('padding-bottom'),
    };
    this.#basePadding = parseFloat(getComputedStyle(root).paddingBottom) || 0;
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver(() => this.#apply());
      this.#resize.observe(banner);
    }
    this.#apply();
    document.addEventListener('focusin', this.#onFocusIn);
  }

  /** Gives the space back and restores the page's own styles of `<html>`. */
  release(): void {
    if (!this.#banner) return;
    this.#banner = null;
    this.#resize?.disconnect();
    this.#resize = null;
    document.removeEventListener('focusin', this.#onFocusIn);
    const root = pageRoot()!;
    setOrRemove(root, 'scroll-padding-bottom', this.#previous?.scrollPadding);
    // The part of the room the reader is looking at (at the very end of the page) stays until
    // it is out of view; giving it back now would clamp the scroll and move the page down.
    if (this.#clamp() > 0) {
      this.#setRoom(Math.min(this.#room, Math.ceil(this.#needed())));
      window.addEventListener('scroll', this.#onScroll, { passive: true });
    } else this.#restore();
  }

  hostDisconnected(): void {
    this.release();
    this.#restore();
  }

  #apply(): void {
    if (!this.#banner) return;
    const height = Math.ceil(this.#banner.getBoundingClientRect().height);
    pageRoot()!.style.setProperty('scroll-padding-bottom', `${height + GAP}px`);
    this.#setRoom(height + GAP);
  }

  #setRoom(room: number): void {
    this.#room = room;
    pageRoot()!.style.setProperty('padding-bottom', `${this.#basePadding + room}px`);
  }

  /** Puts the page's own `padding-bottom` back. */
  #restore(): void {
    window.removeEventListener('scroll', this.#onScroll);
    if (!this.#previous) return;
    setOrRemove(pageRoot()!, 'padding-bottom', this.#previous.padding);
    this.#previous = null;
    this.#room = 0;
  }

  /** How far the page would scroll back by itself if the room went now (px; <= 0: not). */
  #clamp(): number {
    return pageScroller().scrollTop - Math.max(0, this.#maxWithoutRoom());
  }

  /** The room that keeps the current scroll position (px). */
  #needed(): number {
    return pageScroller().scrollTop - this.#maxWithoutRoom();
  }

  /** The page's furthest scroll position without the room (negative: it would not scroll). */
  #maxWithoutRoom(): number {
    const root = pageScroller();
    return root.scrollHeight - this.#room - root.clientHeight;
  }

  #onScroll = () => {
    if (this.#clamp() <= 0) this.#restore();
  };

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

function setOrRemove(element: HTMLElement, property: string, value: string | undefined): void {
  if (value) element.style.setProperty(property, value);
  else element.style.removeProperty(property);
}
