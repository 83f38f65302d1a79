import { canonicalLocale, resolveLocale, type Warn } from '@support-kit/core';
import { pageRoot } from './page.js';
import { composedParent } from './composed-tree.js';

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
    node = composedParent(node);
  }
  return pageRoot()?.getAttribute('lang') ?? null;
}

/**
 * The element's locale: its `locale` attribute when Intl accepts it, else the inherited
 * `lang` (with a warning about the refused attribute). The walk up the tree happens only
 * when needed: elements re-read their locale often, and inside an appeal it is always set.
 */
export function elementLocale(element: Element, locale: string | null, warn: Warn): string {
  const own = locale && canonicalLocale(locale);
  return own || resolveLocale([locale, inheritedLang(element)], warn);
}
