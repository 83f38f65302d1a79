import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PRESETS,
  FREQUENCIES,
  MAX_PRESETS,
  checkCustomAmount,
  parseAmountConfig,
  parseFrequency,
  parseTypedAmount,
  type AmountAttributes,
  type AmountConfig,
} from '../../packages/core/src/index.js';
import { RUNS, recordingWarner } from './helpers.js';

const parse = (attrs: AmountAttributes) => {
  const warn = recordingWarner();
  return { config: parseAmountConfig(attrs, warn), warnings: warn.warnings };
};

/** Every invariant AmountConfig promises; returns the first broken one, or null. */
function brokenInvariant(config: AmountConfig): string | null {
  if (config.frequencies.length === 0) return 'frequencies is empty';
  if (new Set(config.frequencies).size !== config.frequencies.length) return 'frequencies repeat';
  if (!config.frequencies.every((f) => FREQUENCIES.includes(f))) return 'unknown frequency';
  if (!config.frequencies.includes(config.frequency)) return 'frequency not offered';
  for (const frequency of FREQUENCIES) {
    const presets = config.presets[frequency];
    if (!presets || presets.length === 0) return `${frequency} presets empty`;
    if (presets.length > MAX_PRESETS) return `${frequency} has too many presets`;
    if (!presets.every((p) => Number.isFinite(p) && p > 0)) return `${frequency} has a bad preset`;
    if (!presets.every((p, i) => i === 0 || p > presets[i - 1]!))
      return `${frequency} not ascending`;
    if (!presets.includes(config.defaultAmount[frequency]))
      return `${frequency} default not a preset`;
  }
  if (!(config.minAmount > 0 && Number.isFinite(config.maxAmount))) return 'bad bounds';
  if (config.minAmount > config.maxAmount) return 'min > max';
  if (!/^[A-Z]{3}$/.test(config.currency)) return 'bad currency';
  if (Intl.getCanonicalLocales(config.locale)[0] !== config.locale) return 'locale not canonical';
  return null;
}

