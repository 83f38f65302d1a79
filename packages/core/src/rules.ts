import { DEV, limitWarnings, shorten, type Warn } from './warn.js';
import { MAX_ATTRIBUTE_LENGTH } from './amounts.js';
import { parseNumberAttribute, parsePlainNumber, type NumberReading } from './number-attribute.js';
import { pruneGroups, type GroupEntry } from './experiment.js';
import { DAY_MS, asDay, ceilHour, dayStart, localDay } from './day.js';

export { DAY_MS } from './day.js';
/** 2: views per day, `updatedAt` a day, hidden-until times on the hour. 1 kept times in ms. */
export const RECORD_VERSION = 2 as const;

/**
 * What one campaign remembers in the reader's browser. Nothing in it says when the reader
 * visited to finer than a local calendar day (see day.ts): snooze and dismissal ends are
 * absolute epoch ms rounded up to the hour, impressions are counts per day.
 */
export interface CampaignRecord {
  version: 2;
  /** How many times the reader snoozed: the n-th snooze lasts the n-th `snooze-days` value. */
  snoozeCount: number;
  snoozedUntil: number | null;
  dismissedUntil: number | null;
  /** Impressions per local day, `[day, count]`, oldest first, inside `viewDays`. */
  views: Array<[number, number]>;
  /**
   * The `view-window-days` (whole days) the views were counted for: how long they are kept,
   * also by a page that does not carry this campaign's appeal. Absent without views.
   */
  viewDays?: number;
  /** The local day (see day.ts) of the last change. */
  updatedAt: number;
  /** Experiment name → the reader's assignment (`experiment.ts`); absent when in none. */
  groups?: Record<string, GroupEntry>;
}

export type SuppressReason =
  | 'snoozed'
  | 'dismissed'
  | 'supporter'
  | 'capped'
  | 'no-storage'
  | 'outranked'
  | 'few-articles'
  | 'holdout'
  | 'policy';
export type Decision =
  { action: 'show' } | { action: 'suppress'; reason: SuppressReason; until: number | null };
export type StorageMode = 'persistent' | 'session' | 'memory';

export interface DisplayAttributes {
  supporter?: boolean;
  snoozeDays?: string | null;
  dismissDays?: string | null;
  maxViews?: string | null;
  viewWindowDays?: string | null;
  noStorage?: string | null;
}

export interface DisplayConfig {
  supporter: boolean;
  /** Back-off: the n-th snooze lasts the n-th value, the last repeating. Default [7]. */
  snoozeDays: number[];
  /** Default 30. */
  dismissDays: number;
  /** At most this many impressions per window; null: no cap. */
  maxViews: number | null;
  /** Default 30. */
  viewWindowDays: number;
  noStorage: 'show' | 'hide';
}

export const DEFAULT_SNOOZE_DAYS = 7;
export const DEFAULT_DISMISS_DAYS = 30;
export const DEFAULT_VIEW_WINDOW_DAYS = 30;
/** Ten years: any longer is a typo, and would outlive the campaign anyway. */
export const MAX_DAYS = 3650;
/** A back-off longer than this is not a back-off anyone designs. */
export const MAX_SNOOZE_STEPS = 12;
/** The highest `max-views`, and the most impressions counted on one day. */
export const MAX_VIEWS = 1000;
/** Clock skew tolerated for times "in the future" read from storage or another tab. */
const MAX_SKEW_MS = DAY_MS;

// ——— Parsing the display attributes ———

/**
 * A positive number of days: "7", "0.5". Above ten years is lowered to ten years, with a note.
 * Every days attribute of the kit reads through it (`snooze-days`, `days` of
 * `<support-remind-later>`), so "0x10" or "1e3" are refused everywhere alike.
 */
export function readDays(token: string): NumberReading {
  const text = token.trim();
  const value = parsePlainNumber(text);
  if (!(value > 0) || !Number.isFinite(value)) {
    return {
      ok: false,
      problem: DEV ? `"${shorten(text, 40)}" is not a positive number of days` : '',
    };
  }
  if (value > MAX_DAYS) {
    return { ok: true, value: MAX_DAYS, note: DEV ? `${text} days is more than ten years` : '' };
  }
  return { ok: true, value };
}

