/**
 * Viewport, text size and "what does the reader see" helpers for the layout tests, in all
 * three engines (scripts/wtr-viewport-plugin.mjs).
 */
import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { SnoozeStore } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import { demoArticle, type DemoLocale } from '../../stories/demo-article.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { uniqueCampaign, waitForState } from './support-appeal.helpers.js';

/**
 * Sets the layout viewport. WebKit's MiniBrowser window cannot be narrower than 447 px:
 * there the narrow cases run at that width (the height, which is what these layouts are
 * about, is exact everywhere). Returns the width the page got.
 */
export async function viewport(width: number, height: number): Promise<number> {
  const answer = await executeServerCommand<
    true | { width: number; height: number },
    { width: number; height: number }
  >('viewport', { width, height });
  const actual = answer === true ? width : answer.width;
  await waitUntil(
    () => window.innerWidth === actual && window.innerHeight === height,
    `viewport never became ${actual}×${height}`,
  );
  // WebKit updates the dynamic viewport units (dvh) a moment after the window's size.
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.cssText = 'position: fixed; block-size: 100vh; block-size: 100dvh';
  try {
    await waitUntil(() => probe.offsetHeight === height, `100dvh never became ${height}px`);
  } finally {
    probe.remove();
  }
  await nextFrame();
  return actual;
}

/**
 * The reader's text size in percent (the browser's default font size, 16 px at 100 %). In
 * Chromium the browser setting itself (CDP `Page.setFontSizes`); Firefox and WebKit cannot
 * set it from a test, so there the root element's font size stands in for it: the same for
 * everything sized in rem or inherited, but media queries in em keep the 16 px default.
 * Returns whether the real setting was used.
 */
export async function textSize(percent: number): Promise<boolean> {
  const standard = Math.round((16 * percent) / 100);
  const real = await executeServerCommand<boolean, { standard: number }>('text-size', {
    standard,
  });
  const root = document.documentElement.style;
  if (real || percent === 100) root.removeProperty('font-size');
  else root.setProperty('font-size', `${percent}%`);
  await waitUntil(
    () => parseFloat(getComputedStyle(document.documentElement).fontSize) === standard,
    `the root font size never became ${standard}px`,
  );
  await nextFrame();
  return real;
}

export const part = (appeal: SupportAppeal, name: string) =>
  appeal.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

export const remindButton = (appeal: SupportAppeal) =>
  part(appeal, 'remind-later').shadowRoot!.querySelector('button')!;

/** Waits until the appeal's entrance animation (if motion is allowed) has ended. */
export async function settled(appeal: SupportAppeal): Promise<void> {
  await appeal.updateComplete;
  const container = part(appeal, 'container');
  await Promise.all(container.getAnimations().map((animation) => animation.finished));
  // The banner's room at the end of the page and its layout follow its size through
  // ResizeObservers; a change of layout renders in the next frame: wait until it holds.
  let last = '';
  for (;;) {
    await nextFrame();
    await appeal.updateComplete;
    const now = `${container.className} ${container.getBoundingClientRect().height}`;
    if (now === last) break;
    last = now;
  }
  await nextFrame();
}

/** Whether `node` is `inner` or holds it, across shadow roots and slots. */
export function holds(node: Element, inner: Node | null): boolean {
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
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Entirely inside the viewport (with `ring` px around it for its focus ring), and what the
 * reader sees at its centre is itself.
 */
export function expectInViewAndOnTop(target: Element, name: string, ring = 0): void {
  const box = target.getBoundingClientRect();
  const where = `${name} at ${JSON.stringify(box)} in ${window.innerWidth}×${window.innerHeight}`;
  expect(box.height, where).to.be.above(0);
  expect(box.top - ring, where).to.be.at.least(0);
  expect(box.left - ring, where).to.be.at.least(0);
  expect(box.bottom + ring, where).to.be.at.most(window.innerHeight);
  expect(box.right + ring, where).to.be.at.most(window.innerWidth);
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(holds(target, hit), `${where}: covered by ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
}

/** The demo article (seed copy, long) with its appeal shown as `variant`. */
export async function demo(locale: DemoLocale, variant: 'banner' | 'modal') {
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
