import {
  articleId,
  expireReader,
  recordRead,
  sharedStore,
  type SnoozeStore,
} from '@support-kit/core';
import { pageHead } from '../shared/page.js';

const SCHEDULED = Symbol.for('support-kit.read-count');
/**
 * Articles this page already counted into each store, in its memory only. Nothing that names
 * an article is ever stored: a reload may count the article again.
 */
const counted = new WeakMap<SnoozeStore, Set<string>>();

/** The articles this page counted into `store` (in memory only; for tests). */
export function countedHere(store: SnoozeStore = sharedStore()): ReadonlySet<string> {
  return counted.get(store) ?? new Set();
}

/**
 * Counts this page's read, once: on a page with `<meta name="support-kit:article">` (its
 * content, else the path without query or hash) while the reader has not turned counting off;
 * the id only tells this page's memory whether it counted already. Then sweeps what has expired
 * from every record of the kit, whichever appeals are on the page.
 */
export async function countRead(
  store: SnoozeStore = sharedStore(),
  doc: Document = document,
): Promise<void> {
  // The real <head>, not what a named element in the body makes `doc.head` say: markup must
  // not make a page count as an article (and so steer a `min-articles` appeal).
  const meta = pageHead(doc)?.querySelector('meta[name="support-kit:article"]') ?? null;
  const id = articleId(meta, doc.location?.pathname ?? '');
  const now = store.now();
  const here = counted.get(store) ?? new Set<string>();
  counted.set(store, here);
  const fresh = id !== null && !here.has(id);
  // Added before the write is stored: a second count of this page while it is stored is
  // not a second read.
  if (id !== null) here.add(id);
  await store.updateReader((current) =>
    fresh ? recordRead(current, now) : expireReader(current, now),
  );
  await store.sweep();
}

/**
 * Schedules `countRead` once per page, however many kit modules (or copies of the bundle)
 * load: after `load`, at idle time, so it never delays an appeal's decision or rendering.
 */
export function scheduleReadCount(): void {
  const holder = globalThis as typeof globalThis & { [SCHEDULED]?: boolean };
  if (holder[SCHEDULED] || typeof document === 'undefined') return;
  holder[SCHEDULED] = true;
  const idle = () => {
    const run = () => void countRead().catch(() => {}); // the store never rejects; a bug must not break the page
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
