import { SupportAppeal } from './src/appeal/SupportAppeal.js';
import { defineOnce } from './src/shared/define-once.js';
import { scheduleReadCount } from './src/reading/count-read.js';
import './support-amounts.js';
import './support-remind-later.js';

defineOnce('support-appeal', SupportAppeal);
scheduleReadCount();

declare global {
  interface HTMLElementTagNameMap {
    'support-appeal': SupportAppeal;
  }
}
