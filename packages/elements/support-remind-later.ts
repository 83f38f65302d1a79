import { SupportRemindLater } from './src/remind-later/SupportRemindLater.js';
import { defineOnce } from './src/shared/define-once.js';

defineOnce('support-remind-later', SupportRemindLater);

declare global {
  interface HTMLElementTagNameMap {
    'support-remind-later': SupportRemindLater;
  }
}
