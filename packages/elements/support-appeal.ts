import { SupportAppeal } from './src/appeal/SupportAppeal.js';
import { defineOnce } from './src/shared/define-once.js';
import './support-amounts.js';
import './support-remind-later.js';

defineOnce('support-appeal', SupportAppeal);

declare global {
  interface HTMLElementTagNameMap {
    'support-appeal': SupportAppeal;
  }
}
