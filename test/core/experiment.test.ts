import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assignGroup,
  emptyRecord,
  groupSet,
  groupUntil,
  normalizeRecord,
  parseExperimentDays,
  parseGroupOverride,
  parseGroups,
  pruneGroups,
  storedGroup,
  withGroup,
  type ExperimentGroup,
  type TemplateData,
} from '../../packages/core/src/index.js';
import { seededRandom } from '../../packages/core/src/testing.js';
import { RUNS, recordingWarner } from './helpers.js';

const t = (attributes: Record<string, string>): TemplateData => Object.entries(attributes);

describe('experiment: parseGroups', () => {
  it('reads ids, weights (default 1), holdout and overrides', () => {
    const warn = recordingWarner();
    const groups = parseGroups(
      [
        t({ group: 'a' }),
        t({ group: 'b', weight: '3', amounts: '5,10', variant: 'banner' }),
        t({ group: 'off', weight: '0.5', holdout: '' }),
      ],
      warn,
    );
    expect(warn.warnings).to.deep.equal([]);
    expect(groups).to.deep.equal([
      { id: 'a', weight: 1, holdout: false, overrides: {} },
      { id: 'b', weight: 3, holdout: false, overrides: { amounts: '5,10', variant: 'banner' } },
      { id: 'off', weight: 0.5, holdout: true, overrides: {} },
    ]);
  });

  const bad: Array<[string, TemplateData[], string[]]> = [
    ['no templates', [], ['experiment']],
    ['duplicate ids', [t({ group: 'a' }), t({ group: 'a' })], ['group']],
    ['a missing id', [t({ weight: '2' })], ['group']],
    [
      'a bad weight',
      [t({ group: 'a', weight: 'lots' }), t({ group: 'b', weight: '-1' })],
      ['weight', 'weight'],
    ],
    ['all weights 0', [t({ group: 'a', weight: '0' })], ['weight']],
    ['an unknown attribute', [t({ group: 'a', onclick: 'x()' })], ['onclick']],
  ];
  for (const [name, templates, attributes] of bad) {
    it(`turns the experiment off, with one warning per problem: ${name}`, () => {
      const warn = recordingWarner();
      expect(parseGroups(templates, warn, 'exp')).to.equal(null);
      expect(warn.warnings.map((w) => w.attribute)).to.deep.equal(attributes);
    });
  }

  it('never throws and returns null or valid groups for any attributes (property)', () => {
    const attr = fc.tuple(
      fc.constantFrom('group', 'weight', 'holdout', 'amounts', 'variant', 'x', 'style'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(attr, { maxLength: 4 }), { maxLength: 5 }), (templates) => {
        const groups = parseGroups(templates, () => {});
        if (groups === null) return;
        expect(groups.length).to.be.greaterThan(0);
        expect(new Set(groups.map((g) => g.id)).size).to.equal(groups.length);
        expect(groups.some((g) => g.weight > 0)).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

const groupsOf = (weights: number[]): ExperimentGroup[] =>
  weights.map((weight, i) => ({ id: `g${i}`, weight, holdout: false, overrides: {} }));

describe('experiment: assignGroup', () => {
  it('keeps a stored group while it exists', () => {
    const groups = groupsOf([1, 1]);
    expect(assignGroup(groups, 'g1', () => 0)).to.deep.equal({ group: groups[1], fresh: false });
  });

  it('reassigns a reader whose group was removed, by weight', () => {
    const groups = groupsOf([0, 1]);
    expect(assignGroup(groups, 'gone', () => 0)).to.deep.equal({ group: groups[1], fresh: true });
  });

  it('splits 10,000 readers by weight within tolerance (statistical)', () => {
    const weights = [1, 2, 7];
    const groups = groupsOf(weights);
    const random = seededRandom(42);
    const counts = [0, 0, 0];
    const n = 10_000;
    for (let i = 0; i < n; i++) {
      const { group } = assignGroup(groups, null, random);
      counts[Number(group.id.slice(1))]! += 1;
    }
    // Within 4 standard deviations of the expected share: fails by chance < 1 in 10,000.
    weights.forEach((weight, i) => {
      const p = weight / 10;
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[i]! - n * p), `group ${i}: ${counts[i]}`).to.be.lessThan(4 * sd);
    });
  });

  it('gives one of the existing groups and never changes it while it exists (property)', () => {
    const weights = fc.array(
      fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(
        weights.filter((w) => w.some((x) => x > 0)),
        fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('g0', 'g1', 'g5'))),
        fc.oneof(fc.double(), fc.constant(1), fc.constant(NaN), fc.double({ min: 0, max: 0.999 })),
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 5 }),
        (w, stored, first, later) => {
          const groups = groupsOf(w);
          const { group } = assignGroup(groups, stored, () => first);
          expect(groups).to.include(group);
          if (groups.some((g) => g.id === stored)) expect(group.id).to.equal(stored);
          else expect(group.weight).to.be.greaterThan(0);
          for (const r of later)
            expect(assignGroup(groups, group.id, () => r).group).to.equal(group);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('experiment: parseGroupOverride', () => {
  const groups = groupsOf([1, 1]);
  it('previews the named group of this experiment', () => {
    const warn = recordingWarner();
    expect(
      parseGroupOverride('?a=1&support-group=other:g0&support-group=exp:g1', 'exp', groups, warn),
    ).to.equal(groups[1]);
    expect(warn.warnings).to.deep.equal([]);
  });
  it('warns about an id the experiment lacks and assigns as usual', () => {
    const warn = recordingWarner();
    expect(parseGroupOverride('?support-group=exp:nope', 'exp', groups, warn)).to.equal(null);
    expect(warn.warnings.map((w) => [w.attribute, w.value])).to.deep.equal([
      ['support-group', 'exp:nope'],
    ]);
  });
  it('ignores other experiments', () => {
    expect(parseGroupOverride('?support-group=b:g0', 'exp', groups, () => {})).to.equal(null);
  });
});

describe('experiment: stored assignment', () => {
  const HOUR = 60 * 60 * 1000;
  const groups = parseGroups([t({ group: 'a' }), t({ group: 'b', weight: '2' })], () => {})!;
  const set = groupSet(groups);
  const entry = (group: string, until: number, of = set) => ({ group, set: of, until });

  it('survives a round trip through storage with the campaign record, for its group set', () => {
    const record = withGroup(emptyRecord(1000), 'exp', entry('b', 5 * HOUR), 1000);
    const read = normalizeRecord(JSON.parse(JSON.stringify(record)), 2000);
    expect(storedGroup(read, 'exp', set, 2000)).to.equal('b');
    expect(storedGroup(read, 'other', set, 2000)).to.equal(null);
  });

  it('holds only for the same group set: names, weights and holdout, in any order', () => {
    const same = parseGroups([t({ group: 'b', weight: '2' }), t({ group: 'a' })], () => {})!;
    expect(groupSet(same)).to.equal(set);
    const variants = [
      [t({ group: 'a' })],
      [t({ group: 'a' }), t({ group: 'b' })],
      [t({ group: 'a', holdout: '' }), t({ group: 'b', weight: '2' })],
      [t({ group: 'a' }), t({ group: 'b', weight: '2' }), t({ group: 'c' })],
    ];
    for (const templates of variants) {
      const other = groupSet(parseGroups(templates, () => {})!);
      expect(other).to.not.equal(set);
      const record = withGroup(emptyRecord(0), 'exp', entry('a', 5 * HOUR, other), 0);
      expect(storedGroup(record, 'exp', set, 1)).to.equal(null);
    }
  });

  it('expires: an end rounded up to the next whole hour, then dropped', () => {
    const now = Date.UTC(2026, 0, 1, 10, 17, 5);
    expect(groupUntil(now, 90)).to.equal(Date.UTC(2026, 3, 1, 11));
    expect(groupUntil(Date.UTC(2026, 0, 1, 10), 1)).to.equal(Date.UTC(2026, 0, 2, 10));
    const record = withGroup(emptyRecord(now), 'exp', entry('a', groupUntil(now, 1)), now);
    expect(storedGroup(record, 'exp', set, now + 23 * HOUR)).to.equal('a');
    expect(storedGroup(record, 'exp', set, now + 25 * HOUR)).to.equal(null);
    expect(pruneGroups(record.groups, now + 25 * HOUR)).to.equal(undefined);
  });

  it('drops garbage, legacy bare ids and ends more than ten years away', () => {
    const now = 1e12;
    const read = normalizeRecord(
      {
        version: 1,
        views: [],
        groups: {
          legacy: 'control',
          number: 5,
          ok: entry('a', now + HOUR),
          far: entry('a', now + 3652 * 24 * HOUR),
          past: entry('a', now - 1),
          badSet: { group: 'a', set: 7, until: now + HOUR },
        },
      },
      now,
    );
    expect(read?.groups).to.deep.equal({ ok: entry('a', now + HOUR) });
    expect(normalizeRecord({ version: 1, views: [], groups: 'x' }, 1)).to.not.have.property(
      'groups',
    );
  });

  it('pruneGroups never throws and keeps only live, well-formed entries (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 0, max: 2 ** 45 }), (value, now) => {
        const kept = pruneGroups(value, now);
        for (const kept1 of Object.values(kept ?? {})) {
          expect(kept1.until).to.be.greaterThan(now);
          expect(kept1.group).to.be.a('string');
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('experiment-days: default 90, capped by max-days, bad values warned', () => {
    const warn = recordingWarner();
    expect(parseExperimentDays(null, 3650, warn)).to.equal(90);
    expect(parseExperimentDays('30', 3650, warn)).to.equal(30);
    expect(warn.warnings).to.deep.equal([]);
    expect(parseExperimentDays('400', 14, warn)).to.equal(14);
    expect(parseExperimentDays('soon', 3650, warn)).to.equal(90);
    expect(parseExperimentDays('99999', 3650, warn)).to.equal(3650);
    expect(warn.warnings.map((w) => [w.attribute, w.value])).to.deep.equal([
      ['experiment-days', '400'],
      ['experiment-days', 'soon'],
      ['experiment-days', '99999'],
    ]);
  });
});
