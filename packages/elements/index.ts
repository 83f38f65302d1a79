// Class and event exports only: importing this registers no element. Import a define file
// (e.g. '@support-kit/elements/support-appeal.js') or the drop-in to register the tags.
export { SupportAmounts } from './src/amounts/SupportAmounts.js';
export { SupportAppeal } from './src/appeal/SupportAppeal.js';
export type { AppealState, AppealVariant } from './src/appeal/SupportAppeal.js';
export { SupportArticleCount } from './src/article-count/SupportArticleCount.js';
export { SupportPrivacy } from './src/privacy/SupportPrivacy.js';
export { SupportRemindLater } from './src/remind-later/SupportRemindLater.js';
export * from './src/events/SupportEvents.js';
