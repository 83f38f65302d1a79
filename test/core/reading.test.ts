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
  hashArticle,
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
const read = (record: ReaderRecord | null, id: string, now: number) =>
  recordRead(record, id, now, utcDay);

describe('reading count (core)', () => {
  it('counts an article once per day, and again the next day', () => {
    let record = read(null, '/a', T0);
    record = read(record, '/a', T0 + HOUR);
    record = read(record, '/b', T0 + 2 * HOUR);
    expect(countReads(record, T0 + 2 * HOUR, 365, utcDay)).to.equal(2);
    record = read(record, '/a', T0 + DAY_MS);
    expect(countReads(record, T0 + DAY_MS, 365, utcDay)).to.equal(3);
    expect(record.days).to.deep.equal([
      [utcDay(T0), 2],
      [utcDay(T0) + 1, 1],
    ]);
  });

  it('keeps article ids 24 hours at most, hashed, never in clear', () => {
    let record = read(null, '/secret-article', T0);
    expect(JSON.stringify(record)).not.to.contain('secret');
    expect(record.recent).to.have.length(1);
    record = read(record, '/b', T0 + 23 * HOUR);
    expect(record.recent).to.have.length(2);
    record = pruneReader(record, T0 + 24 * HOUR, utcDay);
    expect(record.recent.map(([, at]) => at)).to.deep.equal([T0 + 23 * HOUR]);
    expect(expireReader(record, T0 + 48 * HOUR)!.recent).to.deep.equal([]);
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
    expect(off).to.deep.include({ counting: false, days: [], recent: [] });
    expect(read(off, '/b', T0 + HOUR)).to.equal(off);
    expect(countReads(off, T0, 365, utcDay)).to.equal(null);
    expect(applyCounting(off, true, T0)).to.equal(null);
    expect(countReads(null, T0)).to.equal(null);
  });

  it('forgetting keeps only the opt-out flag', () => {
    expect(forgetReader(read(null, '/a', T0), T0)).to.equal(null);
    const off = applyCounting(null, false, T0);
    expect(forgetReader(off, T0 + 1)).to.deep.include({ counting: false, days: [], recent: [] });
  });

  it('the local calendar day follows the local date', () => {
    const noon = new Date(2025, 0, 15, 12).getTime();
    const late = new Date(2025, 0, 15, 23, 59).getTime();
    const next = new Date(2025, 0, 16, 0, 1).getTime();
    expect(localDay(noon)).to.equal(localDay(late));
    expect(localDay(next)).to.equal(localDay(late) + 1);
  });

  it('salted hashes differ per salt', () => {
    expect(hashArticle('/a', 'x')).to.equal(hashArticle('/a', 'x'));
    expect(hashArticle('/a', 'x')).not.to.equal(hashArticle('/a', 'y'));
  });

  it('article id: the meta content, else the path; no meta, no id', () => {
    const meta = (content: string | null) => ({ getAttribute: () => content });
    expect(articleId(meta('42'), '/p')).to.equal('42');
    expect(articleId(meta(''), '/p')).to.equal('/p');
    expect(articleId(meta(null), '/p')).to.equal('/p');
    expect(articleId(null, '/p')).to.equal(null);
  });

  it('normalizeReader refuses garbage and cleans a half-corrupt record', () => {
    for (const raw of [null, 1, 'x', '{', [], { v: 2 }])
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
        salt: 7,
      },
      T0,
    )!;
    expect(record.days).to.deep.equal([[5, 2]]);
    expect(record.recent).to.deep.equal([['h', T0]]);
    expect(record.salt).to.be.a('string');
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = normalizeReader(raw, T0);
        return result === null || (result.v === 1 && Array.isArray(result.days));
      }),
      { numRuns: RUNS },
    );
  });

  it('property: for any reads and clock moves, no id older than 24 h is kept and the count equals the distinct (article, day) pairs in the window', () => {
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
          const pairs = new Set<string>();
          for (const each of steps) {
            if ('wait' in each) now += each.wait;
            else {
              record = read(record, `/article-${each.read}`, now);
              pairs.add(`${each.read}@${utcDay(now)}`);
            }
            if (record) {
              const stored = pruneReader(record, now, utcDay);
              if (stored.recent.some(([, at]) => now - at >= 24 * HOUR)) return false;
              if (record.recent.some(([, at]) => at > now)) return false;
            }
          }
          const today = utcDay(now);
          const expected = [...pairs].filter((pair) => {
            const day = Number(pair.split('@')[1]);
            return day > today - days && day <= today;
          }).length;
          const counted = record
            ? countReads(pruneReader(record, now, utcDay), now, days, utcDay)
            : 0;
          return counted === expected;
        },
      ),
      { numRuns: RUNS },
    );
  });
});
