import { MAX_DAYS, readDays } from './rules.js';
import { DEV, shorten, type Warn } from './warn.js';

/**
 * The site's policy, from `<meta name="support-kit:…">` in `<head>`: what markup may make the
 * kit do. The site, not the markup, decides (a comment or an article body can carry markup).
 */
export interface SitePolicy {
  /** Origins a checkout link may go to, besides the page's own; null: any http(s). */
  readonly checkoutOrigins: readonly string[] | null;
  /** Variants markup may use (`inline` always, it is the fallback); null: all. */
  readonly variants: readonly PolicyVariant[] | null;
  /** At most this many appeals shown on the page at once; null: no limit. */
  readonly maxShown: number | null;
  /** The longest `snooze-days` / `dismiss-days` markup may set. Default MAX_DAYS. */
  readonly maxDays: number;
  /** The campaigns the site runs, highest rank first; null: any campaign. */
  readonly campaigns: readonly string[] | null;
}

export type PolicyVariant = 'inline' | 'banner' | 'modal';
export const POLICY_METAS = [
  'support-kit:checkout-origins',
  'support-kit:variants',
  'support-kit:max-shown',
  'support-kit:max-days',
  'support-kit:campaigns',
] as const;

/** The policy without any meta: today's behaviour. */
export const OPEN_POLICY: SitePolicy = Object.freeze({
  checkoutOrigins: null,
  variants: null,
  maxShown: null,
  maxDays: MAX_DAYS,
  campaigns: null,
});

/**
 * The policy when the page's policy could not be read (an exception on the way): markup may
 * not open up what the site may have closed, so the kit takes the narrowest one — inline
 * only, checkout on the page's own origin, one appeal shown.
 */
export const RESTRICTED_POLICY: SitePolicy = Object.freeze({
  checkoutOrigins: Object.freeze([]),
  variants: Object.freeze(['inline'] as PolicyVariant[]),
  maxShown: 1,
  maxDays: MAX_DAYS,
  campaigns: null,
});

/** The appeal's variants, in the order the attribute documents them. */
export const APPEAL_VARIANTS: readonly PolicyVariant[] = ['inline', 'banner', 'modal'];
const MAX_POLICY_LENGTH = 2000;