/** "1,7,30" → [1, 7, 30]; each bad entry is dropped with one warning; none left → [7]. */
function parseSnoozeDays(text: string | null | undefined, warn: Warn): number[] {
  if (typeof text !== 'string' || text.trim() === '') return [DEFAULT_SNOOZE_DAYS];
  const days: number[] = [];
  const problems: string[] = [];
  let extra = 0;
  for (const token of text.slice(0, MAX_ATTRIBUTE_LENGTH).split(',')) {
    if (token.trim() === '') continue;
    const reading = readDays(token);
    if (!reading.ok) problems.push(reading.problem);
    else if (days.length >= MAX_SNOOZE_STEPS) extra += 1;
    else {
      if (reading.note) problems.push(reading.note);
      days.push(reading.value);
    }
  }
  if (text.length > MAX_ATTRIBUTE_LENGTH) {
    problems.push(
      DEV
        ? `it is ${text.length} characters long; only the first ${MAX_ATTRIBUTE_LENGTH} are read`
        : '',
    );
  }
  if (extra > 0)
    problems.push(
      DEV ? `only the first ${MAX_SNOOZE_STEPS} steps are used; ${extra} more were dropped` : '',
    );
  const result = days.length > 0 ? days : [DEFAULT_SNOOZE_DAYS];
  const limited = limitWarnings(warn, 5);
  for (const problem of problems)
    limited.warn('snooze-days', text, DEV ? `${problem}. Using ${result.join(', ')}.` : '');
  limited.flush('snooze-days', text);
  return result;
}

function parseMaxViews(text: string | null | undefined, warn: Warn): number | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const trimmed = text.trim();
  const value = trimmed.length <= 16 && /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(value >= 1)) {
    warn(
      'max-views',
      text,
      DEV
        ? `"${shorten(trimmed, 40)}" is not a whole number of at least 1. No cap is applied.`
        : '',
    );
    return null;
  }
  if (value > MAX_VIEWS) {
    warn('max-views', text, DEV ? `${trimmed} is more than ${MAX_VIEWS}. Using ${MAX_VIEWS}.` : '');
    return MAX_VIEWS;
  }
  return value;
}

function parseNoStorage(text: string | null | undefined, warn: Warn): 'show' | 'hide' {
  if (typeof text !== 'string' || text.trim() === '') return 'show';
  const value = text.trim().toLowerCase();
  if (value === 'show' || value === 'hide') return value;
  warn(
    'no-storage',
    text,
    DEV ? `"${shorten(text.trim(), 40)}" is neither "show" nor "hide". Using show.` : '',
  );
  return 'show';
}

/** Days lowered to the site's `support-kit:max-days`; one warning when markup set them. */
function capDays(
  attribute: string,
  text: string | null | undefined,
  days: number,
  max: number,
  warn: Warn,
): number {
  if (days <= max) return days;
  if (text?.trim())
    warn(attribute, text, `the site's support-kit:max-days is ${max}. Using ${max}.`);
  return max;
}

/**
 * The display attributes of `<support-appeal>` as a typed config. `maxDays`: the site's
 * longest hide (`support-kit:max-days`), which lowers `snooze-days` and `dismiss-days`.
 * Never throws.
 */
export function parseDisplayConfig(
  attrs: DisplayAttributes,
  warn: Warn,
  maxDays = MAX_DAYS,
): DisplayConfig {
  return {
    supporter: attrs.supporter === true,
    snoozeDays: parseSnoozeDays(attrs.snoozeDays, warn).map((days) =>
      capDays('snooze-days', attrs.snoozeDays, days, maxDays, warn),
    ),
    dismissDays: capDays(
      'dismiss-days',
      attrs.dismissDays,
      parseNumberAttribute('dismiss-days', attrs.dismissDays, DEFAULT_DISMISS_DAYS, readDays, warn),
      maxDays,
      warn,
    ),
    maxViews: parseMaxViews(attrs.maxViews, warn),
    viewWindowDays: parseNumberAttribute(
      'view-window-days',
      attrs.viewWindowDays,
      DEFAULT_VIEW_WINDOW_DAYS,
      readDays,
      warn,
    ),
    noStorage: parseNoStorage(attrs.noStorage, warn),
  };
}

