import { DEV, type Warn } from '@support-kit/core';
import { pageAddress } from './page.js';

/**
 * Text-level and block elements markup may bring into an appeal (an experiment's template):
 * copy, not behaviour. No handlers, frames, embeds, media, forms, `meta`, `base`, `link`,
 * `style`, SVG/MathML or custom elements — and so no nested appeal.
 */
const ELEMENTS = new Set(
  'p br em strong b i u s small mark sub sup abbr q cite code span div a ul ol li blockquote h2 h3 h4 h5 h6'.split(
    ' ',
  ),
);
/** Attributes any of them may carry (`slot` places the content in the appeal). */
const ATTRIBUTES = new Set(['slot', 'class', 'lang', 'dir', 'title']);
const HTML = 'http://www.w3.org/1999/xhtml';

/** An `href` a reader may follow: http(s) or mailto, absolute (a later `<base>` cannot move it). */
function safeHref(value: string): string | null {
  try {
    const url = new URL(value, pageAddress());
    return /^(https?|mailto):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A copy of `source` (a template's content, inert) made of fresh elements, built one by one
 * with `createElement` and given only allowed attributes — never parsed, never cloned, so
 * nothing the markup carried (a handler, a shadow root, a custom element) comes along. Each
 * dropped element or attribute is one warning naming it (the warner says each one once);
 * a dropped element goes with everything inside it. Comments are dropped silently.
 *
 * A small allow-list walker rather than the HTML Sanitizer API (not in every engine the kit
 * supports) or a sanitizer library (bytes for a need this narrow).
 */
export function inertCopy(source: ParentNode, warn: Warn): DocumentFragment {
  const copy = document.createDocumentFragment();
  const walk = (from: ParentNode, to: ParentNode) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(node.nodeValue ?? ''));
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      const name = element.localName;
      if (element.namespaceURI !== HTML || !ELEMENTS.has(name)) {
        warn('template', `<${name}>`, DEV ? 'only text and simple formatting are copied.' : '');
        continue;
      }
      const made = document.createElement(name);
      for (const { name: attribute, value } of element.attributes) {
        const href = attribute === 'href' && name === 'a' ? safeHref(value) : null;
        if (href) made.setAttribute('href', href);
        else if (ATTRIBUTES.has(attribute)) made.setAttribute(attribute, value);
        else {
          warn(`<${name} ${attribute}>`, value, DEV ? 'not copied from the template.' : '');
        }
      }
      if (element.shadowRoot) {
        warn('template', `<${name}> shadow root`, DEV ? 'not copied from the template.' : '');
      }
      walk(element, made);
      to.append(made);
    }
  };
  walk(source, copy);
  return copy;
}
