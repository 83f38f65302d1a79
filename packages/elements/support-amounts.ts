import { SupportAmounts } from './src/amounts/SupportAmounts.js';
import { defineOnce } from './src/shared/define-once.js';

defineOnce('support-amounts', SupportAmounts);

declare global {
  interface HTMLElementTagNameMap {
    'support-amounts': SupportAmounts;
  }
}
