// @ts-check
/** Nearest-rank quantile. @param {number[]} values @param {number} q 0..1 */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return /** @type {number} */ (sorted[rank - 1]);
}
/** The middle value (the mean of the two middle ones for an even count). @param {number[]} values */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : /** @type {number} */ (sorted[mid - 1] + /** @type {number} */ (sorted[mid])) / 2;
}
/** @param {number[]} values */
export const p95 = (values) => quantile(values, 0.95);
