/**
 * Server-rendered pages, the usual case on news sites: the elements' markup, slotted content
 * included, is in the HTML before the kit's script runs. They must upgrade with what the HTML
 * says, and — with the one CSS line of fixtures/undefined.css — show no unstyled text first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  openFixture,
  part,
  settle,
  slotText,
  waitForAppealState,
  whenDefined,
  type FixturePage,
} from '../security/frame.helpers.js';

const FIXTURE = '/test/interop/fixtures/server-rendered.html';
const DROPIN = '/__support-kit__/support-kit.js';
const TAGS = ['support-appeal', 'support-amounts', 'support-remind-later'];

const hasBox = (node: Element) => node.getClientRects().length > 0;

async function expectUpgraded(page: FixturePage) {
  const { doc } = page;
  await whenDefined(page, ...TAGS);
  const appeal = doc.querySelector('support-appeal')!;
  await waitForAppealState(appeal, 'shown');
  expect(slotText(part(appeal, 'heading')!.querySelector('slot'))).to.equal(
    'Support The Server Times',
  );
  const body = part(appeal, 'body')!.querySelector('slot')!;
  expect(body.assignedElements().map((el) => el.textContent)).to.deep.equal([
    'Rendered by the server, before any script.',
  ]);
  expect(slotText(part(appeal, 'cta')!.querySelector('slot'))).to.equal('Give now');
  expect(slotText(part(appeal, 'footer')!.querySelector('slot'))).to.equal(
    'Payments by an example provider.',
  );
  expect(hasBox(appeal.querySelector('[slot="heading"]')!)).to.equal(true);
  // The attributes in the HTML are the configuration.
  const inner = part(appeal, 'amounts')!;
  await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const faces = [...inner.shadowRoot!.querySelectorAll('[part~="preset"]')];
  expect(faces.map((face) => face.textContent!.trim())).to.deep.equal(['€3', '€6', '€9']);
  const cta = part<HTMLAnchorElement>(appeal, 'cta')!;
  expect(new URL(cta.href).search).to.equal('?amount=6&currency=EUR');

  // A server-rendered form control submits once upgraded.
  const form = doc.querySelector<HTMLFormElement>('#form')!;
  await waitUntil(() => new page.win.FormData(form).get('gift') === '8', 'gift not in the form');
  expect(new page.win.FormData(form).get('gift-frequency')).to.equal('monthly');
  const later = doc.querySelector('form support-remind-later')!;
  expect(slotText(later.shadowRoot!.querySelector('slot'))).to.equal('Not now');

  await settle(page);
  expect(page.harness.errors).to.deep.equal([]);
}

describe('server-rendered markup', () => {
  it('before the script: the one CSS line hides the not-yet-defined elements (without it, their text flashes)', async () => {
    const page = await openFixture(FIXTURE, { kits: ['none'] });
    try {
      const { doc } = page;
      expect(TAGS.map((tag) => page.win.customElements.get(tag))).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ]);
      const appeal = doc.querySelector('support-appeal')!;
      const slotted = [...appeal.children];
      const after = doc.querySelector('#after')!;
      const before = doc.querySelector('#before')!;
      expect(slotted.some(hasBox)).to.equal(false);
      expect(hasBox(doc.querySelector('form support-remind-later')!)).to.equal(false);
      const gap = after.getBoundingClientRect().top - before.getBoundingClientRect().bottom;

      // Without the line, the reader would see the raw text, and the page below would move.
      const line = doc.querySelector<HTMLLinkElement>('#undefined-css')!;
      line.disabled = true;
      expect(slotted.every(hasBox)).to.equal(true);
      expect(after.getBoundingClientRect().top - before.getBoundingClientRect().bottom).to.be.above(
        gap + 20,
      );
      line.disabled = false;

      // The script arrives late (as it does on a slow connection): everything upgrades.
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = DROPIN;
      doc.head.append(script);
      await expectUpgraded(page);
    } finally {
      page.close();
    }
  });

  for (const [kit, title] of [
    ['bundle', 'the drop-in in <head> as a module script: the markup below upgrades'],
    ['source', 'the unbundled modules (an npm build) upgrade the same markup'],
  ] as const) {
    it(title, async () => {
      const page = await openFixture(FIXTURE, { kits: [kit] });
      try {
        await expectUpgraded(page);
      } finally {
        page.close();
      }
    });
  }
});
