/**
 * Banner and modal keep the reader's focus and actions in view (issues 12.1, 12.5, 18), on the
 * demo article with the seed's long copy, at desktop and phone sizes, in all three engines.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { SnoozeStore } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import { demoArticle, seedAppealContent, type DemoLocale } from '../../stories/demo-article.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { deepFocus, uniqueCampaign, waitForState } from './support-appeal.helpers.js';

const part = (appeal: SupportAppeal, name: string) =>
  appeal.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const remindButton = (appeal: SupportAppeal) =>
  part(appeal, 'remind-later').shadowRoot!.querySelector('button')!;

/**
 * Sets the layout viewport (scripts/wtr-viewport-plugin.mjs: all three engines). WebKit's
 * MiniBrowser window cannot be narrower than 447 px: there the narrow cases run at that width
 * (the height, which is what these layouts are about, is exact everywhere).
 */
async function viewport(width: number, height: number): Promise<void> {
  const answer = await executeServerCommand<
    true | { width: number; height: number },
    { width: number; height: number }
  >('viewport', {
    width,
    height,
  });
  const actual = answer === true ? width : answer.width;
  await waitUntil(
    () => window.innerWidth === actual && window.innerHeight === height,
    `viewport never became ${actual}×${height}`,
  );
  await nextFrame();
}

/** Waits until the appeal's entrance animation (if motion is allowed) has ended. */
async function settled(appeal: SupportAppeal): Promise<void> {
  await appeal.updateComplete;
  const container = part(appeal, 'container');
  await Promise.all(container.getAnimations().map((animation) => animation.finished));
  // The banner's room at the end of the page follows its size through a ResizeObserver.
  await nextFrame();
  await nextFrame();
}

async function demo(locale: DemoLocale, variant: 'banner' | 'modal') {
  const root = await fixture<HTMLElement>(
    demoArticle({
      locale,
      variant,
      controls: true,
      campaign: uniqueCampaign(`layout-${variant}`),
      store: new SnoozeStore(),
    }),
  );
  const appeal = root.querySelector('support-appeal')!;
  await waitForState(appeal, 'shown');
  await settled(appeal);
  return { root, appeal };
}

/** Whether `node` is `inner` or holds it, across shadow roots and slots. */
function holds(node: Element, inner: Node | null): boolean {
  for (let at: Node | null = inner; at;) {
    if (at === node) return true;
    at =
      (at instanceof Element && at.assignedSlot) ||
      at.parentNode ||
      (at instanceof ShadowRoot ? at.host : null);
  }
  return false;
}

