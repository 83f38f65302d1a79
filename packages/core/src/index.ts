export * from './warn.js';
export * from './locale.js';
export * from './amounts.js';
export * from './format.js';
export * from './checkout-url.js';
export * from './rules.js';
export {
  decideAppeal,
  hidesShownAppeal,
  type AppealDecision,
  type AppealInputs,
  type AppealSchedule,
} from './decision.js';
export * from './snooze-store.js';
export { memo } from './memo.js';
export { parseHeadingLevel, parseNumberAttribute, plainNumber } from './number-attribute.js';
export * from './policy.js';
export * from './reading.js';
export * from './reader-controls.js';
export * from './experiment.js';
export * from './banner-fit.js';
export * from './sweep.js';
export { dayStart, ceilHour, HOUR_MS } from './day.js';
