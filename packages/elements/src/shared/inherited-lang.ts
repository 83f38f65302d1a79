/**
 * The language an element should speak when it has no `locale` attribute: the nearest
 * ancestor's `lang` (crossing shadow roots, as a reader's page nests), else the document's.
 */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang');
}
