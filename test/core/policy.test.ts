import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_DAYS,
  OPEN_POLICY,
  allowedVariant,
  campaignListed,
  createArbiter,
  parseDisplayConfig,
  parsePolicy,
  parsePriority,
  rankOf,
  refusedCheckoutOrigin,
  type Verdict,
} from '../../packages/core/src/index.js';
import { RUNS, recordingWarner } from './helpers.js';

const meta = (name: string, content: string) => ({ name: `support-kit:${name}`, content });

describe('parsePolicy', () => {
  it('without metas keeps today’s behaviour, silently', () => {
    const warn = recordingWarner();
    expect(parsePolicy([], warn)).to.deep.equal(OPEN_POLICY);
    expect(warn.warnings).to.deep.equal([]);
  });

  it('reads each meta', () => {
    const warn = recordingWarner();
    const policy = parsePolicy(
      [
        meta('checkout-origins', 'https://pay.example  https://Give.Example:8443/'),
        meta('variants', 'banner, inline'),
        meta('max-shown', '1'),
        meta('max-days', '14'),
        meta('campaigns', ' spring-2027\nautumn '),
      ],
      warn,
    );
    expect(policy).to.deep.equal({
      checkoutOrigins: ['https://pay.example', 'https://give.example:8443'],
      variants: ['inline', 'banner'],
      maxShown: 1,
      maxDays: 14,
      campaigns: ['spring-2027', 'autumn'],
    });
    expect(Object.isFrozen(policy)).to.equal(true);
    expect(warn.warnings).to.deep.equal([]);
  });

  const bad: Array<[string, string, Partial<typeof OPEN_POLICY>]> = [
    ['checkout-origins', 'pay.example', { checkoutOrigins: [] }],
    [
      'checkout-origins',
      'javascript:alert(1) https://ok.example',
      { checkoutOrigins: ['https://ok.example'] },
    ],
    ['checkout-origins', 'https://pay.example/checkout', { checkoutOrigins: [] }],
    ['checkout-origins', '', { checkoutOrigins: [] }],
    ['variants', 'popup', { variants: ['inline'] }],
    ['variants', 'modal sticky', { variants: ['inline', 'modal'] }],
    ['max-shown', '0', { maxShown: null }],
    ['max-shown', 'one', { maxShown: null }],
    ['max-shown', '1.5', { maxShown: null }],
    ['max-days', '-3', { maxDays: MAX_DAYS }],
    ['max-days', 'forever', { maxDays: MAX_DAYS }],
    ['max-days', '99999', { maxDays: MAX_DAYS }],
    ['campaigns', '', { campaigns: [] }],
    ['campaigns', 'spring spring autumn', { campaigns: ['spring', 'autumn'] }],
    ['campaigns', `spring ${'x'.repeat(101)}`, { campaigns: ['spring'] }],
    ['campaigns', 'spring a\u0007b', { campaigns: ['spring'] }],
  ];
  for (const [name, content, expected] of bad) {
    it(`${name}="${content}": one warning naming the meta and the value, then the fallback`, () => {
      const warn = recordingWarner();
      const policy = parsePolicy([meta(name, content)], warn);
      expect(policy).to.deep.include(expected);
      expect(warn.warnings).to.have.length(1);
      expect(warn.warnings[0]!.attribute).to.equal(`support-kit:${name}`);
      expect(warn.warnings[0]!.value).to.equal(content);
    });
  }

  it('reads the first copy of a meta and warns about the others', () => {
    const warn = recordingWarner();
    const policy = parsePolicy([meta('max-shown', '1'), meta('max-shown', '5')], warn);
    expect(policy.maxShown).to.equal(1);
    expect(warn.warnings.map((w) => w.value)).to.deep.equal(['5']);
  });

  it('never throws, whatever the content', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              ...['checkout-origins', 'variants', 'max-shown', 'max-days', 'campaigns'],
            ),
            fc.string(),
          ),
        ),
        (pairs) => {
          const policy = parsePolicy(
            pairs.map(([name, content]) => meta(name, content)),
            () => {},
          );
          expect(policy.maxDays).to.be.within(0, MAX_DAYS);
          expect(policy.maxShown === null || policy.maxShown >= 1).to.equal(true);
        },
      ),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('campaigns and priority', () => {
  const listed = parsePolicy([meta('campaigns', 'spring-2027 autumn')], () => {});

  it('lists the campaigns the site runs; without the meta, any campaign', () => {
    expect(campaignListed('spring-2027', listed)).to.equal(true);
    expect(campaignListed('autumn', listed)).to.equal(true);
    expect(campaignListed('evil', listed)).to.equal(false);
    expect(campaignListed('Autumn', listed)).to.equal(false);
    expect(campaignListed('anything', OPEN_POLICY)).to.equal(true);
  });

  it('ranks by list order before priority; priority only within a campaign', () => {
    expect(rankOf('spring-2027', -1000, listed)).to.be.greaterThan(rankOf('autumn', 1000, listed));
    expect(rankOf('autumn', 5, listed)).to.be.greaterThan(rankOf('autumn', 4, listed));
    expect(rankOf('x', 7, OPEN_POLICY)).to.equal(7);
  });

  const priorities: Array<[string, number, number]> = [
    ['', 0, 0],
    ['12', 12, 0],
    ['-3', -3, 0],
    ['+4', 4, 0],
    ['999999999', 1000, 1],
    ['-99999999999', -1000, 1],
    ['1e9', 0, 1],
    ['high', 0, 1],
    ['-0', 0, 0],
  ];
  for (const [text, value, warnings] of priorities) {
    it(`priority="${text}" → ${value} (${warnings} warning)`, () => {
      const warn = recordingWarner();
      expect(parsePriority(text, warn)).to.equal(value);
      expect(warn.warnings).to.have.length(warnings);
      if (warnings) expect(warn.warnings[0]!.attribute).to.equal('priority');
    });
  }
});

