import { SupportRemindLater } from './src/remind-later/SupportRemindLater.js';

const existing = customElements.get('support-remind-later');
if (!existing) {
  customElements.define('support-remind-later', SupportRemindLater);
} else if (existing !== SupportRemindLater) {
  console.warn(
    '<support-remind-later> is already defined by another copy of support-kit; keeping that one.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'support-remind-later': SupportRemindLater;
  }
}
