import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localeDirection, resolveLocale } from '../../packages/core/src/index.js';
import { RUNS, recordingWarner } from './helpers.js';

describe('resolveLocale', () => {
  const table: Array<[Array<string | null | undefined>, string, number]> = [
    [[], 'en', 0],
    [[null, undefined, ''], 'en', 0],
    [['ru'], 'ru', 0],
    [['EN-us'], 'en-US', 0],
    [['pt_BR'], 'pt-BR', 0],
    [[null, 'de', 'fr'], 'de', 0],
    [['not a tag', 'fr'], 'fr', 1],
    [['!!', '??'], 'en', 2],
    [['x'.repeat(10_000), 'es'], 'es', 1],
  ];
  for (const [candidates, expected, warningCount] of table) {
    it(`${JSON.stringify(candidates).slice(0, 60)} → ${expected}`, () => {
      const warn = recordingWarner();
      expect(resolveLocale(candidates, warn)).to.equal(expected);
      expect(warn.warnings).to.have.length(warningCount);
      for (const warning of warn.warnings) {
        expect(warning.attribute).to.equal('locale');
        expect(warning.message).to.contain(`Using "${expected}"`);
      }
    });
  }

  it('never throws and returns a canonical tag, for any strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), { nil: null })),
        (candidates) => {
          const locale = resolveLocale(candidates, () => {});
          expect(Intl.getCanonicalLocales(locale)).to.deep.equal([locale]);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('localeDirection', () => {
  const table: Array<[string, 'ltr' | 'rtl']> = [
    ['en', 'ltr'],
    ['ru', 'ltr'],
    ['ja', 'ltr'],
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['yi', 'rtl'],
    ['az-Arab', 'rtl'],
    ['sr-Latn', 'ltr'],
    ['pa-Arab', 'rtl'],
    ['not a tag', 'ltr'],
  ];
  for (const [locale, direction] of table) {
    it(`${locale} → ${direction}`, () => {
      expect(localeDirection(locale)).to.equal(direction);
    });
  }
});
