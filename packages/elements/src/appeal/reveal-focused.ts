/** Room kept around a focused control: its focus ring (3 px, 2 px away) and a little air. */
const RING = 8;

/**
 * A `focusin` listener for the banner and the modal: the focused control is scrolled fully
 * into view, focus ring included, in every box that scrolls between it and the listening
 * container (the message box, the banner or dialog itself). Browsers scroll a focused
 * control only until its border box shows (WebKit: until most of it shows), which leaves its
 * ring, drawn outside, cut off. A control taller than the view shows its top.
 */
export function revealFocused(event: FocusEvent): void {
  const [target, ...around] = event.composedPath();
  if (!(target instanceof Element)) return;
  for (const box of around) {
    if (!(box instanceof HTMLElement)) continue;
    if (box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible') {
      const control = target.getBoundingClientRect();
      const top = box.getBoundingClientRect().top + box.clientTop;
      const above = top - (control.top - RING);
      const below = control.bottom + RING - (top + box.clientHeight);
      if (above > 0) box.scrollTop -= above;
      else if (below > 0) box.scrollTop += Math.min(below, -above);
    }
    if (box === event.currentTarget) return;
  }
}
