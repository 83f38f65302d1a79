import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DAY_MS,
  HOUR_MS,
  MAX_VIEWS,
  applyDismiss,
  applySnooze,
  applyView,
  clearRecord,
  dayStart,
  decide,
  emptyRecord,
  forgetOldViews,
  localDay,
  normalizeRecord,
  parseDisplayConfig,
  pruneRecord,
  snoozeLengthDays,
  type CampaignRecord,
  type Decision,
  type DisplayAttributes,
  type DisplayConfig,
  type StorageMode,
} from '../../packages/core/src/index.js';
import { RUNS, recordingWarner } from './helpers.js';

const NOW = Date.UTC(2025, 5, 1, 12);
const TODAY = localDay(NOW);
/** One impression on each of the days `ages` days before today. */
const daysAgo = (...ages: number[]): Array<[number, number]> =>
  ages.map((age): [number, number] => [TODAY - age, 1]).sort((a, b) => a[0] - b[0]);
const DEFAULTS: DisplayConfig = {
  supporter: false,
  snoozeDays: [7],
  dismissDays: 30,
  maxViews: null,
  viewWindowDays: 30,
  noStorage: 'show',
};
const config = (overrides: Partial<DisplayConfig> = {}): DisplayConfig => ({
  ...DEFAULTS,
  ...overrides,
});
const record = (overrides: Partial<CampaignRecord> = {}): CampaignRecord => ({
  ...emptyRecord(NOW - DAY_MS),
  ...overrides,
});

function isValidDecision(decision: Decision): boolean {
  if (decision.action === 'show') return Object.keys(decision).length === 1;
  return (
    decision.action === 'suppress' &&
    ['snoozed', 'dismissed', 'supporter', 'capped', 'no-storage'].includes(decision.reason) &&
    (decision.until === null || Number.isFinite(decision.until))
  );
}

function isValidRecord(value: CampaignRecord): boolean {
  const time = (t: unknown) => typeof t === 'number' && Number.isFinite(t);
  const onHour = (t: number | null) => t === null || (time(t) && t % HOUR_MS === 0);
  return (
    value.version === 2 &&
    Number.isInteger(value.snoozeCount) &&
    value.snoozeCount >= 0 &&
    onHour(value.snoozedUntil) &&
    onHour(value.dismissedUntil) &&
    Array.isArray(value.views) &&
    value.views.every(
      ([day, count]) => Number.isInteger(day) && Number.isInteger(count) && count >= 1,
    ) &&
    value.views.every(([, count]) => count <= MAX_VIEWS) &&
    value.views.every(([day], i) => i === 0 || day > value.views[i - 1]![0]) &&
    Number.isInteger(value.updatedAt) &&
    value.updatedAt <= TODAY + 1
  );
}

