import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildCheckoutUrl, type CheckoutValues } from '../../packages/core/src/index.js';
import { RUNS, recordingWarner } from './helpers.js';

const BASE = 'https://news.example/articles/42';
const values: CheckoutValues = {
  amount: 5,
  currency: 'USD',
  frequency: 'monthly',
  campaign: 'spring',
  locale: 'en',
};

const build = (
  template: string | null | undefined,
  overrides: Partial<CheckoutValues> = {},
  base = BASE,
) => {
  const warn = recordingWarner();
  const url = buildCheckoutUrl(template, { ...values, ...overrides }, base, warn);
  return { url, warnings: warn.warnings };
};

describe('buildCheckoutUrl', () => {
  describe('fills and resolves', () => {
    const table: Array<[string, Partial<CheckoutValues>, string]> = [
      [
        'https://pay.example/give?amount={amount}&cur={currency}&f={frequency}&c={campaign}&l={locale}',
        {},
        'https://pay.example/give?amount=5&cur=USD&f=monthly&c=spring&l=en',
      ],
      ['/donate?a={amount}', { amount: 2.5 }, 'https://news.example/donate?a=2.5'],
      [
        'donate/{frequency}',
        { frequency: 'one-off' },
        'https://news.example/articles/donate/one-off',
      ],
      ['//pay.example/x', {}, 'https://pay.example/x'],
      ['  https://pay.example/  ', {}, 'https://pay.example/'],
      ['http://pay.example/', {}, 'http://pay.example/'],
      ['HTTPS://PAY.EXAMPLE/A', {}, 'https://pay.example/A'],
      // values are URL-encoded, so they cannot add parameters or paths
      [
        '/d?c={campaign}',
        { campaign: 'a&b=c/d?e#f g' },
        'https://news.example/d?c=a%26b%3Dc%2Fd%3Fe%23f%20g',
      ],
      ['/d?l={locale}', { locale: 'zh-Hant-TW' }, 'https://news.example/d?l=zh-Hant-TW'],
      [
        '/d?c={campaign}',
        { campaign: 'весна' },
        'https://news.example/d?c=%D0%B2%D0%B5%D1%81%D0%BD%D0%B0',
      ],
      ['/d?c={campaign}', { campaign: 'x\ud800y' }, 'https://news.example/d?c=x%EF%BF%BDy'],
      ['/d?a=1&b=2', {}, 'https://news.example/d?a=1&b=2'],
    ];
    for (const [template, overrides, expected] of table) {
      it(`${template} → ${expected}`, () => {
        const { url, warnings } = build(template, overrides);
        expect(url).to.equal(expected);
        expect(warnings).to.deep.equal([]);
      });
    }
  });

  it('produces nothing, silently, without a template', () => {
    for (const template of [null, undefined, '', '   ']) {
      expect(build(template)).to.deep.equal({ url: null, warnings: [] });
    }
  });

  it('warns about an unknown placeholder but still links', () => {
    const { url, warnings } = build('https://pay.example/?a={amout}');
    expect(url).to.equal('https://pay.example/?a={amout}');
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.message).to.contain('{amout}');
  });

  describe('refuses', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\t:alert(1)',
      'javascript:\u0085alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&#x3a alert(1)',
      '&#106;avascript:alert(1)',
      'java&Tab;script:alert(1)',
      'java&NewLine;script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/',
      'blob:https://news.example/uuid',
      'about:blank',
      'mailto:x@example.com',
      'https://' + 'a'.repeat(5000),
      '{campaign}:alert(1)',
      '{locale}:alert(1)',
    ];
    for (const template of refused) {
      it(JSON.stringify(template).slice(0, 60), () => {
        const { url, warnings } = build(template, { campaign: 'javascript', locale: 'javascript' });
        expect(url).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]!.attribute).to.equal('checkout-url');
        expect(warnings[0]!.value).to.equal(template);
      });
    }

    it('a relative or protocol-relative URL on a page that is not http(s)', () => {
      expect(build('//evil.example/x', {}, 'file:///home/reader/page.html').url).to.equal(null);
      expect(build('/donate', {}, 'about:blank').url).to.equal(null);
      expect(build('https://pay.example/', {}, 'about:blank').url).to.equal('https://pay.example/');
    });

    it('an amount that is not a number', () => {
      expect(build('/d?a={amount}', { amount: NaN }).url).to.equal(null);
      expect(build('/d?a={amount}', { amount: Infinity }).url).to.equal(null);
    });
  });

  describe('keeps values out of the path structure and the host', () => {
    const refusedWith: Array<[string, Partial<CheckoutValues>, RegExp]> = [
      ['https://pay.example/give/{campaign}/x', { campaign: '..' }, /path segment/],
      ['https://pay.example/give/{campaign}/x', { campaign: '.' }, /path segment/],
      ['/give/{campaign}', { campaign: '..' }, /path segment/],
      ['/give/.{campaign}/x', { campaign: '.' }, /path segment/],
      ['/give/%2{campaign}%2e/x', { campaign: 'e' }, /path segment/],
      ['https://{campaign}/give', { campaign: 'evil.example' }, /scheme, host or port/],
      ['https://pay.example{campaign}/', { campaign: '.evil.example' }, /scheme, host or port/],
      ['https://{campaign}.pay.example/', { campaign: 'spring' }, /scheme, host or port/],
      ['https://pay.example:{amount}/', {}, /scheme, host or port/],
      ['//{campaign}/give', { campaign: 'evil.example' }, /scheme, host or port/],
      ['http{campaign}://pay.example/', { campaign: 's' }, /scheme, host or port/],
      ['https://news.example@evil.example/', {}, /user name or password/],
      ['https://user:secret@pay.example/', {}, /user name or password/],
      ['https://{campaign}@pay.example/', {}, /user name or password/],
      ['/d?c={campaign}', { campaign: 'x'.repeat(5000) }, /once filled in it is \d+ characters/],
    ];
    for (const [template, overrides, reason] of refusedWith) {
      it(`refuses ${template} with ${JSON.stringify(overrides).slice(0, 40)}`, () => {
        const { url, warnings } = build(template, overrides);
        expect(url).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.deep.include({ attribute: 'checkout-url', value: template });
        expect(warnings[0]!.message).to.match(reason);
      });
    }

    it('encodes a percent-encoded dot-segment, and lets the template climb on its own', () => {
      expect(build('https://pay.example/give/{campaign}/x', { campaign: '%2e%2e' }).url).to.equal(
        'https://pay.example/give/%252e%252e/x',
      );
      expect(build('https://pay.example/give/{campaign}.html', { campaign: '.' }).url).to.equal(
        'https://pay.example/give/..html',
      );
      expect(build('../give/{campaign}', { campaign: 'spring' }).url).to.equal(
        'https://news.example/give/spring',
      );
      expect(build('/give?c={campaign}', { campaign: '..' }).url).to.equal(
        'https://news.example/give?c=..',
      );
    });

    it('for any values, keeps the template’s origin and path segments', () => {
      const templates = fc.constantFrom(
        'https://pay.example/give/{campaign}/{amount}?c={currency}',
        '/d/{campaign}{locale}/x?c={campaign}',
        'give/.{campaign}/{locale}',
        'https://pay.example/{campaign}',
        '/a/%2{campaign}/b',
      );
      const dotty = fc.constantFrom('.', '..', '%2e%2e', '.%2E', '%2e', 'e', '', 'x');
      const value = fc.oneof(
        dotty,
        fc.string(),
        fc.array(dotty).map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(templates, value, value, value, (template, campaign, locale, currency) => {
          const warn = recordingWarner();
          const url = buildCheckoutUrl(
            template,
            { ...values, campaign, locale, currency },
            BASE,
            warn,
          );
          if (url === null) {
            expect(warn.warnings).to.have.length(1);
            expect(warn.warnings[0]!.message).to.match(/path segment/);
            return;
          }
          const skeleton = new URL(template.replace(/\{[a-z]+\}/g, 'x'), BASE);
          const built = new URL(url);
          expect(built.origin).to.equal(skeleton.origin);
          expect(built.pathname.split('/').length).to.equal(skeleton.pathname.split('/').length);
        }),
        { numRuns: RUNS },
      );
    });
  });

  describe('properties', () => {
    const fragments = fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'data',
      'vbscript',
      'http',
      'https',
      'file',
      ':',
      '//',
      '/',
      '\\',
      '&colon;',
      '&#58;',
      '&#x3a;',
      '&Tab;',
      '\t',
      '\n',
      ' ',
      '\u0000',
      '\u00a0',
      '%3a',
      '?',
      '#',
      '{amount}',
      '{currency}',
      '{frequency}',
      '{campaign}',
      '{locale}',
      'alert(1)',
      'x',
      '.',
      '@',
    );
    const templates = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fragments);
    const anyValues = fc.record({
      amount: fc.oneof(fc.double(), fc.integer({ min: 1, max: 1000 })),
      currency: text,
      frequency: fc.constantFrom('monthly', 'one-off', 'annual') as fc.Arbitrary<
        CheckoutValues['frequency']
      >,
      campaign: text,
      locale: text,
    });
    const bases = fc.constantFrom(
      BASE,
      'http://localhost:8000/',
      'about:blank',
      'file:///a/b.html',
      'nonsense',
    );

    it('never throws, and never returns anything but an absolute http(s) URL', () => {
      fc.assert(
        fc.property(templates, anyValues, bases, (template, vals, base) => {
          const warn = recordingWarner();
          const url = buildCheckoutUrl(template, vals, base, warn);
          if (url === null) {
            expect(warn.warnings.length).to.be.at.most(1);
            return;
          }
          const parsed = new URL(url);
          expect(['http:', 'https:']).to.include(parsed.protocol);
          expect(url).to.equal(parsed.href);
          // nothing a browser might decode on the way turns it into another scheme either
          expect(url).not.to.match(/^\s*(javascript|data|vbscript)/i);
        }),
        { numRuns: RUNS },
      );
    });

    it('always puts a value back as it was when read from the query', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), (campaign) => {
          const url = buildCheckoutUrl(
            'https://pay.example/?c={campaign}',
            { ...values, campaign },
            BASE,
            () => {},
          );
          expect(new URL(url!).searchParams.get('c')).to.equal(campaign);
        }),
        { numRuns: RUNS / 2 },
      );
    });
  });
});
