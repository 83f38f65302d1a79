import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DAY_MS,
  MAX_READING_DAYS,
  applyCounting,
  articleId,
  countReads,
  expireReader,
  forgetReader,
  localDay,
  normalizeReader,
  pruneReader,
  recordRead,
  type ReaderRecord,
} from '../../packages/core/src/index.js';
import { RUNS } from './helpers.js';

const HOUR = 3_600_000;
/** UTC days: the tests' calendar does not depend on the machine's time zone. */
const utcDay = (time: number) => Math.floor(time / DAY_MS);
const T0 = Date.UTC(2025, 5, 1, 8); // 08:00 UTC
/** One page view of an article; the article itself never reaches the record. */
const read = (record: ReaderRecord | null, _id: string, now: number) =>
  recordRead(record, now, utcDay);

describe('reading count (core)', () => {
  it('counts every page read per day; nothing says which article', () => {
    let record = read(null, '/secret-article', T0);
    record = read(record, '/b', T0 + 2 * HOUR);
    expect(countReads(record, T0 + 2 * HOUR, 365, utcDay)).to.equal(2);
    record = read(record, '/a', T0 + DAY_MS);
    expect(countReads(record, T0 + DAY_MS, 365, utcDay)).to.equal(3);
    expect(record).to.deep.equal({
      v: 2,
      counting: true,
      days: [
        [utcDay(T0), 2],
        [utcDay(T0) + 1, 1],
      ],
      updatedAt: utcDay(T0) + 1,
    });
    expect(JSON.stringify(record)).not.to.contain('secret');
  });

  it('expireReader returns the same record when nothing expired (no write)', () => {
    const record = read(null, '/a', T0);
    expect(expireReader(record, T0 + HOUR)).to.equal(record);
    expect(expireReader(null, T0)).to.equal(null);
  });

  it('keeps counts for 400 days, and counts only the window asked for', () => {
    let record = read(null, '/a', T0);
    record = read(record, '/a', T0 + 100 * DAY_MS);
    expect(countReads(record, T0 + 100 * DAY_MS, 365, utcDay)).to.equal(2);
    expect(countReads(record, T0 + 100 * DAY_MS, 30, utcDay)).to.equal(1);
    expect(countReads(record, T0 + 399 * DAY_MS, 400, utcDay)).to.equal(2);
    const pruned = pruneReader(record, T0 + MAX_READING_DAYS * DAY_MS, utcDay);
    expect(pruned.days).to.deep.equal([[utcDay(T0) + 100, 1]]);
  });

  it('counting off: nothing counted, count unknown; on again starts from nothing', () => {
    const off = applyCounting(read(null, '/a', T0), false, T0)!;
    expect(off).to.deep.include({ counting: false, days: [] });
    expect(read(off, '/b', T0 + HOUR)).to.equal(off);
    expect(countReads(off, T0, 365, utcDay)).to.equal(null);
    expect(applyCounting(off, true, T0)).to.equal(null);
    expect(countReads(null, T0)).to.equal(null);
  });

  it('forgetting keeps only the opt-out flag', () => {
    expect(forgetReader(read(null, '/a', T0), T0)).to.equal(null);
    const off = applyCounting(null, false, T0);
    expect(forgetReader(off, T0 + 1)).to.deep.include({ counting: false, days: [] });
  });

  it('the local calendar day follows the local date', () => {
    const noon = new Date(2025, 0, 15, 12).getTime();
    const late = new Date(2025, 0, 15, 23, 59).getTime();
    const next = new Date(2025, 0, 16, 0, 1).getTime();
    expect(localDay(noon)).to.equal(localDay(late));
    expect(localDay(next)).to.equal(localDay(late) + 1);
  });

  it('article id: the meta content, else the path; no meta, no id', () => {
    const meta = (content: string | null) => ({ getAttribute: () => content });
    expect(articleId(meta('42'), '/p')).to.equal('42');
    expect(articleId(meta(''), '/p')).to.equal('/p');
    expect(articleId(meta(null), '/p')).to.equal('/p');
    expect(articleId(null, '/p')).to.equal(null);
  });

  it('normalizeReader refuses garbage, cleans a half-corrupt record and migrates version 1 (hashes, salt and the time dropped)', () => {
    for (const raw of [null, 1, 'x', '{', [], { v: 3 }])
      expect(normalizeReader(raw, T0)).to.equal(null);
    const record = normalizeReader(
      {
        v: 1,
        counting: true,
        days: [
          [5, 2],
          ['x', 1],
          [3, -1],
        ],
        recent: [
          ['h', T0],
          [1, 2],
        ],
        salt: 'pepper',
        updatedAt: T0,
      },
      T0,
    )!;
    expect(record).to.deep.equal({ v: 2, counting: true, days: [[5, 2]], updatedAt: localDay(T0) });
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = normalizeReader(raw, T0);
        return (
          result === null ||
          (result.v === 2 &&
            Array.isArray(result.days) &&
            Object.keys(result).sort().join() === 'counting,days,updatedAt,v')
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('property: for any reads and clock moves, the count equals the page reads in the window', () => {
    const step = fc.oneof(
      fc.record({ read: fc.integer({ min: 0, max: 4 }) }),
      fc.record({
        wait: fc.oneof(
          fc.integer({ min: 0, max: 3 * DAY_MS }),
          fc.integer({ min: 0, max: 500 * DAY_MS }),
        ),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.integer({ min: 1, max: 400 }),
        (steps, days) => {
          let now = T0;
          let record: ReaderRecord | null = null;
          const reads: number[] = [];
          for (const each of steps) {
            if ('wait' in each) now += each.wait;
            else {
              record = read(record, `/article-${each.read}`, now);
              reads.push(utcDay(now));
            }
          }
          const today = utcDay(now);
          const expected = reads.filter((day) => day > today - days && day <= today).length;
          const counted = record
            ? countReads(pruneReader(record, now, utcDay), now, days, utcDay)
            : 0;
          return (
            counted === expected &&
            (!record ||
              record.updatedAt === utcDay(now) ||
              reads.length === 0 ||
              record.updatedAt <= today)
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
