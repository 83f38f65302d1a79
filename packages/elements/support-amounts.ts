import { SupportAmounts } from './src/amounts/SupportAmounts.js';
import { defineOnce } from './src/shared/define-once.js';
import { scheduleReadCount } from './src/reading/count-read.js';

defineOnce('support-amounts', SupportAmounts);
scheduleReadCount();

declare global {
  interface HTMLElementTagNameMap {
    'support-amounts': SupportAmounts;
  }
}
