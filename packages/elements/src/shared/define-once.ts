import { DEV } from '@support-kit/core';

/**
 * Registers a tag only while its name is free. A page may load the drop-in twice, or next to
 * an npm-bundled copy, or define one of our names itself: none of that may throw.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `<${tag}> is already defined${DEV ? ' by another script or another copy of support-kit; keeping that definition' : ''}.`,
    );
  }
}