describe('refusedCheckoutOrigin and allowedVariant', () => {
  const policy = parsePolicy([meta('checkout-origins', 'https://pay.example')], () => {});
  const page = 'https://news.example';

  it('allows the listed origins and the page’s own, refuses the rest by origin', () => {
    expect(refusedCheckoutOrigin('https://pay.example/give?a=5', policy, page)).to.equal(null);
    expect(refusedCheckoutOrigin('https://news.example/support', policy, page)).to.equal(null);
    expect(refusedCheckoutOrigin('https://anywhere.example/x', policy, page)).to.equal(
      'https://anywhere.example',
    );
    expect(refusedCheckoutOrigin('http://pay.example/', policy, page)).to.equal(
      'http://pay.example',
    );
  });

  it('without the meta allows any', () => {
    expect(refusedCheckoutOrigin('https://anywhere.example/x', OPEN_POLICY, page)).to.equal(null);
  });

  it('falls back to inline for a variant the policy does not allow', () => {
    const only = parsePolicy([meta('variants', 'banner')], () => {});
    expect(allowedVariant('modal', only)).to.equal('inline');
    expect(allowedVariant('banner', only)).to.equal('banner');
    expect(allowedVariant('modal', OPEN_POLICY)).to.equal('modal');
  });
});

describe('parseDisplayConfig with max-days', () => {
  it('caps snooze-days and dismiss-days from markup, with one warning each', () => {
    const warn = recordingWarner();
    const config = parseDisplayConfig({ snoozeDays: '1,30', dismissDays: '3650' }, warn, 7);
    expect(config.snoozeDays).to.deep.equal([1, 7]);
    expect(config.dismissDays).to.equal(7);
    expect(warn.warnings.map((w) => w.attribute)).to.deep.equal(['snooze-days', 'dismiss-days']);
  });

  it('lowers the defaults silently', () => {
    const warn = recordingWarner();
    expect(parseDisplayConfig({}, warn, 3).dismissDays).to.equal(3);
    expect(warn.warnings).to.deep.equal([]);
  });
});

