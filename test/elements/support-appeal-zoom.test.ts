/**
 * The banner and the modal at enlarged text, zoom and on small phones (WCAG 1.4.4, 1.4.10,
 * 2.4.7, 2.4.11): the reader sees at least three lines of the message at once, and every
 * control, reached by Tab, is entirely in view with its focus ring and not covered. Text size
 * is the browser's setting in Chromium and the root font size elsewhere (layout.helpers.ts);
 * zoom is the viewport it leaves in CSS px (200 % of 1280×720 is 640×360).
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { SnoozeStore } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import appealStories, {
  Banner,
  BannerRussian,
  SeedEnglish,
  SeedRussian,
} from '../../stories/support-appeal.stories.js';
import demoStories, {
  English,
  EnglishBanner,
  RussianModal,
} from '../../stories/demo-article.stories.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { deepFocus, uniqueCampaign, waitForState } from './support-appeal.helpers.js';
import {
  expectInViewAndOnTop,
  holds,
  part,
  remindButton,
  settled,
  textSize,
  viewport,
} from './layout.helpers.js';

/** Focus rings: 3 px wide, 2 px away (the toggle's 2 px, 3 px away). */
const RING = 5;

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;

/** A story as Storybook shows it, on a campaign and store of its own. */
function story(meta: { args?: Args; render?: unknown }, entry: { args?: Args }, store: boolean) {
  const args: Args = { ...meta.args, ...entry.args, campaign: uniqueCampaign('zoom') };
  if (store) args['store'] = new SnoozeStore();
  return (meta.render as Render)(args, {});
}

const SUBJECTS = [
  ['the banner story', () => story(appealStories, Banner, false)],
  ['the Russian banner story', () => story(appealStories, BannerRussian, false)],
  ["the demo article's English banner", () => story(demoStories, EnglishBanner, true)],
  ["the demo article's Russian modal", () => story(demoStories, RussianModal, true)],
] as const;

const CONDITIONS = [
  { name: 'a phone, 360×640', width: 360, height: 640, text: 100 },
  { name: 'text 200 %, 1280×720', width: 1280, height: 720, text: 200 },
  { name: 'text 200 %, 360×640', width: 360, height: 640, text: 200 },
  { name: 'zoom 200 %, 640×360', width: 640, height: 360, text: 100 },
  { name: 'zoom 400 %, 320×256', width: 320, height: 256, text: 100 },
] as const;

const INLINE_SUBJECTS = [
  ['the English seed story', () => story(appealStories, SeedEnglish, false)],
  ['the Russian seed story', () => story(appealStories, SeedRussian, false)],
  ["the demo article's inline appeal", () => story(demoStories, English, true)],
] as const;

const INLINE_CONDITIONS = [
  { name: 'text 200 %, 1280×720', width: 1280, height: 720, text: 200 },
  { name: 'text 200 %, 360×640', width: 360, height: 640, text: 200 },
  { name: 'zoom 200 %, 640×360', width: 640, height: 360, text: 100 },
  { name: 'zoom 400 %, 320×256', width: 320, height: 256, text: 100 },
] as const;