/** The topmost element at a point, inside shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Entirely inside the viewport, and what the reader sees at its centre is itself. */
function expectInViewAndOnTop(target: Element, name: string): void {
  const box = target.getBoundingClientRect();
  const where = `${name} at ${JSON.stringify(box)} in ${window.innerWidth}×${window.innerHeight}`;
  expect(box.height, where).to.be.above(0);
  expect(box.top, where).to.be.at.least(0);
  expect(box.left, where).to.be.at.least(0);
  expect(box.bottom, where).to.be.at.most(window.innerHeight);
  expect(box.right, where).to.be.at.most(window.innerWidth);
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(holds(target, hit), `${where}: covered by ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
}

const SIZES = [
  [1280, 900],
  [320, 640],
] as const;

describe('<support-appeal> layout', function () {
  // Resizing WebKit's window through WebDriver takes up to a few seconds.
  this.timeout(30_000);
  let initial: [number, number];
  before(() => {
    initial = [window.innerWidth, window.innerHeight];
  });
  after(async () => {
    await viewport(...initial);
  });
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  describe('banner', () => {
    for (const [width, height] of SIZES) {
      for (const minimized of [false, true]) {
        it(`never covers a focused element of the page, ${width}×${height}, ${minimized ? 'minimized' : 'expanded'}`, async () => {
          await viewport(width, height);
          const { root, appeal } = await demo('en', 'banner');
          if (minimized) {
            part(appeal, 'toggle').click();
            await settled(appeal);
          }
          const banner = part(appeal, 'container');
          const focusables = [
            ...root.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]'),
          ].filter((node) => !appeal.contains(node));
          expect(focusables.length).to.be.at.least(5);
          // Tab from the first control to the last "More news" link, as a reader would.
          focusables[0]!.focus();
          const visited: Element[] = [];
          for (let i = 0; i < focusables.length; i += 1) {
            if (i > 0) await sendKeys({ press: 'Tab' });
            let focus = deepFocus()!;
            if (focus !== focusables[i]) {
              // WebKit's Tab skips links unless the reader asks for them: focus it directly.
              focusables[i]!.focus();
              focus = focusables[i]!;
            }
            visited.push(focus);
            await nextFrame();
            const box = focus.getBoundingClientRect();
            const top = banner.getBoundingClientRect().top;
            const what = `${focus.outerHTML.slice(0, 60)}: bottom ${box.bottom}, banner top ${top}`;
            expect(box.top, what).to.be.at.least(0);
            expect(box.bottom, what).to.be.at.most(top + 0.5);
          }
          expect(visited.at(-1)?.textContent).to.equal('What sanctions say about foreign workers');
          const share = banner.getBoundingClientRect().height / window.innerHeight;
          expect(share, `banner takes ${Math.round(share * 100)}% of the height`).to.be.at.most(
            0.34,
          );
        });
      }

      it(`keeps its actions and toggle in view while the long message scrolls, ${width}×${height}`, async () => {
        await viewport(width, height);
        for (const locale of ['en', 'ru'] as const) {
          const { appeal, root } = await demo(locale, 'banner');
          expectInViewAndOnTop(part(appeal, 'toggle'), 'toggle');
          expectInViewAndOnTop(part(appeal, 'cta'), 'CTA');
          expectInViewAndOnTop(remindButton(appeal), 'Remind me later');
          const scroller = appeal.shadowRoot!.querySelector<HTMLElement>('.banner .scroll')!;
          expect(scroller.scrollHeight, 'the message scrolls').to.be.above(scroller.clientHeight);
          root.remove();
        }
      });
    }

    it('says whether it is expanded (aria-expanded, aria-controls)', async () => {
      await viewport(1280, 900);
      const { appeal } = await demo('en', 'banner');
      const toggle = part(appeal, 'toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const controlled = appeal.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!);
      expect(controlled?.contains(part(appeal, 'body'))).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => controlled!.hidden, 'Enter did not minimize it');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !controlled!.hidden, 'Enter did not expand it');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('gives the page room at its end while shown, and takes it back without moving the page', async () => {
      await viewport(1280, 900);
      document.documentElement.style.setProperty('padding-bottom', '3px');
      try {
        const { root, appeal } = await demo('en', 'banner');
        const links = root.querySelector('footer')!;
        window.scrollTo(0, document.documentElement.scrollHeight);
        await nextFrame();
        const banner = part(appeal, 'container').getBoundingClientRect();
        // At the very bottom, the last content sits above the banner.
        expect(links.getBoundingClientRect().bottom).to.be.at.most(banner.top);
        const before = links.getBoundingClientRect().top;
        await appeal.snooze();
        await nextFrame();
        expect(links.getBoundingClientRect().top, 'the footer moved').to.equal(before);
        // Once the reader scrolls away from the end, the page is as it was.
        window.scrollTo(0, 0);
        await waitUntil(
          () => document.documentElement.style.getPropertyValue('padding-bottom') === '3px',
          'the page padding never came back',
        );
      } finally {
        document.documentElement.style.removeProperty('padding-bottom');
      }
    });
  });

  describe('modal', () => {
    const MODAL_SIZES = [
      [1280, 720],
      [360, 640],
    ] as const;
    for (const [width, height] of MODAL_SIZES) {
      for (const locale of ['en', 'ru'] as const) {
        it(`keeps heading, close, amounts, CTA and "Remind me later" in view, ${width}×${height}, ${locale}`, async () => {
          await viewport(width, height);
          const { appeal } = await demo(locale, 'modal');
          const dialog = part(appeal, 'container') as HTMLDialogElement;
          expect(dialog.open).to.equal(true);
          expect(dialog.scrollTop).to.equal(0);
          expectInViewAndOnTop(part(appeal, 'heading'), 'heading');
          expectInViewAndOnTop(part(appeal, 'close'), 'close');
          expectInViewAndOnTop(part(appeal, 'cta'), 'CTA');
          expectInViewAndOnTop(remindButton(appeal), 'Remind me later');
          const amounts = part(appeal, 'amounts').getBoundingClientRect();
          expect(amounts.bottom).to.be.at.most(window.innerHeight);
          const body = part(appeal, 'body');
          expect(body.scrollHeight, 'the message scrolls').to.be.above(body.clientHeight);
          expect(dialog.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
        });
      }
    }

    it('gives the close button a place of its own, clear of the heading', async () => {
      for (const [width, height] of [
        [1280, 720],
        [320, 640],
      ] as const) {
        await viewport(width, height);
        const { appeal, root } = await demo('ru', 'modal');
        const heading = part(appeal, 'heading').getBoundingClientRect();
        const close = part(appeal, 'close').getBoundingClientRect();
        const apart =
          close.left >= heading.right + 2 ||
          close.right <= heading.left - 2 ||
          close.top >= heading.bottom + 2 ||
          close.bottom <= heading.top - 2;
        // The heading's focus ring (2px outline, 2px offset) is outside its box: 2px more.
        expect(apart, `close ${JSON.stringify(close)} heading ${JSON.stringify(heading)}`).to.equal(
          true,
        );
        root.remove();
      }
    });

    it('lets the reader reach every control when the viewport is very short (zoomed text)', async () => {
      // 200% zoom on a 720×600 window leaves 360×300 CSS pixels.
      await viewport(360, 300);
      const { appeal } = await demo('ru', 'modal');
      const dialog = part(appeal, 'container');
      const controls = [
        part(appeal, 'close'),
        ...part(appeal, 'amounts').shadowRoot!.querySelectorAll<HTMLElement>('input, button'),
        part(appeal, 'cta'),
        remindButton(appeal),
      ];
      for (const control of controls) {
        control.focus();
        await nextFrame();
        if (!holds(control, deepFocus())) continue; // an unchecked radio of a group
        // Scrolled into view: its middle is inside the dialog and the viewport (WebKit stops
        // scrolling a focused control once most of it shows).
        const box = control.getBoundingClientRect();
        const middle = box.top + box.height / 2;
        const frame = dialog.getBoundingClientRect();
        const what = `${control.outerHTML.slice(0, 60)} ${JSON.stringify(box)}`;
        expect(middle, what).to.be.at.least(Math.max(0, frame.top));
        expect(middle, what).to.be.at.most(Math.min(window.innerHeight, frame.bottom));
      }
    });
  });

  it('a bare modal with the seed copy keeps its CTA in view at 360×640', async () => {
    // A plain check that the seed copy renders in the modal without the demo page around it.
    await viewport(360, 640);
    const el = await fixture<SupportAppeal>(
      html`<support-appeal
        campaign=${uniqueCampaign('layout-story')}
        variant="modal"
        locale="en"
        .store=${new SnoozeStore()}
        >${seedAppealContent('en')}</support-appeal
      >`,
    );
    await waitForState(el, 'shown');
    await settled(el);
    expectInViewAndOnTop(part(el, 'cta'), 'CTA');
  });
});
