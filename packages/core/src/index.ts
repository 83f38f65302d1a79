// The package's API, by name: what the elements and sites use. Helpers and constants used
// only inside core stay unexported, so they can change without a breaking release.
export {
  DEV,
  consoleWarner,
  consoleWarnerOnce,
  silentWarner,
  shorten,
  limitWarnings,
  type Warn,
} from './warn.js';
export { resolveLocale, canonicalLocale, localeDirection } from './locale.js';
export {
  FREQUENCIES,
  DEFAULT_PRESETS,
  MAX_PRESETS,
  parseFrequency,
  parseAmountConfig,
  parseTypedAmount,
  checkCustomAmount,
  type Frequency,
  type AmountAttributes,
  type AmountConfig,
  type CustomAmountCheck,
} from './amounts.js';
export { formatAmount, startingFrom, currencyAffixes, fullStopAfter } from './format.js';
export { buildCheckoutUrl, parseLinkUrl, type CheckoutValues } from './checkout-url.js';
export {
  MAX_DAYS,
  MAX_VIEWS,
  readDays,
  parseDisplayConfig,
  totalViews,
  decide,
  snoozeLengthDays,
  emptyRecord,
  applySnooze,
  applyDismiss,
  applyView,
  forgetOldViews,
  clearRecord,
  pruneRecord,
  normalizeRecord,
  DAY_MS,
  type CampaignRecord,
  type SuppressReason,
  type Decision,
  type StorageMode,
  type DisplayAttributes,
  type DisplayConfig,
} from './rules.js';
export {
  READER_KEY,
  SnoozeStore,
  sharedStore,
  type KeyValueBackend,
  type StorageErrorDetail,
  type SnoozeStoreOptions,
  type EraseScope,
} from './snooze-store.js';
export {
  decideAppeal,
  hidesShownAppeal,
  type AppealDecision,
  type AppealInputs,
  type AppealSchedule,
} from './decision.js';
export { memo } from './memo.js';
export { parseHeadingLevel, parseNumberAttribute, parsePlainNumber } from './number-attribute.js';
export {
  POLICY_METAS,
  OPEN_POLICY,
  RESTRICTED_POLICY,
  APPEAL_VARIANTS,
  parsePolicy,
  refusedCheckoutOrigin,
  allowedVariant,
  campaignListed,
  parsePriority,
  rankOf,
  createArbiter,
  type SitePolicy,
  type PolicyVariant,
  type Verdict,
  type Arbiter,
} from './policy.js';
export {
  MAX_READING_DAYS,
  DEFAULT_ARTICLE_DAYS,
  MAX_PER_DAY,
  pruneReader,
  expireReader,
  recordRead,
  countReads,
  applyCounting,
  forgetReader,
  parseWholeNumber,
  parseArticleTarget,
  meetsArticleTarget,
  normalizeReader,
  articleId,
  formatCount,
  localDay,
  type ReaderRecord,
  type DayOf,
  type ArticleTarget,
} from './reading.js';
export { forgetAll, setCounting, summarizeMemory, type MemorySummary } from './reader-controls.js';
export {
  parseGroups,
  assignGroup,
  groupSet,
  parseExperimentDays,
  groupUntil,
  parseGroupOverride,
  storedGroup,
  withGroup,
  pruneGroups,
  type GroupEntry,
  type TemplateData,
  type ExperimentGroup,
} from './experiment.js';
export { bannerScrollsAsOne, type BannerMeasure } from './banner-fit.js';
export {} from './sweep.js';
export { dayStart, ceilHour, HOUR_MS } from './day.js';
