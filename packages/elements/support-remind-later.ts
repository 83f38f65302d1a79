import { SupportRemindLater } from './src/remind-later/SupportRemindLater.js';
import { defineOnce } from './src/shared/define-once.js';
import { scheduleReadCount } from './src/reading/count-read.js';

defineOnce('support-remind-later', SupportRemindLater);
scheduleReadCount();

declare global {
  interface HTMLElementTagNameMap {
    'support-remind-later': SupportRemindLater;
  }
}
