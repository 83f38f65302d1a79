import { SupportAppeal } from './src/appeal/SupportAppeal.js';
import './support-amounts.js';
import './support-remind-later.js';

const existing = customElements.get('support-appeal');
if (!existing) {
  customElements.define('support-appeal', SupportAppeal);
} else if (existing !== SupportAppeal) {
  console.warn(
    '<support-appeal> is already defined by another copy of support-kit; keeping that one.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'support-appeal': SupportAppeal;
  }
}
