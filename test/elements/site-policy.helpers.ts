// Helpers of the site-policy suites: policy metas added to the page and removed after each
// test, one appeal with attributes as markup would set them, a click on its call to action.
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { resetSitePolicy } from '../../packages/elements/testing.js';
import type { SupportCheckoutEvent } from '../../packages/elements/src/events/SupportEvents.js';
import {
  captureWarnings,
  click,
  isolatedStore,
  part,
  recordEvents,
  uniqueCampaign,
} from './support-appeal.helpers.js';

export const metas: HTMLMetaElement[] = [];
/** A policy meta, in `<head>` unless told otherwise; removed by `forgetPolicy`. */
export function addMeta(name: string, content: string, where: ParentNode = document.head) {
  const meta = document.createElement('meta');
  meta.name = `support-kit:${name}`;
  meta.content = content;
  where.append(meta);
  metas.push(meta);
  return meta;
}

/** Removes the metas a test added and forgets the page's policy and arbitration. */
export function forgetPolicy(): void {
  for (const meta of metas.splice(0)) meta.remove();
  resetSitePolicy();
}

export const cta = (el: SupportAppeal) => part(el, 'cta')!;
export const settled = (el: SupportAppeal) => el.state !== 'pending';

/** One appeal, shown, with a store of its own and a fake clock; warnings captured. */
export async function appealWith(attrs: Record<string, string>, now = Date.UTC(2025, 0, 1)) {
  let appeal!: SupportAppeal;
  const warnings = await captureWarnings(async () => {
    appeal = await fixture<SupportAppeal>(
      html`<support-appeal
        campaign=${uniqueCampaign('policy')}
        .store=${isolatedStore({ now: () => now })}
      ></support-appeal>`,
    );
    // Attributes set before the first update, as markup would have them.
    for (const [name, value] of Object.entries(attrs)) appeal.setAttribute(name, value);
    await waitUntil(() => settled(appeal), 'the appeal never decided');
    await appeal.updateComplete;
    await nextFrame();
  });
  return { appeal, warnings, now };
}

/** Clicks the call to action; what support-checkout said and whether the page navigated. */
export async function clickCta(appeal: SupportAppeal) {
  const href = location.href;
  const checkouts = recordEvents<SupportCheckoutEvent>('support-checkout');
  let viaLink = false;
  const watch = (event: Event) => {
    viaLink = event.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href !== '');
    if (viaLink) event.preventDefault(); // the test page must stay
  };
  document.addEventListener('click', watch);
  try {
    await click(cta(appeal));
    await nextFrame();
  } finally {
    document.removeEventListener('click', watch);
    checkouts.stop();
  }
  return {
    urls: checkouts.events.map((e) => e.detail.url),
    viaLink,
    navigated: location.href !== href,
  };
}