describe('parseAmountConfig', () => {
  it('gives the defaults for no attributes, without a warning', () => {
    const { config, warnings } = parse({});
    expect(config).to.deep.equal({
      frequencies: ['monthly'],
      frequency: 'monthly',
      presets: {
        monthly: [2, 5, 10, 25],
        'one-off': [10, 25, 50, 100],
        annual: [25, 50, 100, 250],
      },
      defaultAmount: { monthly: 5, 'one-off': 25, annual: 50 },
      minAmount: 1,
      maxAmount: 100000,
      currency: 'USD',
      locale: 'en',
    });
    expect(warnings).to.deep.equal([]);
  });

  it('shares one frozen config between callers of the same clean attributes', () => {
    const attrs = { amounts: '3,6,9', currency: 'eur', locale: 'de' };
    const first = parse(attrs).config;
    const second = parse({ ...attrs }).config;
    expect(second).to.equal(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.presets.monthly)).to.equal(true);
    expect(() => (first.presets.monthly as number[]).push(12)).to.throw(TypeError);
    expect(parse({ ...attrs, amounts: '3,6' }).config.presets.monthly).to.deep.equal([3, 6]);
  });

  it('parses attributes with problems again for every caller, so each one hears the warning', () => {
    const attrs = { amounts: '3,x,9' };
    const first = parse(attrs);
    const second = parse(attrs);
    expect(first.warnings).to.have.length(1);
    expect(second.warnings).to.deep.equal(first.warnings);
    expect(second.config).to.not.equal(first.config);
  });

  describe('amounts', () => {
    const table: Array<[string, Partial<Record<string, number[]>>, number]> = [
      // [attribute, expected presets (by frequency), number of warnings]
      ['2,5,10', { monthly: [2, 5, 10], 'one-off': [2, 5, 10], annual: [2, 5, 10] }, 0],
      [' 10 , 2,5 ', { monthly: [2, 5, 10] }, 0],
      ['2,5,10,', { monthly: [2, 5, 10] }, 0],
      ['2.5,7.50', { monthly: [2.5, 7.5] }, 0],
      ['2,x,10', { monthly: [2, 10] }, 1],
      ['2,5,5', { monthly: [2, 5] }, 1],
      ['0,-1,3', { monthly: [3] }, 2],
      ['Infinity,1e3,0x10,NaN,4', { monthly: [4] }, 4],
      ['1e400', { monthly: [2, 5, 10, 25] }, 1],
      ['1,000', { monthly: [1] }, 1], // not localized: a thousand is "1000", "000" is zero
      ['x,y', { monthly: [2, 5, 10, 25], annual: [25, 50, 100, 250] }, 2],
      [
        'monthly: 2,5,10; one-off: 10,25,50',
        { monthly: [2, 5, 10], 'one-off': [10, 25, 50], annual: [25, 50, 100, 250] },
        0,
      ],
      ['Monthly:3;ONE-TIME: 20', { monthly: [3], 'one-off': [20] }, 0],
      ['yearly: 100, 200', { annual: [100, 200], monthly: [2, 5, 10, 25] }, 0],
      ['weekly: 1,2; monthly: 3', { monthly: [3] }, 1],
      ['monthly: 3; monthly: 4', { monthly: [3] }, 1],
      ['4,8; annual: 40', { monthly: [4, 8], 'one-off': [4, 8], annual: [40] }, 0],
      ['monthly: x', { monthly: [2, 5, 10, 25] }, 1],
      [';;;', { monthly: [2, 5, 10, 25] }, 0],
    ];
    for (const [amounts, expected, warningCount] of table) {
      it(`amounts="${amounts}"`, () => {
        const { config, warnings } = parse({ amounts });
        for (const [frequency, presets] of Object.entries(expected)) {
          expect(config.presets[frequency as keyof typeof config.presets], frequency).to.deep.equal(
            presets,
          );
        }
        expect(warnings, JSON.stringify(warnings)).to.have.length(warningCount);
        for (const warning of warnings) {
          expect(warning.attribute).to.equal('amounts');
          expect(warning.value).to.equal(amounts);
        }
        expect(brokenInvariant(config)).to.equal(null);
      });
    }

    it('names the bad part and what it uses instead', () => {
      const { warnings } = parse({ amounts: '2,x' });
      expect(warnings).to.deep.equal([
        { attribute: 'amounts', value: '2,x', message: '"x" is not a number. Using 2.' },
      ]);
    });

    it('caps 10,000 presets at 12, with a handful of warnings', () => {
      const amounts = Array.from({ length: 10_000 }, (_, i) => i + 1).join(',');
      const { config, warnings } = parse({ amounts });
      expect(config.presets.monthly).to.have.length(MAX_PRESETS);
      expect(config.presets.monthly[0]).to.equal(1);
      expect(warnings.length).to.be.within(1, 6);
      expect(warnings.map((w) => w.message).join(' ')).to.match(/first 10000|first 12/);
    });

    it('warns at most six times however many bad tokens', () => {
      const { config, warnings } = parse({ amounts: Array(5000).fill('x').join(',') });
      expect(config.presets.monthly).to.deep.equal([...DEFAULT_PRESETS.monthly]);
      expect(warnings).to.have.length(6);
      expect(warnings[5]!.message).to.match(/more problems/);
    });

    it('survives a megabyte attribute', () => {
      const { config } = parse({ amounts: '9'.repeat(1_000_000) });
      expect(brokenInvariant(config)).to.equal(null);
    });
  });

  describe('frequencies and frequency', () => {
    const table: Array<[AmountAttributes, string[], string, number]> = [
      [{ frequencies: 'monthly,one-off,annual' }, ['monthly', 'one-off', 'annual'], 'monthly', 0],
      [{ frequencies: 'annual, one-off' }, ['annual', 'one-off'], 'annual', 0],
      [{ frequencies: 'one-off monthly' }, ['one-off', 'monthly'], 'monthly', 0],
      [{ frequencies: 'monthly,weekly' }, ['monthly'], 'monthly', 1],
      [{ frequencies: 'monthly,monthly' }, ['monthly'], 'monthly', 1],
      [{ frequencies: 'daily' }, ['monthly'], 'monthly', 1],
      [{ frequencies: 'monthly,annual', frequency: 'annual' }, ['monthly', 'annual'], 'annual', 0],
      [
        { frequencies: 'monthly,annual', frequency: 'one-off' },
        ['monthly', 'annual'],
        'monthly',
        1,
      ],
      [{ frequency: 'weekly' }, ['monthly'], 'monthly', 1],
      [{ frequency: 'one-off' }, ['one-off'], 'one-off', 0],
      [{ amounts: 'one-off: 5; annual: 50' }, ['one-off', 'annual'], 'one-off', 0],
      [
        { amounts: 'one-off: 5; annual: 50', frequency: 'annual' },
        ['one-off', 'annual'],
        'annual',
        0,
      ],
    ];
    for (const [attrs, frequencies, frequency, warningCount] of table) {
      it(JSON.stringify(attrs), () => {
        const { config, warnings } = parse(attrs);
        expect(config.frequencies).to.deep.equal(frequencies);
        expect(config.frequency).to.equal(frequency);
        expect(warnings, JSON.stringify(warnings)).to.have.length(warningCount);
      });
    }

    it('parseFrequency knows the aliases editors write', () => {
      expect(
        ['monthly', 'Month', ' one-off ', 'one time', 'once', 'Yearly', 'annually'].map(
          parseFrequency,
        ),
      ).to.deep.equal(['monthly', 'monthly', 'one-off', 'one-off', 'one-off', 'annual', 'annual']);
      expect(
        ['weekly', '', 'constructor', '__proto__', 'toString'].map(parseFrequency),
      ).to.deep.equal([null, null, null, null, null]);
    });
  });

  describe('default-amount', () => {
    const table: Array<[AmountAttributes, number, number]> = [
      [{}, 5, 0],
      [{ defaultAmount: '10' }, 10, 0],
      [{ defaultAmount: '10.0' }, 10, 0],
      [{ defaultAmount: '7' }, 5, 1],
      [{ defaultAmount: 'lots' }, 5, 1],
      [{ amounts: '3' }, 3, 0],
      [{ amounts: '3', defaultAmount: '3' }, 3, 0],
    ];
    for (const [attrs, expected, warningCount] of table) {
      it(JSON.stringify(attrs), () => {
        const { config, warnings } = parse(attrs);
        expect(config.defaultAmount.monthly).to.equal(expected);
        expect(warnings).to.have.length(warningCount);
        if (warningCount) expect(warnings[0]!.attribute).to.equal('default-amount');
      });
    }

    it('applies to the selected frequency only', () => {
      const { config } = parse({
        frequencies: 'monthly,annual',
        frequency: 'annual',
        defaultAmount: '250',
      });
      expect(config.defaultAmount).to.deep.equal({ monthly: 5, 'one-off': 25, annual: 250 });
    });
  });

  describe('min-amount and max-amount', () => {
    const table: Array<[AmountAttributes, number, number, string[]]> = [
      [{ minAmount: '3', maxAmount: '500' }, 3, 500, []],
      [{ minAmount: '0.5' }, 0.5, 100000, []],
      [{ minAmount: '0' }, 1, 100000, ['min-amount']],
      [{ maxAmount: 'many' }, 1, 100000, ['max-amount']],
      [{ minAmount: '50', maxAmount: '10' }, 1, 10, ['min-amount']],
      [{ minAmount: '200000' }, 1, 100000, ['min-amount']],
      [{ minAmount: '5', maxAmount: '0.5' }, 0.5, 0.5, ['min-amount']],
    ];
    for (const [attrs, min, max, warned] of table) {
      it(JSON.stringify(attrs), () => {
        const { config, warnings } = parse(attrs);
        expect([config.minAmount, config.maxAmount]).to.deep.equal([min, max]);
        expect(warnings.map((w) => w.attribute)).to.deep.equal(warned);
      });
    }
  });

  describe('currency and locale', () => {
    const table: Array<[AmountAttributes, string, string, string[]]> = [
      [{ currency: 'eur' }, 'EUR', 'en', []],
      [{ currency: ' RUB ' }, 'RUB', 'en', []],
      [{ currency: 'JPY', locale: 'ja-jp' }, 'JPY', 'ja-JP', []],
      [{ currency: 'dollars' }, 'USD', 'en', ['currency']],
      [{ currency: 'XQZ' }, 'USD', 'en', ['currency']],
      [{ currency: '€' }, 'USD', 'en', ['currency']],
      [{ locale: 'ru' }, 'USD', 'ru', []],
      [{ locale: 'en_GB' }, 'USD', 'en-GB', []],
      [{ locale: 'not a locale!' }, 'USD', 'en', ['locale']],
    ];
    for (const [attrs, currency, locale, warned] of table) {
      it(JSON.stringify(attrs), () => {
        const { config, warnings } = parse(attrs);
        expect([config.currency, config.locale]).to.deep.equal([currency, locale]);
        expect(warnings.map((w) => w.attribute)).to.deep.equal(warned);
      });
    }
  });

  describe('properties', () => {
    const frequencyWords = fc.constantFrom(
      'monthly',
      'one-off',
      'annual',
      'Monthly',
      'once',
      'yearly',
      'weekly',
      '',
      ' ',
    );
    const numberish = fc.oneof(
      fc.integer({ min: -5, max: 1_000_000 }).map(String),
      fc.double({ noNaN: false }).map(String),
      fc.constantFrom('0', '.5', '5.', '1e3', 'Infinity', 'x', '', '１', '٥'),
    );
    const list = fc.array(numberish, { maxLength: 20 }).map((xs) => xs.join(','));
    const structured = fc
      .array(fc.tuple(fc.option(frequencyWords, { nil: undefined }), list), { maxLength: 5 })
      .map((segments) =>
        segments
          .map(([name, values]) => (name === undefined ? values : `${name}: ${values}`))
          .join(';'),
      );
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('1', '2', '0', ',', ';', ':', '.', ' ', '-', 'e', 'x') }),
      structured,
    );
    const maybe = fc.option(anyText, { nil: null });
    const attributes = fc.record({
      amounts: maybe,
      frequencies: fc.oneof(
        maybe,
        fc.array(frequencyWords).map((xs) => xs.join(',')),
      ),
      frequency: fc.oneof(maybe, frequencyWords),
      defaultAmount: fc.oneof(maybe, numberish),
      minAmount: fc.oneof(maybe, numberish),
      maxAmount: fc.oneof(maybe, numberish),
      currency: fc.oneof(maybe, fc.constantFrom('USD', 'eur', 'JPY', 'XXX', 'KWD', 'usd ')),
      locale: fc.oneof(maybe, fc.constantFrom('en', 'ru', 'ar-EG', 'de-CH', 'hi', 'xx-!!')),
    });

    it('never throws and always satisfies the config invariants', () => {
      fc.assert(
        fc.property(attributes, (attrs) => {
          const warn = recordingWarner();
          const config = parseAmountConfig(attrs, warn);
          expect(brokenInvariant(config), JSON.stringify(config)).to.equal(null);
          for (const warning of warn.warnings) {
            expect(warning.message, 'a warning says something').to.have.length.above(5);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('keeps every valid preset it was given (up to the cap)', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
          (values) => {
            const { config, warnings } = parse({ amounts: values.join(',') });
            expect(config.presets.monthly).to.deep.equal([...values].sort((a, b) => a - b));
            expect(warnings).to.deep.equal([]);
          },
        ),
        { numRuns: RUNS / 2 },
      );
    });
  });
});

