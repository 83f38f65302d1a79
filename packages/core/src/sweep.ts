/**
 * What the kit keeps of a record when it sweeps, and when the reader asks it to stop counting:
 * pure functions over both kinds of record, which the store applies to every copy it can
 * reach (IndexedDB, this tab's sessionStorage, other tabs' copies through their own stores).
 */
import { pruneGroups } from './experiment.js';
import { emptyReader, type ReaderRecord } from './reading.js';
import { isEmptyRecord, pruneRecord, withoutViews, type CampaignRecord } from './rules.js';

/**
 * A campaign's record without what has expired at `now` — snooze and dismissal ends, impressions
 * past the record's window, experiment assignments past their end — or null when nothing is left.
 */
export function sweepRecord(record: CampaignRecord, now: number): CampaignRecord | null {
  const pruned = pruneRecord(record, now);
  const groups = pruneGroups(pruned.groups, now);
  const swept: CampaignRecord = { ...pruned };
  delete swept.groups;
  if (groups) swept.groups = groups;
  return isEmptyRecord(swept) ? null : swept;
}

/**
 * What "Stop counting" leaves of a record: of a campaign, its snoozes, dismissals and
 * assignments without any impression (null when nothing else is left); of the reader record,
 * only the opt-out flag.
 */
export function stopCountingRecord(
  record: CampaignRecord | ReaderRecord,
  isReader: boolean,
  now: number,
): CampaignRecord | ReaderRecord | null {
  if (isReader) return emptyReader(now, false);
  const kept = withoutViews(record as CampaignRecord);
  return isEmptyRecord(kept) ? null : kept;
}

/** What "Forget all of it" leaves of a record: only the reader's opt-out flag, if set. */
export function forgetRecord(
  record: CampaignRecord | ReaderRecord,
  isReader: boolean,
  now: number,
): ReaderRecord | null {
  return isReader && (record as ReaderRecord).counting === false ? emptyReader(now, false) : null;
}
