/**
 * What a site (or `<support-privacy>`) offers the reader over the kit's memory on this device.
 * Both act on the page's shared store unless given another, reach the reader's other tabs
 * through it, and never reject.
 */
import { applyCounting } from './reading.js';
import { sharedStore, type SnoozeStore } from './snooze-store.js';

/**
 * Forgets every kit record on this device — snoozes, dismissals, views of every campaign, the
 * reading count — in this tab and the others; keeps only the reader's "stop counting" flag.
 */
export function forgetAll(store: SnoozeStore = sharedStore()): Promise<void> {
  return store.forgetAll();
}

/**
 * Counting on (`true`) or off. Off erases the counts and recent ids at once and stores only
 * the flag; on removes the flag (counting starts again from nothing).
 */
export async function setCounting(on: boolean, store: SnoozeStore = sharedStore()): Promise<void> {
  const now = store.now();
  await store.updateReader((current) => applyCounting(current, on, now));
}
