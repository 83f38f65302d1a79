import {
  articleId,
  expireReader,
  recordRead,
  sharedStore,
  type SnoozeStore,
} from '@support-kit/core';

const SCHEDULED = Symbol.for('support-kit.read-count');

/**
 * Counts this page's read, once: on a page with `<meta name="support-kit:article">` (its
 * content, else the path without query or hash) while the reader has not turned counting off.
 * On any other page it only erases what has expired (ids older than 24 hours), so nothing is
 * kept longer than promised by a reader who still visits. One store write at most.
 */
export async function countRead(
  store: SnoozeStore = sharedStore(),
  doc: Document = document,
): Promise<void> {
  const meta = doc.head?.querySelector('meta[name="support-kit:article"]') ?? null;
  const id = articleId(meta, doc.location?.pathname ?? '');
  const now = store.now();
  await store.updateReader((current) =>
    id !== null ? recordRead(current, id, now) : expireReader(current, now),
  );
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
