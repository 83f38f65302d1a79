import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DAY_MS,
  decideAppeal,
  emptyRecord,
  hidesShownAppeal,
  localDay,
  type AppealInputs,
  type SuppressReason,
} from '../../packages/core/src/index.js';
import { RUNS } from './helpers.js';

const NOW = Date.UTC(2025, 5, 1, 12);
const TODAY = localDay(NOW);

/** Inputs under which the appeal shows: listed, no record, a working store, no targeting. */
const base = (): AppealInputs => ({
  now: NOW,
  listed: true,
  record: null,
  display: {
    supporter: false,
    snoozeDays: [7],
    dismissDays: 30,
    maxViews: null,
    viewWindowDays: 30,
    noStorage: 'show',
  },
  mode: 'persistent',
  reader: null,
  articles: null,
  holdout: false,
});

const record = (input: AppealInputs) => (input.record ??= emptyRecord(NOW - DAY_MS));

/** The documented precedence, first wins; each entry makes its own reason hold. */
const ORDER: Array<[SuppressReason, (input: AppealInputs) => void, number | null]> = [
  ['policy', (input) => void (input.listed = false), null],
  ['supporter', (input) => void (input.display.supporter = true), null],
  [
    'dismissed',
    (input) => void (record(input).dismissedUntil = NOW + 3 * DAY_MS),
    NOW + 3 * DAY_MS,
  ],
  ['snoozed', (input) => void (record(input).snoozedUntil = NOW + 2 * DAY_MS), NOW + 2 * DAY_MS],
  [
    'capped',
    (input) => {
      input.display.maxViews = 1;
      record(input).views = [[TODAY, 1]];
    },
    // The one view of today leaves the 30-day window on day TODAY + 30.
    null,
  ],
  [
    'no-storage',
    (input) => {
      input.mode = 'memory';
      input.display.noStorage = 'hide';
    },
    null,
  ],
  [
    'few-articles',
    (input) => {
      input.articles = { min: 3, days: 30 };
      input.reader = { v: 2, counting: true, days: [[TODAY - 1, 2]], updatedAt: TODAY };
    },
    null,
  ],
  ['holdout', (input) => void (input.holdout = true), null],
  ['outranked', (input) => void (input.ranking = 'outranked'), null],
];

const reasonOf = (input: AppealInputs) => {
  const decision = decideAppeal(input);
  return decision.show ? 'show' : decision.reason;
};

describe('decideAppeal', () => {
  it('shows when nothing suppresses it, also with the page saying show', () => {
    expect(decideAppeal(base())).to.deep.equal({ show: true });
    expect(decideAppeal({ ...base(), ranking: 'show' })).to.deep.equal({ show: true });
  });

  it('gives every reason alone, with its end', () => {
    for (const [reason, make, until] of ORDER) {
      const input = base();
      make(input);
      const decision = decideAppeal(input);
      expect(decision.show, reason).to.equal(false);
      if (decision.show) continue;
      expect(decision.reason).to.equal(reason);
      if (reason === 'capped') expect(decision.until).to.be.a('number').above(NOW);
      else expect(decision.until, reason).to.equal(until);
    }
  });

  it('lets the earlier of every pair of reasons win', () => {
    for (let i = 0; i < ORDER.length; i++) {
      for (let j = i + 1; j < ORDER.length; j++) {
        const input = base();
        ORDER[j]![1](input);
        ORDER[i]![1](input);
        expect(reasonOf(input), `${ORDER[i]![0]} over ${ORDER[j]![0]}`).to.equal(ORDER[i]![0]);
      }
    }
  });

  it('counts the reading target as met when counting is off or the count unknown', () => {
    const off = { ...base(), articles: { min: 3, days: 30 } };
    expect(reasonOf(off)).to.equal('show');
    off.reader = { v: 2, counting: false, days: [], updatedAt: TODAY };
    expect(reasonOf(off)).to.equal('show');
  });

  it('ignores the reserved schedule slot', () => {
    const input = { ...base(), schedule: { starts: NOW + DAY_MS, ends: NOW - DAY_MS } };
    expect(reasonOf(input)).to.equal('show');
  });

  it('answers with the first reason that holds, for any set of them', () => {
    fc.assert(
      fc.property(fc.subarray(ORDER.map((_, i) => i)), (chosen) => {
        const input = base();
        for (const i of chosen) ORDER[i]![1](input);
        const first = chosen.length > 0 ? ORDER[Math.min(...chosen)]![0] : 'show';
        return reasonOf(input) === first;
      }),
      { numRuns: RUNS },
    );
  });

  it('lets only capped and no-storage leave a shown appeal in place', () => {
    const kept = ORDER.map(([reason]) => reason).filter((reason) => !hidesShownAppeal(reason));
    expect(kept).to.deep.equal(['capped', 'no-storage']);
  });
});
