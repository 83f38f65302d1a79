import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  currencyAffixes,
  formatAmount,
  fullStopAfter,
  parseAmountConfig,
  startingFrom,
} from '../../packages/core/src/index.js';
import { RUNS } from './helpers.js';

/** Intl puts no-break spaces (U+00A0, U+202F) in many locales; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAmount', () => {
  const table: Array<[number, string, string, string]> = [
    [2, 'USD', 'en-US', '$2'],
    [2.5, 'USD', 'en-US', '$2.50'],
    [1000, 'USD', 'en-US', '$1,000'],
    [2, 'RUB', 'ru', '2 ₽'],
    [1500, 'EUR', 'de', '1.500 €'],
    [2.5, 'EUR', 'de', '2,50 €'],
    [500, 'JPY', 'ja', '￥500'],
    [1.234, 'KWD', 'en', 'KWD 1.234'],
    [5, 'dollars', 'en', '5 dollars'],
  ];
  for (const [amount, currency, locale, expected] of table) {
    it(`${amount} ${currency} in ${locale} → ${expected}`, () => {
      expect(plain(formatAmount(amount, currency, locale))).to.equal(expected);
    });
  }

  it('falls back to English for a locale Intl refuses', () => {
    expect(formatAmount(2, 'USD', 'not a locale!')).to.equal('$2');
  });

  it('never throws, and never shows ".00" on whole amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom('USD', 'EUR', 'RUB', 'JPY', 'GBP', 'KWD', 'INR', 'XYZ', 'bad'),
        fc.constantFrom('en', 'ru', 'de', 'ar-EG', 'hi', 'ja', 'fr', '!!'),
        (amount, currency, locale) => {
          const text = formatAmount(amount, currency, locale);
          // No fraction digits: exactly as many digits (in any script) as the whole number has.
          expect(text.match(/\p{Nd}/gu)?.length, text).to.equal(String(amount).length);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('startingFrom', () => {
  it('is the smallest preset of the selected frequency', () => {
    const config = parseAmountConfig({ amounts: 'monthly: 5,2,10; one-off: 20,50' }, () => {});
    expect(startingFrom(config)).to.equal(2);
    expect(startingFrom(config, 'one-off')).to.equal(20);
    expect(startingFrom(config, 'annual')).to.equal(25);
  });

  it('follows the selected frequency', () => {
    const config = parseAmountConfig(
      { frequencies: 'monthly,annual', frequency: 'annual' },
      () => {},
    );
    expect(startingFrom(config)).to.equal(25);
  });

  it('reads "starting from just $2" with the defaults', () => {
    const config = parseAmountConfig({}, () => {});
    expect(formatAmount(startingFrom(config), config.currency, config.locale)).to.equal('$2');
  });
});

describe('currencyAffixes', () => {
  const table: Array<[string, string, { prefix: string; suffix: string }]> = [
    ['USD', 'en-US', { prefix: '$', suffix: '' }],
    ['RUB', 'ru', { prefix: '', suffix: '₽' }],
    ['EUR', 'de', { prefix: '', suffix: '€' }],
    ['EUR', 'en-IE', { prefix: '€', suffix: '' }],
    ['GBP', 'en-GB', { prefix: '£', suffix: '' }],
  ];
  for (const [currency, locale, expected] of table) {
    it(`${currency} in ${locale}`, () => {
      expect(currencyAffixes(currency, locale)).to.deep.equal(expected);
    });
  }

  it('does not throw for a currency Intl refuses', () => {
    expect(currencyAffixes('no', 'en')).to.deep.equal({ prefix: '', suffix: 'no' });
  });
});

describe('fullStopAfter', () => {
  it('adds no second full stop after an amount that ends with one (AED, SAR in Arabic)', () => {
    for (const currency of ['AED', 'SAR']) {
      const amount = formatAmount(5, currency, 'ar');
      expect(`${amount}${fullStopAfter(amount)}`).not.to.match(/\.[\u200e\u200f]*\.$/);
      expect(fullStopAfter(amount), amount).to.equal('');
    }
  });

  it('ends the sentence after any other amount', () => {
    for (const amount of ['$2', '2 ₽', '5 $', '\u2068$5\u2069']) {
      expect(fullStopAfter(amount), amount).to.equal('.');
    }
    expect(fullStopAfter('5 د.إ.\u200f')).to.equal('');
    expect(fullStopAfter('\u20685 د.إ.\u2069')).to.equal('');
  });
});