// ——— Deciding ———

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A window in whole days, at least one: "0.5" keeps a view for the rest of its day. */
export function windowDays(days: number | undefined): number {
  return Math.max(1, Math.ceil(usableDays(days) ?? DEFAULT_VIEW_WINDOW_DAYS));
}

/** The per-day views inside the `window` days ending today, oldest first. */
function viewsInWindow(
  record: CampaignRecord,
  today: number,
  window: number,
): Array<[number, number]> {
  const views = Array.isArray(record.views) ? record.views : [];
  return views
    .filter((each) => Array.isArray(each) && each[0] > today - window && each[0] <= today)
    .sort((a, b) => a[0] - b[0]);
}

/** Impressions in the record (inside `window` days when given). */
export function totalViews(record: CampaignRecord | null, now?: number, window?: number): number {
  if (!record) return 0;
  const views =
    now === undefined || window === undefined
      ? Array.isArray(record.views)
        ? record.views
        : []
      : viewsInWindow(record, localDay(now), windowDays(window));
  return views.reduce((sum, [, count]) => sum + count, 0);
}

/**
 * Whether to show the appeal now. Checked in order: supporter, dismissed, snoozed, capped,
 * and no-storage (only when nothing can be remembered and the site said `no-storage="hide"`).
 * `until` is when the reason ends, or null when it does not end by itself.
 */
export function decide(
  record: CampaignRecord | null,
  config: DisplayConfig,
  now: number,
  mode: StorageMode,
): Decision {
  if (config.supporter) return { action: 'suppress', reason: 'supporter', until: null };
  if (record) {
    if (isTime(record.dismissedUntil) && record.dismissedUntil > now) {
      return { action: 'suppress', reason: 'dismissed', until: record.dismissedUntil };
    }
    if (isTime(record.snoozedUntil) && record.snoozedUntil > now) {
      return { action: 'suppress', reason: 'snoozed', until: record.snoozedUntil };
    }
    const cap = config.maxViews;
    const windowDays = config.viewWindowDays > 0 ? config.viewWindowDays : DEFAULT_VIEW_WINDOW_DAYS;
    if (cap !== null && cap >= 1) {
      const window = Math.max(1, Math.ceil(windowDays));
      const views = viewsInWindow(record, localDay(now), window);
      let left = views.reduce((sum, [, count]) => sum + count, 0);
      if (left >= cap) {
        // Shown again on the day enough old days leave the window for one more to fit.
        let freeing = views[0]?.[0] ?? localDay(now);
        for (const [day, count] of views) {
          freeing = day;
          left -= count;
          if (left < cap) break;
        }
        return { action: 'suppress', reason: 'capped', until: dayStart(freeing + window) };
      }
    }
  }
  if (mode === 'memory' && config.noStorage === 'hide') {
    return { action: 'suppress', reason: 'no-storage', until: null };
  }
  return { action: 'show' };
}

// ——— Changing a record ———

/** The n-th snooze (1-based) lasts the n-th value; past the end the last one repeats. */
export function snoozeLengthDays(snoozeDays: readonly number[], nth: number): number {
  const steps = snoozeDays.filter((days) => Number.isFinite(days) && days > 0);
  if (steps.length === 0) return DEFAULT_SNOOZE_DAYS;
  const index = Number.isFinite(nth) ? Math.min(Math.max(Math.floor(nth), 1), steps.length) : 1;
  return Math.min(steps[index - 1] ?? DEFAULT_SNOOZE_DAYS, MAX_DAYS);
}

/** A new record; `now` is stored only as its day. */
export function emptyRecord(now: number): CampaignRecord {
  return {
    version: RECORD_VERSION,
    snoozeCount: 0,
    snoozedUntil: null,
    dismissedUntil: null,
    views: [],
    updatedAt: localDay(now),
  };
}

const isViewDay = (each: unknown): each is [number, number] =>
  Array.isArray(each) &&
  Number.isInteger(each[0]) &&
  Number.isInteger(each[1]) &&
  (each[1] as number) > 0;

