/**
 * The kit under a strict Content Security Policy and Trusted Types, as SECURITY.md and the
 * README promise: a fixture article page (fixtures/appeal.html) served with the policy as a real
 * header, loading the kit through external module scripts only. The appeal must render, take a
 * reader's choice, go to checkout and snooze with zero `securitypolicyviolation` events — and
 * each policy is probed afterwards, so a test cannot pass in an engine that ignores it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  clickInFrame,
  isChromium,
  openFixture,
  part,
  settle,
  slotText,
  waitForAppealState,
  whenDefined,
  type FixturePage,
} from './frame.helpers.js';

const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
/** The policy the README recommends: both, and a second copy of Lit allowed its policy. */
const RECOMMENDED = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

const POLICIES = [
  { name: "script-src 'self'; style-src 'self' (default-src 'none')", csp: STRICT },
  { name: "require-trusted-types-for 'script'; trusted-types lit-html", csp: TRUSTED_TYPES },
  { name: 'the README policy (both)', csp: RECOMMENDED },
];

const FIXTURE = '/test/security/fixtures/appeal.html';

/** Proves the page's policy is enforced by this engine, by breaking it on purpose. */
async function probeEnforcement(page: FixturePage, csp: string): Promise<string[]> {
  const { doc, win, harness } = page;
  const expected: string[] = [];
  const before = harness.violations.length;
  const tt = csp.includes('require-trusted-types-for');
  if (csp.includes("script-src 'self'")) {
    // An injected inline script must not run.
    const script = doc.createElement('script');
    (win as unknown as { __inlineRan?: boolean }).__inlineRan = false;
    try {
      script.textContent = 'window.__inlineRan = true;';
      doc.body.append(script);
    } catch {
      // Trusted Types refused the text first: also a refusal.
    }
    expect((win as unknown as { __inlineRan?: boolean }).__inlineRan, 'inline script ran').to.equal(
      false,
    );
    expected.push(tt && 'trustedTypes' in win ? 'require-trusted-types-for' : 'script-src-elem');
  }
  if (csp.includes("style-src 'self'")) {
    const probe = doc.createElement('p');
    doc.body.append(probe);
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    expect(win.getComputedStyle(probe).color, 'inline style applied').not.to.equal('rgb(1, 2, 3)');
    expected.push('style-src-attr');
  }
  if (tt) {
    if (isChromium())
      expect('trustedTypes' in win, 'Chromium enforces Trusted Types').to.equal(true);
    if ('trustedTypes' in win) {
      expect(() => {
        doc.createElement('div').innerHTML = '<b>not trusted</b>';
      }, 'innerHTML with a string').to.throw();
      expected.push('require-trusted-types-for');
    }
  }
  await waitUntil(
    () => harness.violations.length >= before + expected.length,
    `expected violations ${expected.join(', ')}, saw ${JSON.stringify(harness.violations.slice(before))}`,
    { timeout: 3000 },
  );
  const seen = harness.violations.slice(before).map((v) => v.directive);
  for (const directive of expected) expect(seen).to.include(directive);
  return expected;
}

for (const kit of ['bundle', 'source'] as const) {
  describe(`CSP: the ${kit === 'bundle' ? 'drop-in bundle' : 'unbundled source modules'}`, () => {
    for (const { name, csp } of POLICIES) {
      it(`works under ${name} with zero violations`, async () => {
        const page = await openFixture(FIXTURE, { csp, kits: [kit] });
        try {
          const { doc, harness } = page;
          await whenDefined(page, 'support-appeal', 'support-amounts', 'support-remind-later');
          const appeal = doc.querySelector('support-appeal')!;
          await waitForAppealState(appeal, 'shown');

          // Rendered, with its styles (adopted stylesheets are not inline styles).
          expect(
            slotText(part<HTMLSlotElement>(appeal, 'heading')!.querySelector('slot')),
          ).to.equal('Support the Daily Example');
          const cta = part<HTMLAnchorElement>(appeal, 'cta')!;
          expect(cta.localName).to.equal('a');
          expect(page.win.getComputedStyle(cta).backgroundColor).to.equal('rgb(29, 78, 216)');
          expect(cta.getBoundingClientRect().height).to.be.at.least(44);
          const amounts = part(appeal, 'amounts')!;
          const presets =
            amounts.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="amount"]');
          expect([...presets].map((input) => input.value)).to.deep.equal(['2', '5', '10', '25']);
          expect(new URL(cta.href).searchParams.get('amount')).to.equal('5');

          // A reader picks $10, gives, then snoozes.
          const changes: unknown[] = [];
          const checkouts: Array<{ amount: number; url: string }> = [];
          doc.addEventListener('support-amount-change', (e) =>
            changes.push((e as CustomEvent).detail),
          );
          doc.addEventListener('support-checkout', (e) => {
            e.preventDefault(); // stay on the page
            checkouts.push((e as CustomEvent).detail);
          });
          await clickInFrame(page, presets[2]!.closest('label')!);
          await waitUntil(
            () => new URL(cta.href).searchParams.get('amount') === '10',
            'CTA not updated',
          );
          expect(changes).to.have.length(1);
          await clickInFrame(page, cta);
          await waitUntil(() => checkouts.length === 1, 'no support-checkout');
          expect(checkouts[0]!.amount).to.equal(10);
          expect(new URL(checkouts[0]!.url).searchParams.get('amount')).to.equal('10');
          expect(page.win.location.pathname).to.equal(FIXTURE);

          const standalone = doc.querySelector('body > main support-amounts')!;
          expect(standalone.shadowRoot!.querySelectorAll('input[name="amount"]')).to.have.length(3);

          await clickInFrame(page, part(appeal, 'remind-later')!);
          await waitForAppealState(appeal, 'suppressed');

          await settle(page);
          expect(harness.violations, 'CSP violations').to.deep.equal([]);
          expect(harness.errors, 'uncaught errors').to.deep.equal([]);

          // The policy is really enforced here: breaking it on purpose is refused and reported.
          await probeEnforcement(page, csp);
        } finally {
          page.close();
        }
      });
    }
  });
}

describe('CSP: an experiment clones its template content without parsing strings', () => {
  for (const kit of ['bundle', 'source'] as const) {
    it(`${kit}: the group's content shows, its scripts never run, zero violations`, async () => {
      const page = await openFixture('/test/security/fixtures/experiment.html', {
        csp: RECOMMENDED,
        kits: [kit],
      });
      try {
        const { doc, harness, win } = page;
        await whenDefined(page, 'support-appeal');
        const appeal = doc.querySelector('support-appeal')!;
        await waitForAppealState(appeal, 'shown');
        const heading = slotText(part<HTMLSlotElement>(appeal, 'heading')!.querySelector('slot'));
        expect(['Heading A', 'Heading B']).to.include(heading);
        await settle(page);
        expect((win as unknown as { __templateRan?: boolean }).__templateRan).to.equal(undefined);
        expect(harness.violations, 'CSP violations').to.deep.equal([]);
        expect(harness.errors, 'uncaught errors').to.deep.equal([]);
        const body = slotText(part<HTMLSlotElement>(appeal, 'body')!.querySelector('slot'));
        expect(body).to.equal(heading.replace('Heading', 'Message'));
      } finally {
        page.close();
      }
    });
  }
});
