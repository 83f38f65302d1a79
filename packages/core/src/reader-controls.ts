/**
 * What a site (or `<support-privacy>`) offers the reader over the kit's memory on this device.
 * Both act on the page's shared store unless given another, reach the reader's other tabs
 * through it, and never reject.
 */
import { applyCounting, countReads, type ReaderRecord } from './reading.js';
import { totalViews, type CampaignRecord } from './rules.js';
import { READER_KEY, sharedStore, type SnoozeStore } from './snooze-store.js';

/**
 * Forgets every kit record on this device — snoozes, dismissals, views of every campaign, the
 * reading count — in this tab and the others; keeps only the reader's "stop counting" flag.
 */
export function forgetAll(store: SnoozeStore = sharedStore()): Promise<void> {
  return store.forgetAll();
}

/**
 * Counting on (`true`) or off. Off erases every reading count and every impression of every
 * campaign at once, in every copy (this tab's and the others'), keeping snoozes and dismissals,
 * and stores the flag; on removes the flag (counting starts again from nothing).
 */
export async function setCounting(on: boolean, store: SnoozeStore = sharedStore()): Promise<void> {
  if (!on) return store.stopCounting();
  const now = store.now();
  await store.updateReader((current) => applyCounting(current, on, now));
}

/** What the kit remembers on this device, in numbers a sentence can say. */
export interface MemorySummary {
  /** Campaigns snoozed or dismissed now. */
  hidden: number;
  /** Impressions remembered (to show an appeal less often). */
  views: number;
  /** 'on' with a count, 'off' (the opt-out flag), or null: no reading record. */
  reading: { counting: true; reads: number } | { counting: false } | null;
}

/** A summary of the store's entries (see SnoozeStore.entries) at `now`. */
export function summarizeMemory(
  entries: Map<string, CampaignRecord | ReaderRecord>,
  now: number,
): MemorySummary {
  const summary: MemorySummary = { hidden: 0, views: 0, reading: null };
  for (const [key, record] of entries) {
    if (key === READER_KEY) {
      const reader = record as ReaderRecord;
      summary.reading = reader.counting
        ? { counting: true, reads: countReads(reader, now) ?? 0 }
        : { counting: false };
    } else {
      const campaign = record as CampaignRecord;
      if ((campaign.snoozedUntil ?? 0) > now || (campaign.dismissedUntil ?? 0) > now)
        summary.hidden += 1;
      summary.views += totalViews(campaign);
    }
  }
  return summary;
}
