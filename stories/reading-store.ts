/**
 * Seeded in-memory stores for the reading-count stories: each story starts from the stored
 * state it names (reads counted, a snooze, counting off), never from the real IndexedDB of the
 * Storybook browser, and with a fixed clock, so it looks the same on every run.
 */
import {
  MAX_PER_DAY,
  READER_KEY,
  SnoozeStore,
  applySnooze,
  localDay,
  type KeyValueBackend,
  type ReaderRecord,
} from '@support-kit/core';

/** The stories' "now": 1 June 2025, 09:00 local time. */
export const STORY_NOW = new Date(2025, 5, 1, 9).getTime();

/**
 * IndexedDB stand-in: a Map, with keys() as localforage has it. Stories fill it before any
 * element reads it; the reading-count tests use it too (test/elements/reading.helpers.ts).
 */
export class MapBackend implements KeyValueBackend {
  readonly data = new Map<string, unknown>();
  async getItem(key: string) {
    return structuredClone(this.data.get(key) ?? null);
  }
  async setItem(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async removeItem(key: string) {
    this.data.delete(key);
  }
  async keys() {
    return [...this.data.keys()];
  }
  /** As deleting the database: nothing is left. */
  async drop() {
    this.data.clear();
  }
}

export interface SeededState {
  /** Reads counted on this device in the last year (spread over the last days). */
  reads?: number;
  /** The reader turned counting off (then no reads are kept). */
  countingOff?: boolean;
  /** Campaigns the reader snoozed ("Remind me later") just now. */
  snoozed?: string[];
}

let stores = 0;

/** A store holding exactly `state`, on its own channel (stories never hear each other). */
export function seededStore(state: SeededState = {}): SnoozeStore {
  const backend = new MapBackend();
  const today = localDay(STORY_NOW);
  if (state.countingOff || state.reads) {
    const reads = state.countingOff ? 0 : (state.reads ?? 0);
    // Most reads on earlier days, a few today: as a regular reader's count looks.
    const todays = Math.min(reads, 2);
    const days: Array<[number, number]> = [];
    // Earlier reads on as many days as the daily cap needs: 1,234 reads show as 1,234.
    for (let left = reads - todays, day = today - 3; left > 0; day -= 1) {
      days.unshift([day, Math.min(left, MAX_PER_DAY)]);
      left -= MAX_PER_DAY;
    }
    if (todays > 0) days.push([today, todays]);
    const record: ReaderRecord = {
      v: 2,
      counting: !state.countingOff,
      days,
      updatedAt: today,
    };
    backend.data.set(READER_KEY, record);
  }
  for (const campaign of state.snoozed ?? []) {
    backend.data.set(campaign, applySnooze(null, [7], STORY_NOW - 60_000));
  }
  stores += 1;
  return new SnoozeStore({
    backend,
    session: null,
    channelName: `support-kit-story-${stores}`,
    now: () => STORY_NOW,
  });
}
