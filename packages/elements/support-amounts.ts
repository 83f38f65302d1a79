import { SupportAmounts } from './src/amounts/SupportAmounts.js';

const existing = customElements.get('support-amounts');
if (!existing) {
  customElements.define('support-amounts', SupportAmounts);
} else if (existing !== SupportAmounts) {
  console.warn(
    '<support-amounts>: the tag is already defined by another class; keeping that definition.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'support-amounts': SupportAmounts;
  }
}