describe('parseTypedAmount', () => {
  const table: Array<[string, string, number | null]> = [
    ['5', 'en', 5],
    [' 12 ', 'en', 12],
    ['1,000.50', 'en', 1000.5],
    ['1,000', 'en', 1000],
    ['1,5', 'en', 1.5],
    ['2.50', 'en', 2.5],
    ['$5', 'en-US', 5],
    ['5 $', 'en-US', 5],
    ['1,00,000', 'en-IN', 100000],
    ['1 000,50', 'ru', 1000.5],
    ['1\u00a0000,50', 'ru', 1000.5],
    ['1\u202f000', 'fr', 1000],
    ['2,5', 'ru', 2.5],
    ['1.000', 'ru', 1000],
    ['1.000', 'de', 1000],
    ['1.000,5', 'de', 1000.5],
    ['1,000', 'de', 1],
    ["1'000.50", 'de-CH', 1000.5],
    ['0.500', 'ru', 0.5],
    ['.5', 'en', 0.5],
    ['5.', 'en', 5],
    ['٥٠', 'ar-EG', 50],
    ['١٬٠٠٠٫٥', 'ar-EG', 1000.5],
    ['۱۲', 'fa', 12],
    ['１０', 'ja', 10],
    ['-5', 'en', -5],
    ['−5', 'en', -5],
    ['5 €', 'de', 5],
    ['', 'en', null],
    ['   ', 'en', null],
    ['abc', 'en', null],
    ['5abc', 'en', null],
    ['1e3', 'en', null],
    ['0x10', 'en', null],
    ['Infinity', 'en', null],
    ['NaN', 'en', null],
    ['1.2.3', 'en', null],
    ['1,2,3', 'en', null],
    ['1 2', 'en', null],
    ['.', 'en', null],
    ['$', 'en', null],
    ['--5', 'en', null],
    ['1'.repeat(100), 'en', null],
  ];
  for (const [input, locale, expected] of table) {
    it(`"${input}" in ${locale} → ${expected}`, () => {
      expect(parseTypedAmount(input, locale)).to.equal(expected);
    });
  }

  it('never throws, and returns null or a finite number, for any string and locale', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({
            unit: fc.constantFrom('1', '0', '9', ',', '.', ' ', '\u00a0', "'", '-', '$', '٫'),
          }),
        ),
        fc.constantFrom('en', 'ru', 'de', 'ar-EG', 'fa', 'en-IN', 'bogus locale'),
        (input, locale) => {
          const value = parseTypedAmount(input, locale);
          expect(value === null || Number.isFinite(value)).to.equal(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads back what formatting for the locale writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('en', 'ru', 'de', 'fr', 'en-IN', 'de-CH', 'ar-EG', 'fa', 'es', 'ja'),
        (whole, cents, locale) => {
          const amount = Number(`${whole}.${String(cents).padStart(2, '0')}`);
          const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount);
          expect(parseTypedAmount(text, locale), text).to.equal(amount);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('checkCustomAmount', () => {
  const config = parseAmountConfig({ minAmount: '2', maxAmount: '1000', locale: 'ru' }, () => {});
  const table: Array<[string, ReturnType<typeof checkCustomAmount>]> = [
    ['', { ok: false, reason: 'empty' }],
    ['  ', { ok: false, reason: 'empty' }],
    ['много', { ok: false, reason: 'not-a-number' }],
    ['1,5', { ok: false, reason: 'too-small' }],
    ['-5', { ok: false, reason: 'too-small' }],
    ['0', { ok: false, reason: 'too-small' }],
    ['1 000,01', { ok: false, reason: 'too-large' }],
    ['2', { ok: true, amount: 2 }],
    ['1 000', { ok: true, amount: 1000 }],
    ['12,50', { ok: true, amount: 12.5 }],
  ];
  for (const [input, expected] of table) {
    it(`"${input}" → ${JSON.stringify(expected)}`, () => {
      expect(checkCustomAmount(input, config)).to.deep.equal(expected);
    });
  }
});
