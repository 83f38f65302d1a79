// Stores for the reading-count suites: a Map for IndexedDB (the real one is shared by every
// test of the run, and the reader record has one key), two of them on one channel for two tabs.
import { SnoozeStore, localDay, type ReaderRecord } from '@support-kit/core';
import { MapBackend } from '../../stories/reading-store.js';
import { uniqueCampaign } from './support-appeal.helpers.js';

export { MapBackend };

export const NOW = new Date(2025, 5, 1, 9).getTime();

/** A page's store on `backend` (a new one each call: a reload, or another tab on `channelName`). */
export function mapStore(
  backend = new MapBackend(),
  channelName = uniqueCampaign('channel'),
  now = () => NOW,
): SnoozeStore {
  return new SnoozeStore({ backend, session: null, timeoutMs: 100, channelName, now });
}

/** A reader record with `reads` reads today. */
export function readerWith(reads: number, counting = true): ReaderRecord {
  return {
    v: 2,
    counting,
    days: counting && reads > 0 ? [[localDay(NOW), reads]] : [],
    updatedAt: localDay(NOW),
  };
}
