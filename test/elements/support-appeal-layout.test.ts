/**
 * Banner and modal keep the reader's focus and actions in view (issues 12.1, 12.5, 18), on the
 * demo article with the seed's long copy, at desktop and phone sizes, in all three engines.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SnoozeStore } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import { seedAppealContent } from '../../stories/demo-article.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { deepFocus, uniqueCampaign, waitForState } from './support-appeal.helpers.js';
import {
  demo,
  expectInViewAndOnTop,
  holds,
  part,
  remindButton,
  settled,
  viewport,
} from './layout.helpers.js';

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
    }

    // On a phone the message box would get less than three lines: the whole banner scrolls
    // instead (support-appeal-zoom.test.ts).
    for (const [width, height] of [SIZES[0]]) {
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
      // A named group: Chromium keeps the controlled element (and the relation) in its tree.
      expect(controlled?.getAttribute('role')).to.equal('group');
      expect(controlled?.getAttribute('aria-labelledby')).to.equal('heading');
      const label = toggle.textContent?.trim();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => controlled!.hidden, 'Enter did not minimize it');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent?.trim(), 'one label; aria-expanded tells the state').to.equal(
        label,
      );
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