/** Runs an arbiter over appeals present at load deciding in `order`; the final verdicts. */
function run(
  maxShown: number,
  appeals: Array<{ priority: number; wants: boolean }>,
  order: number[],
  closeAt: number,
): Map<number, Verdict> {
  const arbiter = createArbiter<number>(maxShown);
  const verdicts = new Map<number, Verdict>();
  const note = (list: Array<[number, Verdict]>) => {
    for (const [id, verdict] of list) {
      // A verdict, once given, never changes: nobody shown is hidden to make room.
      if (verdicts.has(id)) expect(verdicts.get(id)).to.equal(verdict);
      verdicts.set(id, verdict);
    }
  };
  appeals.forEach((appeal, id) => arbiter.enter(id, appeal.priority, id));
  order.forEach((id, step) => {
    if (step === closeAt) note(arbiter.close());
    note(arbiter.decided(id, appeals[id]!.wants));
  });
  if (closeAt >= order.length) note(arbiter.close());
  return verdicts;
}

describe('createArbiter', () => {
  it('ranks the appeals present at load by priority, then document order', () => {
    const verdicts = run(
      1,
      [
        { priority: 0, wants: true },
        { priority: 5, wants: true },
        { priority: 5, wants: true },
      ],
      [2, 0, 1],
      0,
    );
    expect([...verdicts].sort()).to.deep.equal([
      [0, 'outranked'],
      [1, 'show'],
      [2, 'outranked'],
    ]);
  });

  it('keeps a lower rank waiting until every higher rank has decided', () => {
    const arbiter = createArbiter<string>(1);
    arbiter.enter('low', 0, 0);
    arbiter.enter('high', 1, 1);
    expect(arbiter.close()).to.deep.equal([]);
    expect(arbiter.decided('low', true)).to.deep.equal([]);
    // The higher one does not want to show (snoozed): the lower one gets the place.
    expect(arbiter.decided('high', false)).to.deep.equal([['low', 'show']]);
  });

  it('gives a late appeal a place only while one is free; a freed place goes to one after that', () => {
    const arbiter = createArbiter<string>(1);
    arbiter.enter('a', 0, 0);
    arbiter.close();
    expect(arbiter.decided('a', true)).to.deep.equal([['a', 'show']]);
    arbiter.enter('late', 9, 1);
    expect(arbiter.decided('late', true)).to.deep.equal([['late', 'outranked']]);
    // A shown appeal that hides (snoozed on this page) keeps its place.
    expect(arbiter.decided('a', false)).to.deep.equal([]);
    arbiter.enter('later', 0, 2);
    expect(arbiter.decided('later', true)).to.deep.equal([['later', 'outranked']]);
    expect(arbiter.released('a')).to.deep.equal([]);
    expect(arbiter.decided('late', true)).to.deep.equal([['late', 'outranked']]);
    arbiter.enter('last', 0, 3);
    expect(arbiter.decided('last', true)).to.deep.equal([['last', 'show']]);
  });

  it('for any appeals, priorities and completion orders: the same shown set, at most N', () => {
    const appeals = fc.array(
      fc.record({ priority: fc.integer({ min: -3, max: 3 }), wants: fc.boolean() }),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        appeals.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray([...list.keys()], { minLength: list.length }),
            fc.shuffledSubarray([...list.keys()], { minLength: list.length }),
            fc.integer({ min: 0, max: list.length }),
          ),
        ),
        (maxShown, [list, orderA, orderB, closeAt]) => {
          const shown = (verdicts: Map<number, Verdict>) =>
            [...verdicts]
              .filter(([, v]) => v === 'show')
              .map(([id]) => id)
              .sort();
          const a = run(maxShown, list, orderA, closeAt);
          const b = run(maxShown, list, orderB, 0);
          expect(shown(a)).to.deep.equal(shown(b));
          expect(shown(a).length).to.be.at.most(maxShown);
          // Every appeal that wants to show got a verdict; the expected winners are the
          // best-ranked of those.
          const expected = [...list.keys()]
            .filter((id) => list[id]!.wants)
            .sort((x, y) => list[y]!.priority - list[x]!.priority || x - y)
            .slice(0, maxShown)
            .sort();
          expect(shown(a)).to.deep.equal(expected);
          expect(a.size).to.equal(list.filter((x) => x.wants).length);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