/** Every element of the appeal, through its shadow roots and the site's slotted markup. */
function descendants(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const children = node instanceof HTMLSlotElement ? node.assignedElements() : [];
    for (const child of [...node.children, ...children]) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** The nearest box around `element` that clips what overflows it (its scroll container). */
function scrollContainer(element: Element, appeal: SupportAppeal): HTMLElement | null {
  for (let at: Node | null = element; at && at !== appeal;) {
    at = (at instanceof Element && at.assignedSlot) || at.parentNode;
    if (at instanceof ShadowRoot) at = at.host;
    if (!(at instanceof HTMLElement)) return null;
    const style = getComputedStyle(at);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return at;
  }
  return null;
}

/**
 * Nothing of the appeal is cut off: every box lies within the page's width (which does not
 * scroll sideways) and within its scroll container, or where that container scrolls to; no
 * text runs past the edge of the container or the amounts.
 */
function expectNothingClipped(appeal: SupportAppeal, where: string): void {
  const page = document.documentElement;
  const container = part(appeal, 'container');
  const edge = container.getBoundingClientRect().right - container.clientLeft;
  for (const element of descendants(appeal)) {
    const box = element.getBoundingClientRect();
    // Visually hidden text (1 px, clipped on purpose) and empty boxes show nothing.
    if (box.width <= 1 || box.height <= 1) continue;
    const what = `${where}: <${element.localName} class="${element.className}"> at ${JSON.stringify(box)}`;
    expect(box.left, what).to.be.at.least(-0.5);
    expect(box.right, what).to.be.at.most(page.clientWidth + 0.5);
    expect(box.right, `${what} in the appeal`).to.be.at.most(edge + 0.5);
    const clip = scrollContainer(element, appeal);
    if (!clip) continue;
    const outer = clip.getBoundingClientRect();
    const left = outer.left + clip.clientLeft - clip.scrollLeft;
    const top = outer.top + clip.clientTop - clip.scrollTop;
    const inner = `${what} in <${clip.localName} class="${clip.className}">`;
    expect(box.left, inner).to.be.at.least(left - 0.5);
    expect(box.top, inner).to.be.at.least(top - 0.5);
    expect(box.right, inner).to.be.at.most(left + clip.scrollWidth + 0.5);
    expect(box.bottom, inner).to.be.at.most(top + clip.scrollHeight + 0.5);
    if (clip.scrollWidth > clip.clientWidth) {
      expect(getComputedStyle(clip).overflowX, `${inner}: cut sideways`).to.be.oneOf([
        'auto',
        'scroll',
      ]);
    }
    if (clip.scrollHeight > clip.clientHeight) {
      expect(getComputedStyle(clip).overflowY, `${inner}: cut`).to.be.oneOf(['auto', 'scroll']);
    }
  }
  for (const box of [part(appeal, 'container'), part(appeal, 'amounts')]) {
    expect(box.scrollWidth, `${where}: ${box.localName} is cut`).to.be.at.most(box.clientWidth);
  }
  expect(page.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(page.clientWidth);
}

async function show(template: TemplateResult): Promise<SupportAppeal> {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const appeal = root.querySelector('support-appeal')!;
  await waitForState(appeal, 'shown');
  await settled(appeal);
  return appeal;
}

/** The boxes that clip what is inside the appeal: the banner or dialog, its message box. */
function clips(appeal: SupportAppeal, control: Element): DOMRect[] {
  const container = part(appeal, 'container');
  const boxes = [container];
  const scroll = container.querySelector('.scroll')!;
  if (getComputedStyle(scroll).overflowY !== 'visible' && holds(scroll, control)) {
    boxes.push(scroll as HTMLElement);
  }
  return boxes.map((box) => {
    const outer = box.getBoundingClientRect();
    const top = outer.top + box.clientTop;
    return new DOMRect(outer.left + box.clientLeft, top, box.clientWidth, box.clientHeight);
  });
}

/** The controls in tab order. */
function controls(appeal: SupportAppeal): [string, HTMLElement][] {
  const amounts = part(appeal, 'amounts').shadowRoot!;
  const found: [string, HTMLElement | null][] = [
    ['toggle', part(appeal, 'toggle')],
    ['close', part(appeal, 'close')],
    ['message', part(appeal, 'body').tabIndex === 0 ? part(appeal, 'body') : null],
    ...[...amounts.querySelectorAll<HTMLElement>('input:checked, input[type="text"]')].map(
      (input): [string, HTMLElement] => [`amounts ${input.outerHTML.slice(0, 50)}`, input],
    ),
    ['call to action', part(appeal, 'cta')],
    ['Remind me later', remindButton(appeal)],
  ];
  return found.filter((entry): entry is [string, HTMLElement] => entry[1] !== null);
}

/** How much of the message shows at once, with its top scrolled into view (px). */
function shownMessage(appeal: SupportAppeal): { shown: number; wanted: number } {
  const body = part(appeal, 'body');
  const first = body.querySelector('slot')!.assignedElements()[0] ?? body.querySelector('p')!;
  const line = parseFloat(getComputedStyle(first).lineHeight);
  body.scrollIntoView({ block: 'start', behavior: 'instant' });
  const box = body.getBoundingClientRect();
  let top = Math.max(box.top, 0);
  let bottom = Math.min(box.bottom, window.innerHeight);
  for (const clip of clips(appeal, body)) {
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { shown: bottom - top, wanted: Math.min(3 * line, body.scrollHeight) };
}

describe('<support-appeal> at enlarged text, zoom and small phones', function () {
  // Resizing WebKit's window through WebDriver takes up to a few seconds.
  this.timeout(60_000);
  let initial: [number, number];
  before(() => {
    initial = [window.innerWidth, window.innerHeight];
  });
  after(async () => {
    await textSize(100);
    await viewport(...initial);
  });
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  for (const condition of CONDITIONS) {
    describe(condition.name, () => {
      before(async () => {
        await viewport(condition.width, condition.height);
        await textSize(condition.text);
      });
      after(async () => {
        await textSize(100);
      });

      for (const [subject, template] of SUBJECTS) {
        it(`${subject}: three lines of the message, every control in view as Tab reaches it`, async () => {
          const appeal = await show(template());
          const where = `${subject}, ${condition.name}`;
          // From the heading (where the modal puts focus as it opens) through every control.
          part(appeal, 'heading').focus();
          for (const [name, control] of controls(appeal)) {
            await sendKeys({ press: 'Tab' });
            // WebKit's Tab skips links unless the reader asks for them: focus it directly.
            if (!holds(control, deepFocus())) control.focus();
            await nextFrame();
            expect(holds(control, deepFocus()), `${where}: ${name} has focus`).to.equal(true);
            const box = control.getBoundingClientRect();
            const views = clips(appeal, control);
            const view = Math.min(window.innerHeight, ...views.map((clip) => clip.height));
            // The message region, when the whole dialog scrolls, is taller than any view: its
            // top shows, with its ring, and it fills the rest.
            const tall = box.height + 2 * RING > view;
            if (!tall) expectInViewAndOnTop(control, `${where}: ${name}`, RING);
            for (const clip of views) {
              const what = `${where}: ${name} ${JSON.stringify(box)} in ${JSON.stringify(clip)}`;
              expect(box.top - RING, what).to.be.at.least(Math.max(0, clip.top) - 0.5);
              if (!tall) expect(box.bottom + RING, what).to.be.at.most(clip.bottom + 0.5);
              else expect(box.bottom, what).to.be.at.least(Math.min(innerHeight, clip.bottom));
            }
          }
          const { shown, wanted } = shownMessage(appeal);
          expect(shown, `${where}: the message shows ${shown}px`).to.be.at.least(wanted - 1);
        });
      }
    });
  }

  for (const condition of INLINE_CONDITIONS) {
    describe(`the inline appeal, ${condition.name}`, () => {
      before(async () => {
        await viewport(condition.width, condition.height);
        await textSize(condition.text);
      });
      after(async () => {
        await textSize(100);
      });

      for (const [subject, template] of INLINE_SUBJECTS) {
        it(`${subject}: nothing clipped, every control in view with its ring as Tab reaches it`, async () => {
          const appeal = await show(template());
          const where = `${subject}, ${condition.name}`;
          expectNothingClipped(appeal, where);
          part(appeal, 'heading').focus();
          for (const [name, control] of controls(appeal)) {
            await sendKeys({ press: 'Tab' });
            if (!holds(control, deepFocus())) control.focus();
            await nextFrame();
            expect(holds(control, deepFocus()), `${where}: ${name} has focus`).to.equal(true);
            expectInViewAndOnTop(control, `${where}: ${name}`, RING);
          }
        });
      }
    });
  }

  it('scrolls as one region a keyboard reader can scroll, when too short for its message box', async () => {
    await viewport(360, 640);
    const appeal = await show(story(appealStories, BannerRussian, false));
    const banner = part(appeal, 'container');
    expect(banner.tabIndex, 'the banner is a tab stop').to.equal(0);
    expect(banner.getAttribute('aria-labelledby')).to.equal('heading');
    banner.focus();
    await sendKeys({ press: 'PageDown' });
    // Firefox scrolls smoothly: the position moves over several frames, later on a busy machine.
    await waitUntil(() => banner.scrollTop > 0, 'PageDown scrolls it', { timeout: 5000 });
    // Back on a laptop, the message box scrolls between the bar and the actions again.
    await viewport(1280, 900);
    await settled(appeal);
    expect(banner.hasAttribute('tabindex')).to.equal(false);
    const scroll = banner.querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollHeight).to.be.above(scroll.clientHeight);
    expectInViewAndOnTop(part(appeal, 'cta'), 'CTA');
  });

  it('shows the toggle as an icon named by its label on a phone at text 200 %, a label where there is room', async () => {
    try {
      for (const [width, height, text] of [
        [360, 640, 200],
        [1280, 720, 200],
      ] as const) {
        await viewport(width, height);
        await textSize(text);
        const appeal = await show(story(appealStories, BannerRussian, false));
        const where = `${width}×${height}, text ${text} %`;
        const banner = part(appeal, 'container');
        const toggle = part(appeal, 'toggle');
        const label = toggle.querySelector('.label')!;
        // The label is the toggle's name either way; shown beside its chevron where there is room.
        expect(label.textContent!.trim(), where).to.equal('Свернуть');
        // WebKit's window cannot be narrower than 447 px: what counts is the width it got.
        expect(label.getBoundingClientRect().width > 1, `${where}: label shown`).to.equal(
          innerWidth > 460,
        );
        expectInViewAndOnTop(toggle, `${where}: toggle`);
        expect(banner.scrollTop, where).to.equal(0);
        // Whether the message's first line also shows before any scroll is not asserted: it
        // does in Chromium and Firefox at 360 px, WebKit's 447 px window at the root-font
        // stand-in leaves it 24 px short (an open finding).
        appeal.remove();
      }
    } finally {
      await textSize(100);
    }
  });

  it('never takes more than about a third of the viewport, or less than three lines', async () => {
    // The short viewport first: WebKitGTK keeps a 33dvh computed before a window resize on
    // the next banner's style until something invalidates it (an engine bug, not the kit's).
    for (const [width, height] of [
      [320, 256],
      [1280, 720],
    ] as const) {
      await viewport(width, height);
      const appeal = await show(story(appealStories, Banner, false));
      const banner = part(appeal, 'container');
      const share = banner.getBoundingClientRect().height / window.innerHeight;
      const line = parseFloat(getComputedStyle(part(appeal, 'body')).lineHeight);
      expect(share, `${width}×${height}: ${Math.round(share * 100)}%`).to.be.at.most(0.41);
      expect(banner.clientHeight, `${width}×${height}`).to.be.at.least(3 * line);
      appeal.remove();
    }
  });
});
