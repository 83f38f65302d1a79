/**
 * Times as coarse as the kit stores them. Nothing the kit keeps says when the reader visited
 * to finer than a local calendar day; the end of a snooze or dismissal, which must be a moment,
 * is rounded up to the next whole hour, so it does not give away the minute it was chosen.
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** The reader's local calendar day, as a number of days since 1970-01-01. */
export function localDay(now: number): number {
  const date = new Date(now);
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The epoch ms at which local day `day` (see localDay) begins. */
export function dayStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()).getTime();
}

/** `time` rounded up to the next whole hour (unchanged when it is one). */
export function ceilHour(time: number): number {
  return Math.ceil(time / HOUR_MS) * HOUR_MS;
}

/**
 * A stored "updated" stamp as a day number. Records of earlier versions (and callers that pass
 * a time) hold epoch ms: anything above ten million is a time, not a day (day ten million is in
 * the year 29349), and becomes its local day.
 */
export function asDay(value: number): number {
  return value > 10_000_000 ? localDay(value) : Math.floor(value);
}
