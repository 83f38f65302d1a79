/**
 * Where focus goes when an appeal that held it disappears: never to `body`, and without
 * scrolling the reader away. In order of preference:
 * 1. the next focusable element after the appeal in document order (Tab would go there);
 * 2. the previous one (the appeal closed the page);
 * 3. the nearest landmark or article around the appeal, made focusable with `tabindex="-1"`
 *    for as long as it holds focus.
 */
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [contenteditable=""], [contenteditable="true"], [tabindex]';
const CONTAINERS = 'article, main, [role="main"], section, [role="region"], aside, form';

function isFocusable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if (!element.matches(FOCUSABLE)) return false;
  if (element.tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  if (element.closest('[inert]')) return false;
  return element.getClientRects().length > 0;
}

/** Elements after (or before) `anchor` in document order, outside `anchor` itself. */
function* walk(anchor: Element, forward: boolean): Generator<Element> {
  const root = anchor.ownerDocument.body ?? anchor.ownerDocument.documentElement;
  const walker = anchor.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = anchor;
  if (forward) {
    // Skip the anchor's own subtree.
    let node: Node | null = anchor;
    while (node && !walker.nextSibling()) {
      node = walker.parentNode();
      if (!node) return;
    }
    yield walker.currentNode as Element;
    while (walker.nextNode()) yield walker.currentNode as Element;
  } else {
    while (walker.previousNode()) {
      const element = walker.currentNode as Element;
      if (!element.contains(anchor)) yield element;
    }
  }
}

/** The element in the light DOM that stands for `element` (a shadow host if needed). */
function lightAnchor(element: Element): Element {
  let current: Element = element;
  for (;;) {
    const root = current.getRootNode();
    if (root instanceof ShadowRoot) current = root.host;
    else return current;
  }
}

/** Moves focus to a sensible place near `element`, which is about to disappear. */
export function focusNear(element: Element): void {
  const anchor = lightAnchor(element);
  for (const forward of [true, false]) {
    for (const candidate of walk(anchor, forward)) {
      if (isFocusable(candidate)) {
        candidate.focus();
        return;
      }
    }
  }
  const container = anchor.parentElement?.closest<HTMLElement>(CONTAINERS);
  if (!container) return;
  if (!container.hasAttribute('tabindex')) {
    container.setAttribute('tabindex', '-1');
    container.addEventListener('blur', () => container.removeAttribute('tabindex'), {
      once: true,
    });
  }
  container.focus({ preventScroll: true });
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
