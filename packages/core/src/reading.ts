import { parseNumberAttribute, plainNumber } from './number-attribute.js';
import { shorten, type Warn } from './warn.js';

/**
 * The reading count: how many articles this reader read on this site, counted on this device
 * with less than any peer keeps. Pure functions; the store keeps the record.
 *
 * What the record holds, and nothing else:
 * - `days`: reads per local calendar day, for at most 400 days;
 * - `recent`: salted hashes of the articles read in the last 24 hours, only so that the same
 *   article counts once a day, with the time of each read;
 * - `counting`: false once the reader said "Stop counting" (then `days` and `recent` are empty).
 *
 * The hash is a fast non-cryptographic one (cyrb53) salted with a random per-record salt, not
 * SHA-256: crypto.subtle is async and missing on plain-http pages, and a cryptographic hash buys
 * nothing here. Article ids are public and few, so anyone holding the device (and so the salt)
 * could hash the site's article list and match it, whatever the hash; what protects the reader
 * is that an id is kept at most 24 hours. The salt keeps the stored values from being looked
 * up in a precomputed table or matched across devices, and is replaced whenever no id is left.
 */
export interface ReaderRecord {
  v: 1;
  counting: boolean;
  /** [local day number, reads that day], oldest first. */
  days: Array<[number, number]>;
  /** [salted hash of the article id, time read], oldest first; none older than 24 hours. */
  recent: Array<[string, number]>;
  salt: string;
  updatedAt: number;
}

const DAY_MS = 86_400_000;
/** Days of counts kept: a year's window plus room for a site's `days="400"`. */
export const MAX_READING_DAYS = 400;
export const DEFAULT_ARTICLE_DAYS = 365;
/** Ids kept at most this long: enough to count an article once a day, no longer. */
export const RECENT_MS = DAY_MS;
/** More reads than this in one day is a bot or a bug; the count stops growing there. */
const MAX_PER_DAY = 1000;

/** The reader's local calendar day, as a number of days since 1970-01-01. */
export function localDay(now: number): number {
  const date = new Date(now);
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

export type DayOf = (time: number) => number;

/** A fresh random salt (not secret: it only makes this device's hashes its own). */
export function newSalt(): string {
  return Math.random().toString(36).slice(2, 10);
}

export function emptyReader(now: number, counting = true): ReaderRecord {
  return { v: 1, counting, days: [], recent: [], salt: newSalt(), updatedAt: now };
}

/** cyrb53 of salt + id, in base 36. */
export function hashArticle(id: string, salt: string): string {
  const text = `${salt}\u0000${id}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The record with counts older than 400 days and ids older than 24 hours (or stamped in the
 * future: the clock went back) removed; with no id left, a new salt.
 */
export function pruneReader(
  record: ReaderRecord,
  now: number,
  dayOf: DayOf = localDay,
): ReaderRecord {
  const today = dayOf(now);
  const days = record.days.filter(([day]) => day > today - MAX_READING_DAYS && day <= today);
  const recent = record.recent.filter(([, at]) => at <= now && now - at < RECENT_MS);
  const salt = recent.length > 0 ? record.salt : newSalt();
  return { ...record, days, recent, salt };
}

/** The record without what has expired; the same object when nothing has (so no write). */
export function expireReader(current: ReaderRecord | null, now: number): ReaderRecord | null {
  if (!current) return current;
  const pruned = pruneReader(current, now);
  return pruned.days.length === current.days.length &&
    pruned.recent.length === current.recent.length
    ? current
    : pruned;
}

/**
 * One read of the article `id` at `now`: counted unless the same article was read the same
 * day, or counting is off (then the record comes back unchanged).
 */
export function recordRead(
  current: ReaderRecord | null,
  id: string,
  now: number,
  dayOf: DayOf = localDay,
): ReaderRecord {
  const base = pruneReader(current ?? emptyReader(now), now, dayOf);
  if (!base.counting) return current ?? base;
  const today = dayOf(now);
  const hash = hashArticle(id, base.salt);
  if (base.recent.some(([each, at]) => each === hash && dayOf(at) === today)) return base;
  const days = base.days.filter(([day]) => day !== today);
  const before = base.days.find(([day]) => day === today)?.[1] ?? 0;
  days.push([today, Math.min(before + 1, MAX_PER_DAY)]);
  return { ...base, days, recent: [...base.recent, [hash, now]], updatedAt: now };
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

/** Counting on again, or off: off erases the counts and ids, keeping only the flag. */
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
  const value = plainNumber(text.trim());
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

/** A stored or broadcast value as a record, or null when it is not one (corrupt, foreign). */
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
  if (record['v'] !== 1) return null;
  const days = Array.isArray(record['days']) ? record['days'] : [];
  const recent = Array.isArray(record['recent']) ? record['recent'] : [];
  const salt = record['salt'];
  const updatedAt = record['updatedAt'];
  const counting = record['counting'] !== false;
  return {
    v: 1,
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
    recent: counting
      ? recent
          .filter(
            (each): each is [string, number] =>
              Array.isArray(each) &&
              typeof each[0] === 'string' &&
              each[0].length <= 16 &&
              typeof each[1] === 'number' &&
              Number.isFinite(each[1]),
          )
          .map(([hash, at]): [string, number] => [hash, at])
      : [],
    salt: typeof salt === 'string' && salt.length > 0 && salt.length <= 16 ? salt : newSalt(),
    updatedAt:
      typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt <= now + DAY_MS
        ? updatedAt
        : 0,
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
