// What language and direction each run of text a reader sees is in, through shadow roots and
// slots: the `lang` a screen reader voices it in and the direction a browser lays it out in.
import { expect } from '@open-wc/testing';

/** The text nodes rendered under `node`: shadow trees, and each slot's assigned or fallback nodes. */
export function renderedTextNodes(node: Node): Text[] {
  if (node.nodeType === Node.TEXT_NODE) return [node as Text];
  let children: Node[] = [...node.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    if (assigned.length > 0) children = assigned;
  } else if (node instanceof Element && node.shadowRoot) {
    children = [...node.shadowRoot.childNodes];
  }
  return children.flatMap(renderedTextNodes);
}

/** The text a reader sees under `node`: rendered text nodes that take space on the screen. */
export function shownText(node: Node | null): string {
  if (!node) return '';
  return renderedTextNodes(node)
    .filter((text) => {
      const range = text.ownerDocument.createRange();
      range.selectNodeContents(text);
      return [...range.getClientRects()].some((box) => box.width > 0 && box.height > 0);
    })
    .map((text) => text.data)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The element holding the rendered text node that contains `text`. */
export function holderOf(root: Node, text: string): HTMLElement {
  const found = renderedTextNodes(root).find((each) => each.data.includes(text));
  expect(found, `rendered text "${text}"`).to.be.instanceOf(Text);
  return found!.parentElement!;
}

/** The element's language as the DOM gives it: the nearest `lang`, crossing shadow roots. */
export function langOf(element: Element): string | null {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/** Asserts the language (attribute and `:lang()`) and the laid-out direction of a text. */
export function expectSpoken(root: Node, text: string, lang: string, dir: 'ltr' | 'rtl'): void {
  const holder = holderOf(root, text);
  expect(langOf(holder), `lang of "${text}"`).to.equal(lang);
  expect(holder.matches(`:lang(${lang})`), `:lang(${lang}) of "${text}"`).to.equal(true);
  expect(getComputedStyle(holder).direction, `direction of "${text}"`).to.equal(dir);
}

/** The horizontal middle of a rendered text, as laid out. */
export function centreOf(root: Node, text: string): number {
  const node = renderedTextNodes(root).find((each) => each.data.includes(text))!;
  const range = document.createRange();
  const start = node.data.indexOf(text);
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}