/** A copy safe to change: a typed record from outside may still hold garbage arrays. */
function usable(record: CampaignRecord | null, now: number): CampaignRecord {
  if (!record) return emptyRecord(now);
  return { ...record, views: Array.isArray(record.views) ? record.views.filter(isViewDay) : [] };
}

/** A length in days a caller passed: positive and finite, at most MAX_DAYS; else undefined. */
function usableDays(days: number | undefined): number | undefined {
  return days !== undefined && Number.isFinite(days) && days > 0
    ? Math.min(days, MAX_DAYS)
    : undefined;
}

/** The reader said "Remind me later": hidden for `days`, else for the back-off step. */
export function applySnooze(
  record: CampaignRecord | null,
  snoozeDays: readonly number[],
  now: number,
  days?: number,
): CampaignRecord {
  const base = usable(record, now);
  const snoozeCount = Math.min((isTime(base.snoozeCount) ? base.snoozeCount : 0) + 1, 1_000_000);
  const length = usableDays(days) ?? snoozeLengthDays(snoozeDays, snoozeCount);
  return {
    ...base,
    snoozeCount,
    snoozedUntil: ceilHour(now + length * DAY_MS),
    updatedAt: localDay(now),
  };
}

/** The reader closed the appeal: hidden for `days` (dismiss-days). */
export function applyDismiss(
  record: CampaignRecord | null,
  days: number,
  now: number,
): CampaignRecord {
  const base = usable(record, now);
  const length = usableDays(days) ?? DEFAULT_DISMISS_DAYS;
  return { ...base, dismissedUntil: ceilHour(now + length * DAY_MS), updatedAt: localDay(now) };
}

/** One impression today; days older than the window are dropped. */
export function applyView(
  record: CampaignRecord | null,
  now: number,
  days: number,
): CampaignRecord {
  const base = usable(record, now);
  const today = localDay(now);
  const window = windowDays(days);
  const kept = viewsInWindow(base, today, window).filter(([day]) => day !== today);
  const before = base.views.find(([day]) => day === today)?.[1] ?? 0;
  const views: Array<[number, number]> = [...kept, [today, Math.min(before + 1, MAX_VIEWS)]];
  return { ...base, views, viewDays: window, updatedAt: today };
}

/**
 * The record without impressions older than the `view-window-days` window (the same object
 * when nothing is dropped; null stays null). Appeals apply it on every read and write, so a
 * reader who snoozed or closed the appeal does not keep old impressions for years.
 */
export function forgetOldViews(
  record: CampaignRecord | null,
  now: number,
  days: number,
): CampaignRecord | null {
  if (!record) return record;
  const views = Array.isArray(record.views) ? record.views : [];
  const kept = viewsInWindow(record, localDay(now), windowDays(days));
  return kept.length === views.length ? record : { ...record, views: kept };
}

/** The record without any impression ("Stop counting" keeps snoozes and dismissals only). */
export function withoutViews(record: CampaignRecord): CampaignRecord {
  const rest = { ...record, views: [] };
  delete rest.viewDays;
  return rest;
}

/** `reset()`: the record is removed, so the campaign starts over. */
export function clearRecord(): null {
  return null;
}

/**
 * Drops what can no longer matter before a record is written: impressions older than the
 * record's own window (or in the future: the clock went back), and snooze or dismissal ends
 * already past. The snooze count stays — it drives the back-off.
 */
export function pruneRecord(record: CampaignRecord, now: number): CampaignRecord {
  const views = usable(record, now).views;
  const kept = viewsInWindow({ ...record, views }, localDay(now), windowDays(record.viewDays));
  const rest = { ...record };
  delete rest.viewDays;
  return {
    ...rest,
    snoozedUntil:
      isTime(record.snoozedUntil) && record.snoozedUntil > now ? record.snoozedUntil : null,
    dismissedUntil:
      isTime(record.dismissedUntil) && record.dismissedUntil > now ? record.dismissedUntil : null,
    views: kept,
    ...(kept.length > 0 && { viewDays: windowDays(record.viewDays) }),
  };
}

