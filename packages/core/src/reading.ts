import { parseNumberAttribute, parsePlainNumber } from './number-attribute.js';
import { shorten, type Warn } from './warn.js';
import { asDay, localDay } from './day.js';

export { localDay } from './day.js';

/**
 * The reading count: how many articles this reader read on this site, counted on this device
 * with less than any peer keeps. Pure functions; the store keeps the record.
 *
 * What the record holds, and nothing else:
 * - `days`: reads per local calendar day, for at most 400 days;
 * - `counting`: false once the reader said "Stop counting" (then `days` is empty);
 * - `updatedAt`: the local day of the last change.
 *
 * No article identifier reaches it, in any form: a hash of an id, salted or not, is reversible
 * by anyone holding the outlet's list of articles, and the browser's files keep old versions
 * of a record after it changes. The same article read twice on one page counts once (the page
 * remembers it, in memory); a reload may count it again, as The Guardian's count does.
 */
export interface ReaderRecord {
  v: 2;
  counting: boolean;
  /** [local day number, reads that day], oldest first. */
  days: Array<[number, number]>;
  /** The local day of the last change. */
  updatedAt: number;
}

/** Days of counts kept: a year's window plus room for a site's `days="400"`. */
export const MAX_READING_DAYS = 400;
export const DEFAULT_ARTICLE_DAYS = 365;
/** More reads than this in one day is a bot or a bug; the count stops growing there. */
export const MAX_PER_DAY = 1000;

export type DayOf = (time: number) => number;

export function emptyReader(now: number, counting = true): ReaderRecord {
  return { v: 2, counting, days: [], updatedAt: localDay(now) };
}

/** The record with counts older than 400 days (or in the future: the clock went back) removed. */
export function pruneReader(
  record: ReaderRecord,
  now: number,
  dayOf: DayOf = localDay,
): ReaderRecord {
  const today = dayOf(now);
  const days = record.days.filter(([day]) => day > today - MAX_READING_DAYS && day <= today);
  return { ...record, days };
}

/** The record without what has expired; the same object when nothing has (so no write). */
export function expireReader(current: ReaderRecord | null, now: number): ReaderRecord | null {
  if (!current) return current;
  const pruned = pruneReader(current, now);
  return pruned.days.length === current.days.length ? current : pruned;
}

/**
 * One read at `now`: today's count grows by one, unless counting is off (then the record comes
 * back unchanged: nothing is stored per visit). The caller counts a page once.
 */
export function recordRead(
  current: ReaderRecord | null,
  now: number,
  dayOf: DayOf = localDay,
): ReaderRecord {
  const base = pruneReader(current ?? emptyReader(now), now, dayOf);
  if (!base.counting) return current ?? base;
  const today = dayOf(now);
  const days = base.days.filter(([day]) => day !== today);
  const before = base.days.find(([day]) => day === today)?.[1] ?? 0;
  days.push([today, Math.min(before + 1, MAX_PER_DAY)]);
  return { ...base, days, updatedAt: today };
}

/**
 * Reads in the last `days` local days, today included; null when counting is off or nothing
 * is known (no record), so callers can tell "unknown" from 0.
 */
export function countReads(
  record: ReaderRecord | null,
  now: number,
  days = DEFAULT_ARTICLE_DAYS,
  dayOf: DayOf = localDay,
): number | null {
  if (!record || !record.counting) return null;
  const today = dayOf(now);
  const window = Math.min(Math.max(Math.floor(days), 1), MAX_READING_DAYS);
  return record.days.reduce(
    (sum, [day, reads]) => (day > today - window && day <= today ? sum + reads : sum),
    0,
  );
}

/** Counting on again, or off: off erases the counts, keeping only the flag. */
export function applyCounting(
  current: ReaderRecord | null,
  counting: boolean,
  now: number,
): ReaderRecord | null {
  if (counting) return current?.counting === false ? null : current;
  return emptyReader(now, false);
}

/** What "Forget all of it" leaves: the opt-out flag if set, else nothing. */
export function forgetReader(current: ReaderRecord | null, now: number): ReaderRecord | null {
  return current && !current.counting ? emptyReader(now, false) : null;
}

/** `min-articles` / `articles-days` of an appeal: show only to readers with `min` reads in `days`. */
export interface ArticleTarget {
  min: number;
  days: number;
}

const wholeNumberIn = (min: number, max: number) => (text: string) => {
  const value = parsePlainNumber(text.trim());
  return Number.isInteger(value) && value >= min && value <= max
    ? { ok: true as const, value }
    : {
        ok: false as const,
        problem: `"${shorten(text.trim(), 40)}" is not a whole number from ${min} to ${max}`,
      };
};

/** A whole-number attribute from `min` to `max`: absent gives `fallback`, bad values warn. */
export function parseWholeNumber(
  attribute: string,
  text: string | null | undefined,
  fallback: number,
  min: number,
  max: number,
  warn: Warn,
): number {
  return parseNumberAttribute(attribute, text, fallback, wholeNumberIn(min, max), warn);
}

/** The appeal's reading target; null (no targeting) without `min-articles`. */
export function parseArticleTarget(
  minArticles: string | null | undefined,
  articlesDays: string | null | undefined,
  warn: Warn,
): ArticleTarget | null {
  const min = parseWholeNumber('min-articles', minArticles, 0, 0, 1_000_000, warn);
  const days = parseWholeNumber(
    'articles-days',
    articlesDays,
    DEFAULT_ARTICLE_DAYS,
    1,
    MAX_READING_DAYS,
    warn,
  );
  return min > 0 ? { min, days } : null;
}

/**
 * Whether the reader meets the target. Counting off or unknown counts as met: a reader who
 * opts out (or whose storage fails) gets the same asks as before, neither more nor fewer.
 */
export function meetsArticleTarget(
  reader: ReaderRecord | null,
  target: ArticleTarget | null,
  now: number,
): boolean {
  if (!target) return true;
  const count = countReads(reader, now, target.days);
  return count === null || count >= target.min;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A stored or broadcast value as a record, or null when it is not one (corrupt, foreign).
 * Version 1 (which also kept salted hashes of recent articles and a time in ms) is migrated:
 * the hashes and the salt are dropped, the time becomes its day.
 */
export function normalizeReader(raw: unknown, now: number): ReaderRecord | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record['v'] !== 1 && record['v'] !== 2) return null;
  const days = Array.isArray(record['days']) ? record['days'] : [];
  const updatedAt = record['updatedAt'];
  const day =
    typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt > 0
      ? asDay(updatedAt)
      : 0;
  const counting = record['counting'] !== false;
  return {
    v: 2,
    counting,
    days: counting
      ? days
          .filter(
            (each): each is [number, number] =>
              Array.isArray(each) && isCount(each[0]) && isCount(each[1]),
          )
          .map(([day, reads]): [number, number] => [day, Math.min(reads, MAX_PER_DAY)])
          .sort((a, b) => a[0] - b[0])
      : [],
    updatedAt: day <= localDay(now) + 1 ? day : 0,
  };
}

/**
 * The article id of this page: `<meta name="support-kit:article">`'s content, or, when it is
 * empty, the path (never the query or hash, which can carry personal data). null: not an
 * article page, nothing is counted.
 */
export function articleId(
  meta: { getAttribute(name: string): string | null } | null,
  path: string,
): string | null {
  if (!meta) return null;
  const content = meta.getAttribute('content')?.trim();
  return (content || path).slice(0, 500);
}

/** The count as the reader's locale writes numbers ("1,234", "1 234"); digits if Intl refuses. */
export function formatCount(count: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(count);
  } catch {
    return String(count);
  }
}
