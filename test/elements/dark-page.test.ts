/**
 * The default colours on light and dark pages (`color-scheme`), measured as WCAG measures them:
 * focus rings and option borders 3:1 against the background, error text and the CTA label 4.5:1.
 * The page is the "Dark page" story, rendered in each scheme.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, { DarkPage } from '../../stories/support-appeal.stories.js';
import { uniqueCampaign } from './support-appeal.helpers.js';
import { backgroundBehind, contrast } from './colours.helpers.js';

type Args = Parameters<NonNullable<typeof DarkPage.render>>[0];

const inner = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;

for (const scheme of ['light', 'dark'] as const) {
  describe(`default colours on a ${scheme} page`, () => {
    async function render() {
      const args = {
        ...meta.args,
        ...DarkPage.args,
        campaign: uniqueCampaign(`scheme-${scheme}`),
        scheme,
      } as Args;
      const page = await fixture<HTMLElement>(
        DarkPage.render!(args, {} as never) as TemplateResult,
      );
      const appeal = page.querySelector('support-appeal')!;
      let amounts: Element | null = null;
      await waitUntil(
        () => {
          amounts = appeal.shadowRoot?.querySelector('support-amounts') ?? null;
          return amounts?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim();
        },
        'the error never showed',
        { timeout: 4000 },
      );
      return { page, appeal, amounts: amounts! };
    }

    it('is accessible, with the error shown', async () => {
      const { page } = await render();
      await expect(page).to.be.accessible();
    });

    it('keeps focus rings and option borders at 3:1, error text and the CTA label at 4.5:1', async () => {
      const { appeal, amounts } = await render();
      const face = inner(amounts, '[part~="preset"]');
      const faceBorder = getComputedStyle(face).borderTopColor;
      expect(contrast(faceBorder, backgroundBehind(face)), 'option border').to.be.at.least(3);

      const input = inner(amounts, '#custom') as HTMLInputElement;
      input.focus();
      const field = input.parentElement!;
      expect(getComputedStyle(field).outlineStyle).to.equal('solid');
      const ring = getComputedStyle(field).outlineColor;
      expect(contrast(ring, backgroundBehind(field)), 'focus ring').to.be.at.least(3);

      const error = inner(amounts, '[part~="error"]');
      const errorColour = getComputedStyle(error).color;
      expect(contrast(errorColour, backgroundBehind(error)), 'error text').to.be.at.least(4.5);

      const cta = inner(appeal, '[part~="cta"]');
      const { color, backgroundColor } = getComputedStyle(cta);
      expect(contrast(color, backgroundColor), 'CTA label').to.be.at.least(4.5);
      expect(
        contrast(backgroundColor, backgroundBehind(appeal)),
        'CTA against the page',
      ).to.be.at.least(3);
    });
  });
}