/** Whether a record remembers nothing at all (then it need not be stored). */
export function isEmptyRecord(record: CampaignRecord): boolean {
  return (
    record.snoozeCount === 0 &&
    record.snoozedUntil === null &&
    record.dismissedUntil === null &&
    record.views.length === 0 &&
    (!record.groups || Object.keys(record.groups).length === 0)
  );
}

// ——— Reading back what storage holds ———

/** Whether `value` is an object that could be one of our records, of any version. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An expiry read from storage, on the hour: absent, garbage, or absurdly far away (corruption)
 * → null. An earlier version's exact time is rounded up, so its snooze stays a snooze.
 */
function readExpiry(value: unknown, now: number): number | null {
  if (!isTime(value) || value <= 0) return null;
  return value > now + MAX_DAYS * DAY_MS + MAX_SKEW_MS ? null : ceilHour(value);
}

/** Fields that mark an unversioned object as an early record of ours. */
const RECORD_FIELDS = ['snoozeCount', 'snoozedUntil', 'dismissedUntil', 'views'];

/**
 * Stored impressions as per-day counts: version 2's `[day, count]` pairs as they are, an
 * earlier version's impression times (epoch ms) counted by their local day.
 */
function readViews(value: unknown, now: number, version: unknown): Array<[number, number]> {
  if (!Array.isArray(value)) return [];
  const today = localDay(now);
  const byDay = new Map<number, number>();
  for (const each of value.slice(-MAX_DAYS * 2)) {
    let day: number;
    let count: number;
    if (version === RECORD_VERSION) {
      if (!isViewDay(each)) continue;
      [day, count] = each;
    } else {
      if (!isTime(each) || each <= 0 || each > now + MAX_SKEW_MS) continue;
      [day, count] = [localDay(each), 1];
    }
    if (day > today + 1) continue;
    byDay.set(day, Math.min((byDay.get(day) ?? 0) + count, MAX_VIEWS));
  }
  return [...byDay].sort((a, b) => a[0] - b[0]).slice(-MAX_DAYS);
}

/**
 * Anything read from storage (or another tab) → a valid current record, or null for
 * garbage. Records of the current version are repaired field by field; those of version 1
 * and unversioned ones with our field names are migrated (times coarsened to the day or the
 * hour); records from a newer version (a newer copy of the kit on the same site) are ignored
 * rather than misread. JSON text is parsed. Never throws.
 */
export function normalizeRecord(raw: unknown, now: number): CampaignRecord | null {
  try {
    let value = raw;
    if (typeof value === 'string') {
      if (value.length > 100_000) return null;
      value = JSON.parse(value) as unknown;
    }
    if (!isObject(value)) return null;
    const version = value['version'];
    if (version === undefined) {
      if (!RECORD_FIELDS.some((field) => field in value)) return null;
    } else if (version !== RECORD_VERSION && version !== 1) {
      return null;
    }
    const today = localDay(now);
    const count = value['snoozeCount'];
    const views = readViews(value['views'], now, version);
    const viewDays = value['viewDays'];
    const updatedAt = value['updatedAt'];
    const day = isTime(updatedAt) && updatedAt > 0 ? asDay(updatedAt) : 0;
    const groups = pruneGroups(value['groups'], now);
    return {
      version: RECORD_VERSION,
      snoozeCount:
        typeof count === 'number' && Number.isInteger(count) && count >= 0
          ? Math.min(count, 1_000_000)
          : 0,
      snoozedUntil: readExpiry(value['snoozedUntil'], now),
      dismissedUntil: readExpiry(value['dismissedUntil'], now),
      views,
      ...(views.length > 0 && {
        viewDays:
          typeof viewDays === 'number' && Number.isInteger(viewDays) && viewDays >= 1
            ? Math.min(viewDays, MAX_DAYS)
            : DEFAULT_VIEW_WINDOW_DAYS,
      }),
      // A day beyond the tolerated clock skew is corrupt (or forged): kept, it would win every
      // newest-record comparison and shadow every later snooze. Repaired to 0, the oldest.
      updatedAt: day <= today + 1 ? day : 0,
      ...(groups && { groups }),
    };
  } catch {
    return null;
  }
}
