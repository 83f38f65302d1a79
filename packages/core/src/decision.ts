import {
  decide,
  type CampaignRecord,
  type DisplayConfig,
  type StorageMode,
  type SuppressReason,
} from './rules.js';
import { meetsArticleTarget, type ArticleTarget, type ReaderRecord } from './reading.js';

/**
 * A campaign's run dates. Reserved for the schedule feature: `decideAppeal` does not read it
 * yet. When it does, a schedule suppresses with `not-started` / `ended` right after `policy`.
 */
export interface AppealSchedule {
  starts: number | null;
  ends: number | null;
}

/** Everything whether an appeal shows depends on, gathered by the element. */
export interface AppealInputs {
  /** The time of the decision (the store's clock), epoch ms. */
  now: number;
  /** The site's `support-kit:campaigns` lists the campaign (or lists none). */
  listed: boolean;
  /** Reserved; see `AppealSchedule`. */
  schedule?: AppealSchedule | null;
  /** The campaign record as read (with this page's unstored impressions added). */
  record: CampaignRecord | null;
  /** The display attributes, parsed (supporter, days, caps, `no-storage`). */
  display: DisplayConfig;
  /** How the store keeps data now; `memory` is what `no-storage` is about. */
  mode: StorageMode;
  /** The reader record as read at load (the reading count), and `min-articles`. */
  reader: ReaderRecord | null;
  articles: ArticleTarget | null;
  /** The reader's experiment group is the holdout. */
  holdout: boolean;
  /**
   * The page's verdict under `support-kit:max-shown`; absent until the page was asked (it is
   * asked only once everything above says show).
   */
  ranking?: 'show' | 'outranked';
}

export type AppealDecision =
  { show: true } | { show: false; reason: SuppressReason; until: number | null };

/**
 * Whether the appeal shows, and if not, the one reason why. First match wins:
 *
 * 1. `policy` — the site does not run the campaign (nothing is read for it)
 * 2. (reserved: `not-started`, `ended` — the schedule)
 * 3. `supporter` · 4. `dismissed` · 5. `snoozed` · 6. `capped` · 7. `no-storage` — the
 *    campaign record and the display config (`decide` in rules.ts)
 * 8. `few-articles` — the reading count below `min-articles`
 * 9. `holdout` — the experiment group that never sees the appeal
 * 10. `outranked` — the page gave its places to higher-ranked appeals
 *
 * The order is the reader's, not the site's: a reader who closed the appeal hears "dismissed"
 * before "capped", and only an appeal that would show is counted as held out or outranked.
 */
export function decideAppeal(input: AppealInputs): AppealDecision {
  const own = decide(input.record, input.display, input.now, input.mode);
  const reason: SuppressReason | null = !input.listed
    ? 'policy'
    : own.action === 'suppress'
      ? own.reason
      : !meetsArticleTarget(input.reader, input.articles, input.now)
        ? 'few-articles'
        : input.holdout
          ? 'holdout'
          : input.ranking === 'outranked'
            ? 'outranked'
            : null;
  if (!reason) return { show: true };
  // Only the record's reasons end by themselves.
  return {
    show: false,
    reason,
    until: input.listed && own.action === 'suppress' ? own.until : null,
  };
}

/**
 * Whether `reason`, decided again while the page is open (another tab, another element), may
 * hide an appeal the reader is looking at. A cap reached or storage lost elsewhere must not
 * pull it from under the reader; they count at the next load.
 */
export function hidesShownAppeal(reason: SuppressReason): boolean {
  return reason !== 'capped' && reason !== 'no-storage';
}
