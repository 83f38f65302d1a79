import { SupportArticleCount } from './src/article-count/SupportArticleCount.js';
import { defineOnce } from './src/shared/define-once.js';
import { scheduleReadCount } from './src/reading/count-read.js';

defineOnce('support-article-count', SupportArticleCount);
scheduleReadCount();

declare global {
  interface HTMLElementTagNameMap {
    'support-article-count': SupportArticleCount;
  }
}
