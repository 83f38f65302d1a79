import { flatParent } from '../shared/composed-tree.js';

/** Room kept around a focused control: its focus ring (3 px, 2 px away) and a little air. */
const RING = 8;

/**
 * Scrolls a focused control fully into view, focus ring included, in every box that scrolls
 * between it and `container` (the banner's message box, the banner or the dialog itself).
 * Browsers scroll a focused control only until its border box shows (WebKit: until most of
 * it shows), which cuts off its ring, drawn outside. A control taller than the view shows its
 * top. `inFlow`: the container is part of the page (the inline appeal), which scrolls too.
 */
export function revealFocused(target: Element, container: Element, inFlow = false): void {
  for (let box: Node | null = target; box && box !== container;) {
    box = flatParent(box);
    if (!(box instanceof HTMLElement) || box.scrollHeight <= box.clientHeight) continue;
    if (getComputedStyle(box).overflowY === 'visible') continue;
    const control = target.getBoundingClientRect();
    const top = box.getBoundingClientRect().top + box.clientTop;
    const above = top - (control.top - RING);
    const below = control.bottom + RING - (top + box.clientHeight);
    if (above > 0) box.scrollTop -= above;
    else if (below > 0) box.scrollTop += Math.min(below, -above);
  }
  if (!inFlow) return;
  const control = target.getBoundingClientRect();
  const above = RING - control.top;
  const below = control.bottom + RING - window.innerHeight;
  const by = above > 0 ? -above : below > 0 ? Math.min(below, -above) : 0;
  // Instant: a site's smooth scrolling would leave the ring out of view for a while.
  if (by) window.scrollBy({ top: by, behavior: 'instant' });
}
