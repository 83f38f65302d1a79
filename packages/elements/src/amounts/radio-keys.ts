/**
 * Arrow keys in a group of native radios move focus, check and wrap (WAI-ARIA APG radio
 * group). Chromium and Firefox do this natively, but WebKit stops at the ends; handling the
 * keys here makes every engine behave the same. Left and right follow the reading direction,
 * as native radios do. Returns whether the key was handled.
 */
export function moveInRadioGroup(event: KeyboardEvent, root: ParentNode): boolean {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const steps: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  let step = steps[event.key];
  if (!step) return false;
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  if (horizontal && getComputedStyle(input).direction === 'rtl') step = -step;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (radio) => radio.name === input.name && !radio.matches(':disabled'),
  );
  const index = group.indexOf(input);
  const next = group[(index + step + group.length) % group.length];
  if (index === -1 || !next) return false;
  event.preventDefault();
  next.focus();
  if (!next.checked) next.click(); // checks it and fires input and change, like the native key
  return true;
}
