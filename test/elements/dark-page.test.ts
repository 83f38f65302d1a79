/**
 * The default colours on light and dark pages (`color-scheme`), measured as WCAG measures them:
 * focus rings and option borders 3:1 against the background, error text and the CTA label 4.5:1.
 * The page is the "Dark page" story, rendered in each scheme.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, { DarkPage } from '../../stories/support-appeal.stories.js';
import { uniqueCampaign } from './support-appeal.helpers.js';

type Args = Parameters<NonNullable<typeof DarkPage.render>>[0];

/** Any CSS colour as sRGB channels 0–255, as the browser paints it. */
function rgb(colour: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d')!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** WCAG relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour behind an element: the nearest opaque background up the composed tree. */
function backgroundBehind(node: Element): string {
  for (let el: Element | null = node; el;) {
    const colour = getComputedStyle(el).backgroundColor;
    if (rgb(colour)[3] === 255) return colour;
    const parent: Node | null = el.parentNode;
    el = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
  }
  return 'rgb(255, 255, 255)';
}

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