/** `https://pay.example` (a trailing `/` allowed) → its origin; anything else → null. */
function readOrigin(token: string): string | null {
  try {
    const url = new URL(token);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
    return bare && /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads one token list; bad tokens are dropped with one warning for the meta. A list the site
 * wrote but that names nothing usable restricts rather than opens: the site meant a limit.
 */
function readList<T>(
  name: string,
  content: string,
  read: (token: string) => T | null,
  warn: Warn,
  fallbackText: string,
): T[] {
  const kept: T[] = [];
  const bad: string[] = [];
  for (const token of content.slice(0, MAX_POLICY_LENGTH).split(/[\s,]+/)) {
    if (!token) continue;
    const value = read(token);
    if (value === null || kept.includes(value)) bad.push(token);
    else kept.push(value);
  }
  if (bad.length > 0 || kept.length === 0) {
    const what = bad.length > 0 ? `"${shorten(bad.join(' '), 80)}" not understood` : 'empty';
    warn(
      name,
      content,
      DEV ? `${what}. Using ${kept.length > 0 ? kept.join(' ') : fallbackText}.` : '',
    );
  }
  return kept;
}

/** A whole number of appeals, at least 1. */
function readMaxShown(content: string, warn: Warn): number | null {
  const text = content.trim();
  const value = text.length <= 6 && /^\d+$/.test(text) ? Number(text) : 0;
  if (value >= 1) return value;
  warn('support-kit:max-shown', content, DEV ? 'not a whole number of at least 1. No limit.' : '');
  return null;
}

function readMaxDays(content: string, warn: Warn): number {
  const reading = readDays(content);
  if (!reading.ok) {
    warn('support-kit:max-days', content, DEV ? `${reading.problem}. Using ${MAX_DAYS}.` : '');
    return MAX_DAYS;
  }
  if (reading.note) {
    warn('support-kit:max-days', content, DEV ? `${reading.note}. Using ${MAX_DAYS}.` : '');
  }
  return reading.value;
}

/**
 * The policy from the page's metas (`name` and `content`, in document order; the first of a
 * name counts, later copies are ignored with a warning). Absent metas keep today's behaviour;
 * bad values warn once, naming the meta and the value. Never throws.
 */
export function parsePolicy(
  metas: ReadonlyArray<{ name: string; content: string | null }>,
  warn: Warn,
): SitePolicy {
  const seen = new Map<string, string>();
  for (const { name, content } of metas) {
    const key = name.trim().toLowerCase();
    if (!(POLICY_METAS as readonly string[]).includes(key)) continue;
    if (seen.has(key)) {
      warn(key, content ?? '', DEV ? 'only the first copy in <head> is read.' : '');
    } else seen.set(key, content ?? '');
  }
  const origins = seen.get('support-kit:checkout-origins');
  const variants = seen.get('support-kit:variants');
  const maxShown = seen.get('support-kit:max-shown');
  const maxDays = seen.get('support-kit:max-days');
  const campaigns = seen.get('support-kit:campaigns');
  return Object.freeze({
    checkoutOrigins:
      origins === undefined
        ? null
        : Object.freeze(
            readList(
              'support-kit:checkout-origins',
              origins,
              readOrigin,
              warn,
              "only the page's own origin",
            ),
          ),
    variants:
      variants === undefined
        ? null
        : Object.freeze([
            ...new Set<PolicyVariant>([
              'inline',
              ...readList(
                'support-kit:variants',
                variants,
                (token) => APPEAL_VARIANTS.find((v) => v === token.toLowerCase()) ?? null,
                warn,
                'inline',
              ),
            ]),
          ]),
    maxShown: maxShown === undefined ? null : readMaxShown(maxShown, warn),
    maxDays: maxDays === undefined ? MAX_DAYS : readMaxDays(maxDays, warn),
    campaigns:
      campaigns === undefined
        ? null
        : Object.freeze(
            readList(
              'support-kit:campaigns',
              campaigns,
              // A campaign id as the kit names it (printable, at most 100 characters).
              (token) =>
                token.length <= 100 && [...token].every((c) => c > '\u001f' && c !== '\u007f')
                  ? token
                  : null,
              warn,
              'no campaign: no appeal shows',
            ),
          ),
  });
}

/**
 * Whether a checkout link may go to `url` (absolute): its origin is the page's own or one the
 * policy lists. The origin that is refused, or null when allowed.
 */
export function refusedCheckoutOrigin(
  url: string,
  policy: SitePolicy,
  pageOrigin: string,
): string | null {
  if (policy.checkoutOrigins === null) return null;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return url;
  }
  return origin === pageOrigin || policy.checkoutOrigins.includes(origin) ? null : origin;
}

/** A variant the policy allows; anything else is `inline`. */
export function allowedVariant(variant: PolicyVariant, policy: SitePolicy): PolicyVariant {
  return policy.variants === null || policy.variants.includes(variant) ? variant : 'inline';
}

/** Whether the site runs `campaign` (always, without `support-kit:campaigns`). */
export function campaignListed(campaign: string, policy: SitePolicy): boolean {
  return policy.campaigns === null || policy.campaigns.includes(campaign);
}

// ——— One ask at a time ———

/** `priority` is clamped to this range: a larger number is no one's plan, only an attack's. */
export const MAX_PRIORITY = 1000;

/** `priority`: an integer from -1000 to 1000; anything else is 0, beyond is clamped; warned. */
export function parsePriority(text: string | null | undefined, warn: Warn): number {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return 0;
  if (!/^[-+]?\d{1,16}$/.test(trimmed)) {
    warn('priority', trimmed, DEV ? 'not a whole number. Using 0.' : '');
    return 0;
  }
  const value = Number(trimmed);
  const clamped = Math.max(-MAX_PRIORITY, Math.min(MAX_PRIORITY, value));
  if (clamped !== value) {
    warn('priority', trimmed, DEV ? `the range is ±${MAX_PRIORITY}. Using ${clamped}.` : '');
  }
  return clamped + 0; // -0 → 0
}

/**
 * An appeal's rank under `max-shown`, higher first: with `support-kit:campaigns`, the list's
 * order decides first and `priority` only among appeals of the same campaign; without it,
 * `priority` alone.
 */
export function rankOf(campaign: string, priority: number, policy: SitePolicy): number {
  const at = policy.campaigns?.indexOf(campaign) ?? -1;
  const list = at < 0 ? 0 : (policy.campaigns!.length - at) * (2 * MAX_PRIORITY + 1);
  return list + priority;
}

/** What an appeal under `max-shown` is told: show, or stay suppressed (`outranked`). */
export type Verdict = 'show' | 'outranked';

type Status = 'pending' | 'waiting' | 'declined' | Verdict;
interface Entry {
  priority: number;
  order: number;
  atLoad: boolean;
  status: Status;
}

export interface Arbiter<K> {
  /** An appeal joined the page: before `close()` it is one of those present at load. */
  enter(id: K, priority: number, order: number): void;
  /** The load is over: appeals entering from now on are late. Returns verdicts now due. */
  close(): Array<[K, Verdict]>;
  /** The appeal's own rules decided: it wants to show, or not. Returns verdicts now due. */
  decided(id: K, wantsToShow: boolean): Array<[K, Verdict]>;
  /** The appeal left the page; its place is free for an appeal that decides after this. */
  released(id: K): Array<[K, Verdict]>;
}

/**
 * The page's arbitration under `max-shown`, pure: at most `maxShown` appeals hold a place.
 * The appeals present at load are ranked together (higher priority first, then `order`,
 * their document order): one only gets its verdict once every higher-ranked one has decided
 * and the load is closed, so the order storage reads finish in does not matter. A late appeal
 * shows only while a place is free. A shown appeal keeps its place until it leaves the page,
 * also when it hides (a snooze or dismissal on this page). An outranked one stays outranked.
 */
export function createArbiter<K>(maxShown: number): Arbiter<K> {
  const entries = new Map<K, Entry>();
  let closed = false;
  /** Late appeals that want to show, in the order they decided. */
  const queue: K[] = [];

  const settle = (): Array<[K, Verdict]> => {
    const verdicts: Array<[K, Verdict]> = [];
    if (!closed) return verdicts;
    let used = [...entries.values()].filter((e) => e.status === 'show').length;
    const give = (id: K, entry: Entry) => {
      entry.status = used < maxShown ? 'show' : 'outranked';
      if (entry.status === 'show') used += 1;
      verdicts.push([id, entry.status]);
    };
    const atLoad = [...entries].filter(([, e]) => e.atLoad);
    atLoad.sort(([, a], [, b]) => b.priority - a.priority || a.order - b.order);
    for (const [id, entry] of atLoad) {
      if (entry.status === 'pending') return verdicts; // a higher rank has not decided yet
      if (entry.status === 'waiting') give(id, entry);
    }
    for (const id of queue.splice(0)) {
      const entry = entries.get(id);
      if (entry?.status === 'waiting') give(id, entry);
    }
    return verdicts;
  };

  return {
    enter(id, priority, order) {
      entries.set(id, { priority, order, atLoad: !closed, status: 'pending' });
    },
    close() {
      closed = true;
      return settle();
    },
    decided(id, wantsToShow) {
      const entry = entries.get(id);
      if (!entry) return [];
      if (entry.status === 'show' || entry.status === 'outranked') {
        return wantsToShow ? [[id, entry.status]] : [];
      }
      entry.status = wantsToShow ? 'waiting' : 'declined';
      if (wantsToShow && !entry.atLoad) queue.push(id);
      return settle();
    },
    released(id) {
      entries.delete(id);
      return settle();
    },
  };
}