describe('parseDisplayConfig', () => {
  const table: Array<[DisplayAttributes, Partial<DisplayConfig>, string[]]> = [
    [{}, {}, []],
    [{ supporter: true }, { supporter: true }, []],
    [{ snoozeDays: '1,7,30' }, { snoozeDays: [1, 7, 30] }, []],
    [{ snoozeDays: ' 0.5 , 2 ' }, { snoozeDays: [0.5, 2] }, []],
    [{ snoozeDays: '1,x,30' }, { snoozeDays: [1, 30] }, ['snooze-days']],
    [{ snoozeDays: '0,-1' }, { snoozeDays: [7] }, ['snooze-days', 'snooze-days']],
    [{ snoozeDays: '99999' }, { snoozeDays: [3650] }, ['snooze-days']],
    [
      { snoozeDays: Array(20).fill('1').join(',') },
      { snoozeDays: Array(12).fill(1) },
      ['snooze-days'],
    ],
    [{ dismissDays: '90' }, { dismissDays: 90 }, []],
    [{ dismissDays: 'forever' }, { dismissDays: 30 }, ['dismiss-days']],
    [{ dismissDays: '0' }, { dismissDays: 30 }, ['dismiss-days']],
    [{ maxViews: '3' }, { maxViews: 3 }, []],
    [{ maxViews: '3.5' }, { maxViews: null }, ['max-views']],
    [{ maxViews: '0' }, { maxViews: null }, ['max-views']],
    [{ maxViews: '1000000' }, { maxViews: MAX_VIEWS }, ['max-views']],
    [{ viewWindowDays: '7' }, { viewWindowDays: 7 }, []],
    [{ viewWindowDays: '-7' }, { viewWindowDays: 30 }, ['view-window-days']],
    [{ noStorage: 'hide' }, { noStorage: 'hide' }, []],
    [{ noStorage: ' HIDE ' }, { noStorage: 'hide' }, []],
    [{ noStorage: 'maybe' }, { noStorage: 'show' }, ['no-storage']],
  ];
  for (const [attrs, expected, warned] of table) {
    it(JSON.stringify(attrs).slice(0, 80), () => {
      const warn = recordingWarner();
      expect(parseDisplayConfig(attrs, warn)).to.deep.equal(config(expected));
      expect(warn.warnings.map((w) => w.attribute)).to.deep.equal(warned);
    });
  }

  it('never throws and keeps every field sane, for any strings', () => {
    const text = fc.option(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom('1', '7', '0', ',', '.', ' ', '-', 'x') }),
      ),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.record({
          supporter: fc.boolean(),
          snoozeDays: text,
          dismissDays: text,
          maxViews: text,
          viewWindowDays: text,
          noStorage: fc.oneof(text, fc.constantFrom('show', 'hide')),
        }),
        (attrs) => {
          const warn = recordingWarner();
          const parsed = parseDisplayConfig(attrs, warn);
          expect(parsed.snoozeDays.length).to.be.within(1, 12);
          for (const days of [...parsed.snoozeDays, parsed.dismissDays, parsed.viewWindowDays]) {
            expect(days > 0 && days <= 3650, String(days)).to.equal(true);
          }
          expect(
            parsed.maxViews === null || (Number.isInteger(parsed.maxViews) && parsed.maxViews >= 1),
          ).to.equal(true);
          expect(['show', 'hide']).to.include(parsed.noStorage);
          expect(warn.warnings.length).to.be.at.most(12);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('decide', () => {
  const table: Array<
    [string, CampaignRecord | null, Partial<DisplayConfig>, StorageMode, Decision]
  > = [
    ['no record', null, {}, 'persistent', { action: 'show' }],
    [
      'supporter, always first',
      record({ snoozedUntil: NOW + DAY_MS }),
      { supporter: true },
      'memory',
      { action: 'suppress', reason: 'supporter', until: null },
    ],
    [
      'snoozed',
      record({ snoozedUntil: NOW + DAY_MS }),
      {},
      'persistent',
      { action: 'suppress', reason: 'snoozed', until: NOW + DAY_MS },
    ],
    ['snooze over', record({ snoozedUntil: NOW }), {}, 'persistent', { action: 'show' }],
    [
      'dismissed before snoozed',
      record({ snoozedUntil: NOW + 2 * DAY_MS, dismissedUntil: NOW + DAY_MS }),
      {},
      'persistent',
      { action: 'suppress', reason: 'dismissed', until: NOW + DAY_MS },
    ],
    ['dismissal over', record({ dismissedUntil: NOW - 1 }), {}, 'persistent', { action: 'show' }],
    [
      'under the cap',
      record({ views: daysAgo(2, 1) }),
      { maxViews: 3 },
      'persistent',
      { action: 'show' },
    ],
    [
      'at the cap',
      record({ views: daysAgo(3, 2, 1) }),
      { maxViews: 3 },
      'persistent',
      { action: 'suppress', reason: 'capped', until: dayStart(TODAY + 27) },
    ],
    [
      'old views leave the window',
      record({ views: daysAgo(40, 31, 1) }),
      { maxViews: 2 },
      'persistent',
      { action: 'show' },
    ],
    [
      'over the cap: free when enough leave',
      record({ views: daysAgo(5, 4, 1) }),
      { maxViews: 2, viewWindowDays: 7 },
      'persistent',
      { action: 'suppress', reason: 'capped', until: dayStart(TODAY + 3) },
    ],
    ['no cap', record({ views: [[TODAY, 50]] }), {}, 'persistent', { action: 'show' }],
    [
      'no storage, hide',
      null,
      { noStorage: 'hide' },
      'memory',
      { action: 'suppress', reason: 'no-storage', until: null },
    ],
    ['no storage, show', null, {}, 'memory', { action: 'show' }],
    ['session storage is storage', null, { noStorage: 'hide' }, 'session', { action: 'show' }],
    [
      'snoozed wins over no-storage',
      record({ snoozedUntil: NOW + 1 }),
      { noStorage: 'hide' },
      'memory',
      { action: 'suppress', reason: 'snoozed', until: NOW + 1 },
    ],
  ];
  for (const [name, stored, overrides, mode, expected] of table) {
    it(name, () => {
      expect(decide(stored, config(overrides), NOW, mode)).to.deep.equal(expected);
    });
  }

  const anyTime = fc.oneof(
    fc.integer({ min: NOW - 400 * DAY_MS, max: NOW + 400 * DAY_MS }),
    fc.double(),
    fc.constantFrom(0, -1, Number.MAX_VALUE, NaN, Infinity, -Infinity),
  );
  const anyRecord = fc.option(
    fc.record({
      version: fc.constant(2 as const),
      snoozeCount: fc.oneof(fc.nat(), fc.double()),
      snoozedUntil: fc.option(anyTime, { nil: null }),
      dismissedUntil: fc.option(anyTime, { nil: null }),
      views: fc.array(
        fc.tuple(
          fc.integer({ min: TODAY - 500, max: TODAY + 500 }),
          fc.integer({ min: 1, max: 50 }),
        ),
        { maxLength: 30 },
      ),
      updatedAt: fc.integer(),
    }),
    { nil: null },
  );
  const anyConfig = fc.record({
    supporter: fc.boolean(),
    snoozeDays: fc.array(fc.double({ min: 0.01, max: 3650 }), { minLength: 1, maxLength: 12 }),
    dismissDays: fc.double({ min: 0.01, max: 3650 }),
    maxViews: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    viewWindowDays: fc.double({ min: 0.01, max: 3650 }),
    noStorage: fc.constantFrom('show' as const, 'hide' as const),
  });
  const anyMode = fc.constantFrom('persistent' as const, 'session' as const, 'memory' as const);

  it('always returns a valid decision, for any record, config and clock', () => {
    fc.assert(
      fc.property(anyRecord, anyConfig, anyTime, anyMode, (stored, cfg, now, mode) => {
        const decision = decide(stored, cfg, now, mode);
        expect(isValidDecision(decision), JSON.stringify(decision)).to.equal(true);
        if (decision.action === 'suppress' && decision.until !== null) {
          expect(decision.until > now, 'a suppression ends in the future').to.equal(true);
        }
        if (cfg.supporter)
          expect(decision).to.deep.equal({ action: 'suppress', reason: 'supporter', until: null });
      }),
      { numRuns: RUNS },
    );
  });

  it('a capped appeal shows again exactly when its until comes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (ages, maxViews) => {
          const views = daysAgo(...ages);
          const cfg = config({ maxViews });
          const decision = decide(record({ views }), cfg, NOW, 'persistent');
          if (views.length < maxViews) {
            expect(decision.action).to.equal('show');
            return;
          }
          if (decision.action !== 'suppress' || decision.until === null)
            throw new Error('expected capped until');
          expect(decide(record({ views }), cfg, decision.until - 1, 'persistent').action).to.equal(
            'suppress',
          );
          expect(decide(record({ views }), cfg, decision.until, 'persistent').action).to.equal(
            'show',
          );
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('record changes', () => {
  it('snoozeLengthDays backs off and repeats the last step', () => {
    const steps = [1, 7, 30];
    expect([1, 2, 3, 4, 10].map((n) => snoozeLengthDays(steps, n))).to.deep.equal([
      1, 7, 30, 30, 30,
    ]);
    expect(snoozeLengthDays(steps, 0)).to.equal(1);
    expect(snoozeLengthDays(steps, NaN)).to.equal(1);
    expect(snoozeLengthDays([], 3)).to.equal(7);
  });

  it('forgetOldViews drops impressions older than the window, and only those', () => {
    const snoozed = record({
      snoozedUntil: NOW + 300 * DAY_MS,
      views: daysAgo(400, 30, 29, 0),
    });
    expect(forgetOldViews(snoozed, NOW, 30)).to.deep.equal({
      ...snoozed,
      views: daysAgo(29, 0),
    });
    expect(forgetOldViews(snoozed, NOW, 365)!.views).to.have.length(3);
    const recent = record({ views: daysAgo(0) });
    expect(forgetOldViews(recent, NOW, 30)).to.equal(recent); // nothing dropped: the same record
    expect(forgetOldViews(null, NOW, 30)).to.equal(null);
  });

  it('applySnooze: the n-th snooze lasts the n-th value, with a fake clock', () => {
    let now = NOW;
    let current: CampaignRecord | null = null;
    const lengths: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      current = applySnooze(current, [1, 7, 30], now);
      lengths.push((current.snoozedUntil! - now) / DAY_MS);
      expect(decide(current, config(), now + 1, 'persistent')).to.deep.include({
        reason: 'snoozed',
      });
      now = current.snoozedUntil!; // the snooze ends; the reader snoozes again
      expect(decide(current, config(), now, 'persistent')).to.deep.equal({ action: 'show' });
    }
    expect(lengths).to.deep.equal([1, 7, 30, 30]);
    expect(current!.snoozeCount).to.equal(4);
  });

  it('snooze and dismissal ends are rounded up to the next hour, the change stamped with its day only', () => {
    const at = NOW + 17 * 60_000 + 3_001; // 12:17:03.001
    expect(applySnooze(null, [7], at)).to.deep.include({
      snoozedUntil: NOW + 7 * DAY_MS + HOUR_MS,
      updatedAt: TODAY,
    });
    expect(applyDismiss(null, 30, at)).to.deep.include({
      dismissedUntil: NOW + 30 * DAY_MS + HOUR_MS,
      updatedAt: TODAY,
    });
    expect(applyView(null, at, 30)).to.deep.include({ views: [[TODAY, 1]], updatedAt: TODAY });
  });

  it('applySnooze with explicit days, and with nonsense days', () => {
    expect(applySnooze(null, [1], NOW, 3).snoozedUntil).to.equal(NOW + 3 * DAY_MS);
    expect(applySnooze(null, [1], NOW, -3).snoozedUntil).to.equal(NOW + DAY_MS);
    expect(applySnooze(null, [1], NOW, NaN).snoozedUntil).to.equal(NOW + DAY_MS);
  });

  it('applyDismiss keeps the snooze history and hides for its own length', () => {
    const snoozed = applySnooze(null, [7], NOW);
    const dismissed = applyDismiss(snoozed, 30, NOW + 1);
    expect(dismissed).to.deep.include({
      snoozeCount: 1,
      dismissedUntil: NOW + 30 * DAY_MS + HOUR_MS,
      updatedAt: TODAY,
    });
    expect(applyDismiss(null, 0, NOW).dismissedUntil).to.equal(NOW + 30 * DAY_MS);
  });

  it('applyView counts today and prunes days outside the window', () => {
    const old = record({ views: daysAgo(40, 10) });
    expect(applyView(old, NOW, 30).views).to.deep.equal([...daysAgo(10), [TODAY, 1]]);
    expect(applyView(applyView(null, NOW, 30), NOW + 1, 30).views).to.deep.equal([[TODAY, 2]]);
    const many = record({ views: [[TODAY, MAX_VIEWS]] });
    expect(applyView(many, NOW + 1, 30).views).to.deep.equal([[TODAY, MAX_VIEWS]]);
    expect(applyView(null, NOW, 0.5)).to.deep.include({ viewDays: 1 });
  });

  it('does not change the record it was given', () => {
    const before = record({ views: daysAgo(0) });
    const copy = structuredClone(before);
    applySnooze(before, [7], NOW);
    applyDismiss(before, 30, NOW);
    applyView(before, NOW, 30);
    expect(before).to.deep.equal(copy);
  });

  it('clearRecord is null, and pruneRecord drops what has expired', () => {
    expect(clearRecord()).to.equal(null);
    const pruned = pruneRecord(
      record({
        snoozeCount: 2,
        snoozedUntil: NOW - 1,
        dismissedUntil: NOW + 1,
        views: daysAgo(4000, 31, 0),
        viewDays: 30,
      }),
      NOW,
    );
    expect(pruned).to.deep.include({
      snoozeCount: 2,
      snoozedUntil: null,
      dismissedUntil: NOW + 1,
      views: daysAgo(0),
    });
  });
});

describe('normalizeRecord', () => {
  const valid = record({
    snoozeCount: 2,
    snoozedUntil: NOW + DAY_MS,
    views: daysAgo(5, 1),
    viewDays: 30,
  });
  const table: Array<[string, unknown, CampaignRecord | null]> = [
    ['a valid record', valid, valid],
    ['its JSON', JSON.stringify(valid), valid],
    ['null', null, null],
    ['a number', 42, null],
    ['an array', [1, 2], null],
    ['a foreign object', { hello: 'world' }, null],
    ['a newer version', { ...valid, version: 3 }, null],
    ['broken JSON', '{"version":2,', null],
    [
      'an unversioned early record (migrated)',
      { snoozedUntil: NOW + DAY_MS, snoozeCount: 1 },
      {
        version: 2,
        snoozeCount: 1,
        snoozedUntil: NOW + DAY_MS,
        dismissedUntil: null,
        views: [],
        updatedAt: 0,
      },
    ],
    [
      'a version 1 record: views in ms become counts per day, times coarsened, the snooze kept',
      {
        version: 1,
        snoozeCount: 1,
        snoozedUntil: NOW + 7 * DAY_MS - 59_000,
        dismissedUntil: null,
        views: [NOW - 2 * DAY_MS, NOW - 2 * DAY_MS + 60_000, NOW - 5_000],
        updatedAt: NOW - 5_000,
      },
      {
        version: 2,
        snoozeCount: 1,
        snoozedUntil: NOW + 7 * DAY_MS,
        dismissedUntil: null,
        views: [
          [localDay(NOW - 2 * DAY_MS), 2],
          [localDay(NOW - 5_000), 1],
        ],
        viewDays: 30,
        updatedAt: localDay(NOW - 5_000),
      },
    ],
    [
      'garbage fields (repaired)',
      {
        version: 2,
        snoozeCount: -3,
        snoozedUntil: 'soon',
        dismissedUntil: NaN,
        views: 'many',
        updatedAt: null,
      },
      {
        version: 2,
        snoozeCount: 0,
        snoozedUntil: null,
        dismissedUntil: null,
        views: [],
        updatedAt: 0,
      },
    ],
    [
      'a snooze until the year 275760 (corrupt)',
      { ...valid, snoozedUntil: 8.64e15 },
      { ...valid, snoozedUntil: null },
    ],
    [
      'written in the far future (corrupt or forged: the oldest)',
      { ...valid, updatedAt: 1e308 },
      { ...valid, updatedAt: 0 },
    ],
    [
      'written two days ahead (beyond clock skew: the oldest)',
      { ...valid, updatedAt: TODAY + 2 },
      { ...valid, updatedAt: 0 },
    ],
    [
      'written a day ahead (clock skew, kept)',
      { ...valid, updatedAt: TODAY + 1 },
      { ...valid, updatedAt: TODAY + 1 },
    ],
    [
      'views from the future, garbage and unsorted',
      { ...valid, views: [[TODAY - 1, 1], [TODAY + 400, 1], 'x', [TODAY - 5, 1], [TODAY, 0]] },
      { ...valid, views: daysAgo(5, 1) },
    ],
  ];
  for (const [name, raw, expected] of table) {
    it(name, () => {
      expect(normalizeRecord(raw, NOW)).to.deep.equal(expected);
    });
  }

  it('never throws, and returns null or a valid record, for anything', () => {
    const fields = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.constant(2), fc.anything()),
        snoozeCount: fc.anything(),
        snoozedUntil: fc.oneof(fc.double(), fc.anything()),
        dismissedUntil: fc.oneof(fc.double(), fc.anything()),
        views: fc.oneof(
          fc.array(fc.oneof(fc.double(), fc.tuple(fc.integer(), fc.integer()), fc.anything())),
          fc.anything(),
        ),
        updatedAt: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fields,
          fields.map((f) => JSON.stringify(f) ?? ''),
        ),
        (raw) => {
          const normalized = normalizeRecord(raw, NOW);
          if (normalized !== null)
            expect(isValidRecord(normalized), JSON.stringify(normalized)).to.equal(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
