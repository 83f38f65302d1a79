export * from './warn.js';
export * from './locale.js';
export * from './amounts.js';
export * from './format.js';
export * from './checkout-url.js';
export * from './rules.js';
export * from './snooze-store.js';
export { memo } from './memo.js';
export { parseHeadingLevel } from './number-attribute.js';
