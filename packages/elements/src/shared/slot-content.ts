import type { LitElement, ReactiveController } from 'lit';

/**
 * Whether a light-DOM node is content a reader would see. Whitespace text and comments are not:
 * markup written as `<support-appeal …>⏎</support-appeal>` (or with a comment inside) must
 * leave the built-in message in place, where the platform's slot fallback would give way to
 * the line break. Nor is an element holding only those (`<span slot="cta"> </span>`, an empty
 * template variable), nor a `<template>` (an experiment's groups sit among the content). An
 * element without children (an image, an input) or a custom element shows something by itself;
 * a passed-through `<slot>` is judged by what it carries.
 */
export function isContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim() !== '';
  if (!(node instanceof Element) || node instanceof HTMLTemplateElement) return false;
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).some(isContent);
  return (
    !node.hasChildNodes() || node.localName.includes('-') || [...node.childNodes].some(isContent)
  );
}

/** Whether `host` has content for its slot `name` (`''`: the default slot). */
export function hasSlotContent(host: Element, name: string): boolean {
  return [...host.childNodes].some(
    (node) =>
      (node instanceof Element ? (node.getAttribute('slot') ?? '') : '') === name &&
      isContent(node),
  );
}

/**
 * The name a slot takes while the markup leaves it empty. Nothing is assigned to it, so the
 * platform shows the slot's fallback content: under its own name, the whitespace text nodes
 * of `<x-el>⏎</x-el>` would be assigned to it and hide that fallback.
 */
export const UNFILLED = 'support-kit-unfilled';

/**
 * Tells its element which slots have content, so that it renders each slot under its own name
 * only then (`<slot name=${slots.name('cta')}>fallback</slot>`), and renders the element again
 * when that changes: light-DOM children added, removed or re-slotted, text edited in place
 * (frameworks update a text node's data, which fires no `slotchange`), or the content of a
 * passed-through `<slot>` changing.
 */
export class SlotContentController implements ReactiveController {
  #seen = new Map<string, boolean>();
  #observer = new MutationObserver(() => this.#check());

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** Whether slot `name` (`''`: the default slot) has content; read it while rendering. */
  has(name: string): boolean {
    const has = hasSlotContent(this.host, name);
    this.#seen.set(name, has);
    return has;
  }

  /** The name to render slot `name` with: its own when filled, else `UNFILLED`. */
  name(name: string): string {
    return this.has(name) ? name : UNFILLED;
  }

  hostConnected(): void {
    this.#observer.observe(this.host, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['slot'],
    });
    // A passed-through slot's content changing: its slotchange reaches the host (its parent)
    // when it is not assigned, our own slot's shadow root when it is.
    for (const target of [this.host, this.host.renderRoot]) {
      target.addEventListener('slotchange', this.#check);
    }
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    for (const target of [this.host, this.host.renderRoot]) {
      target.removeEventListener('slotchange', this.#check);
    }
  }

  #check = () => {
    for (const [name, had] of this.#seen) {
      if (hasSlotContent(this.host, name) !== had) {
        this.host.requestUpdate();
        return;
      }
    }
  };
}
