import { SupportPrivacy } from './src/privacy/SupportPrivacy.js';
import { defineOnce } from './src/shared/define-once.js';
import { scheduleReadCount } from './src/reading/count-read.js';

defineOnce('support-privacy', SupportPrivacy);
scheduleReadCount();

declare global {
  interface HTMLElementTagNameMap {
    'support-privacy': SupportPrivacy;
  }
}
