/**
 * What the drop-in bundle (the file a site serves) can reach, read from its text: the claims of
 * SECURITY.md — no network, no cookies, no eval, one HTML sink (Lit's template, through its
 * Trusted Types policy) — checked on the artifact itself, not only on the paths a test clicks.
 * (The CSP tests add the behavioural proof: under `default-src 'none'` any request would be a
 * violation.)
 */
import { expect } from '@open-wc/testing';
import { openFixture, whenDefined } from './frame.helpers.js';

const count = (text: string, needle: RegExp) => (text.match(needle) ?? []).length;

describe('the drop-in bundle', () => {
  let code = '';
  before(async () => {
    const response = await fetch('/__support-kit__/support-kit.js');
    expect(response.ok).to.equal(true);
    code = await response.text();
    expect(code.length).to.be.above(10_000);
  });

  it('makes no network request and touches no cookie', () => {
    for (const api of [
      /\bfetch\(/,
      /XMLHttpRequest/,
      /sendBeacon/,
      /\bWebSocket\b/,
      /\bEventSource\b/,
      /\bcookie\b/,
      /\bimportScripts\b/,
      /\bnew Image\b/,
      /\bimport\(/,
    ]) {
      expect(count(code, new RegExp(api, 'g')), String(api)).to.equal(0);
    }
  });

  it("ships its elements' styles minified: no comment but the licence notice", () => {
    // The styles start with the shared ${defaultColours}; minify-css.mjs minifies around it.
    // (The test server re-prints the bundle, adding esbuild's @__PURE__ annotations.)
    expect(count(code, /\/\*(?!!| @__PURE__ \*\/)/g)).to.equal(0);
    expect(code).not.to.match(/\{\n\s+display:/);
  });

  it('evaluates no strings as code', () => {
    expect(count(code, /\beval\(/g)).to.equal(0);
    expect(count(code, /\bFunction\(/g)).to.equal(0);
    expect(count(code, /setTimeout\(\s*["'`]/g)).to.equal(0);
  });

  it('uses localStorage only for the cross-tab message and to erase, never as a store', () => {
    // The snooze state lives in IndexedDB (then sessionStorage, then memory): localforage's
    // localStorage driver, which would also probe localStorage while the bundle loads, is
    // not in it. What is left: the message to other tabs where BroadcastChannel is missing
    // (written, then removed at once: other tabs got their event), and the two erases —
    // "Forget all of it" and "Stop counting" remove any kit key an older version left there.
    expect(count(code, /\.localStorage\b/g)).to.equal(3);
    expect(code).to.match(/\.setItem\(/);
    expect(code).to.match(/\.removeItem\(/);
  });

  it('holds none of the test seams of @support-kit/core/testing and @support-kit/elements/testing', () => {
    // seededRandom's mulberry32 step, in either of the forms a minifier prints it.
    expect(/1831565813|0x6d2b79f5/i.test(code), 'seededRandom').to.equal(false);
    // setImpressionDwell: the bundle only reads the dwell, never sets it.
    expect(/\.dwellMs\s*=(?!=)/.test(code), 'setImpressionDwell').to.equal(false);
  });

  it("has one HTML sink, Lit's template element, behind its Trusted Types policy", () => {
    expect(count(code, /\.innerHTML\s*=/g)).to.equal(1);
    expect(
      count(code, /outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/g),
    ).to.equal(0);
    expect(count(code, /createPolicy\(/g)).to.equal(1);
    expect(code).to.match(/createPolicy\("lit-html"/);
  });
});

describe("the drop-in's warnings", () => {
  /** The warnings a bad `currency` on a new <support-amounts> gives in a page with `kit`. */
  async function currencyWarnings(kit: string): Promise<string[]> {
    const page = await openFixture('/test/security/fixtures/appeal.html', { kits: [kit] });
    try {
      await whenDefined(page, 'support-amounts');
      const amounts = page.doc.createElement('support-amounts');
      amounts.setAttribute('currency', 'xyz');
      page.doc.querySelector('main')!.append(amounts);
      await (amounts as Element & { updateComplete: Promise<unknown> }).updateComplete;
      return page.harness.warnings.filter((warning) => warning.includes('currency'));
    } finally {
      page.close();
    }
  }

  it('support-kit.js names the element, the attribute and the value, without the explanation', async () => {
    expect(await currencyWarnings('bundle')).to.deep.equal([
      '<support-amounts>: ignoring currency="xyz"',
    ]);
  });

  it('support-kit.dev.js keeps the full explanation', async () => {
    expect(await currencyWarnings('dev')).to.deep.equal([
      '<support-amounts>: ignoring currency="xyz" — "xyz" is not an ISO 4217 currency code. Using USD.',
    ]);
  });
});
