/**
 * `<support-privacy>` on light and dark pages (the "Dark page" story in each scheme): its
 * buttons' borders and its focus ring keep 3:1 against the page, from the shared accent.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import meta, { DarkPage } from '../../stories/support-privacy.stories.js';
import { backgroundBehind, contrast } from './colours.helpers.js';

type Args = Parameters<NonNullable<typeof DarkPage.render>>[0];

for (const scheme of ['light', 'dark'] as const) {
  describe(`<support-privacy> on a ${scheme} page`, () => {
    it('is accessible, and its buttons and focus ring keep 3:1 against the page', async () => {
      const args = { ...meta.args, ...DarkPage.args, scheme } as Args;
      const page = await fixture<HTMLElement>(
        DarkPage.render!(args, {} as never) as TemplateResult,
      );
      const el = page.querySelector('support-privacy')!;
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await expect(page).to.be.accessible();
      const [first, button] = [...el.shadowRoot!.querySelectorAll('button')];
      const behind = backgroundBehind(el);
      expect(contrast(getComputedStyle(button!).borderTopColor, behind), 'border').to.be.at.least(
        3,
      );
      first!.focus();
      await sendKeys({ press: 'Tab' }); // keyboard focus: :focus-visible
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const style = getComputedStyle(button!);
      expect(style.outlineStyle).to.equal('solid');
      expect(contrast(style.outlineColor, behind), 'focus ring').to.be.at.least(3);
    });
  });
}
