/**
 * The demo article page (stories/demo-article.ts, also the Storybook demo): the reference
 * appeal at the end of a real-looking article, as a reader meets it, in English and Russian.
 */
import { aTimeout, expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SnoozeStore } from '@support-kit/core';
import {
  demoArticle,
  seedStartingFrom,
  type DemoArticleOptions,
} from '../../stories/demo-article.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import {
  click,
  deepFocus,
  isVisible,
  part as shadowPart,
  slowStore,
  uniqueCampaign,
  waitForState,
} from '../elements/support-appeal.helpers.js';

const part = (appeal: SupportAppeal, name: string) => shadowPart(appeal, name)!;
/** What the reader sees of a slot-filled part: its assigned (or fallback) text. */
const slotText = (appeal: SupportAppeal, name: string) => {
  const slot = part(appeal, name).querySelector('slot')!;
  const nodes = slot.assignedNodes({ flatten: true });
  return (nodes.length ? nodes : [...slot.childNodes])
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
};

async function page(options: Partial<DemoArticleOptions> = {}) {
  const root = await fixture<HTMLElement>(
    demoArticle({
      locale: 'en',
      campaign: uniqueCampaign('demo'),
      controls: true,
      store: new SnoozeStore(),
      ...options,
    }),
  );
  const appeal = root.querySelector('support-appeal')!;
  return { root, appeal };
}

describe('demo article page', () => {
  it('is accessible', async () => {
    const { root, appeal } = await page();
    await waitForState(appeal, 'shown');
    await expect(root).to.be.accessible();
  });

  it('closes the article with the reference appeal, set apart after the last paragraph', async () => {
    const { root, appeal } = await page();
    await waitForState(appeal, 'shown');
    const article = root.querySelector('article')!;
    const paragraphs = [...article.querySelectorAll(':scope > p')];
    expect(paragraphs.length).to.be.at.least(4);
    expect(article.lastElementChild).to.equal(appeal);
    const last = paragraphs[paragraphs.length - 1]!.getBoundingClientRect();
    const box = part(appeal, 'container').getBoundingClientRect();
    expect(box.top).to.be.above(last.bottom);
    expect(parseFloat(getComputedStyle(part(appeal, 'container')).borderTopWidth)).to.be.above(0);

    expect(slotText(appeal, 'heading')).to.equal('A Message from The Moscow Times');
    expect(appeal.textContent!.replace(/\s+/g, ' ')).to.contain(
      'support us monthly starting from just $2.',
    );
    expect(seedStartingFrom('en')).to.equal('$2');
    // Monthly is the default; the link and label match the choice.
    const link = appeal.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="cta"]')!;
    expect(new URL(link.href).searchParams.get('frequency')).to.equal('monthly');
    expect(new URL(link.href).searchParams.get('amount')).to.equal('5');
    expect(slotText(appeal, 'cta')).to.equal('Give $5 a month');
    expect(slotText(appeal, 'remind-later')).to.equal('Remind me later');
  });

  it('reads in Russian', async () => {
    const { root, appeal } = await page({ locale: 'ru' });
    await waitForState(appeal, 'shown');
    expect(root.getAttribute('lang')).to.equal('ru');
    expect(root.querySelector('h1')!.textContent).to.contain('Северная Корея');
    expect(slotText(appeal, 'heading')).to.equal('Обращение The Moscow Times');
    const from = seedStartingFrom('ru');
    expect(from.replace(/\s/g, ' ')).to.equal('2 $');
    expect(appeal.textContent!.replace(/\s+/g, ' ')).to.contain(
      `поддержите нас ежемесячно — всего от ${from}.`.replace(/\s+/g, ' '),
    );
    expect(slotText(appeal, 'remind-later')).to.equal('Напомнить позже');
    expect(slotText(appeal, 'cta')).to.match(/^Поддержать: 5\s\$ в месяц$/);
    await expect(root).to.be.accessible();
  });

  it('takes no space while deciding, so nothing above it moves', async () => {
    const { store, answer } = slowStore();
    const { root, appeal } = await page({
      store,
    });
    const paragraphs = root.querySelectorAll('article > p');
    const lastParagraph = paragraphs[paragraphs.length - 1]!;
    const before = lastParagraph.getBoundingClientRect().top;
    const footerBefore = root.querySelector('footer')!.getBoundingClientRect().top;
    await aTimeout(50);
    expect(appeal.state).to.equal('pending');
    expect(root.querySelector('footer')!.getBoundingClientRect().top).to.equal(footerBefore);
    answer(null);
    await waitForState(appeal, 'shown');
    expect(lastParagraph.getBoundingClientRect().top).to.equal(before);
  });

  it('"Remind me later" hides it, focus goes to the next link, nothing above shifts; a reload keeps it hidden', async () => {
    const campaign = uniqueCampaign('demo-snooze');
    const { root, appeal } = await page({ campaign });
    await waitForState(appeal, 'shown');
    const remind = part(appeal, 'remind-later').shadowRoot!.querySelector('button')!;
    remind.scrollIntoView({ block: 'center' });
    await nextFrame();
    const title = root.querySelector('h1')!;
    const titleTop = title.getBoundingClientRect().top;
    remind.focus();
    await sendKeys({ press: 'Enter' });
    await waitForState(appeal, 'suppressed');
    expect(isVisible(appeal)).to.equal(false);
    expect(deepFocus()).to.equal(root.querySelector('footer a'));
    expect(title.getBoundingClientRect().top).to.equal(titleTop);
    root.remove();

    const reload = await page({ campaign });
    await waitForState(reload.appeal, 'suppressed');
    expect(isVisible(reload.appeal)).to.equal(false);
  });

  it('shows the banner in one click', async () => {
    const { root, appeal } = await page();
    await waitForState(appeal, 'shown');
    const button = [...root.querySelectorAll('.controls button')].find(
      (b) => b.textContent?.trim() === 'Show as banner',
    )!;
    await click(button);
    await waitUntil(() => part(appeal, 'container')?.classList.contains('banner'), 'no banner');
    const banner = part(appeal, 'container');
    await Promise.all(banner.getAnimations().map((animation) => animation.finished));
    expect(getComputedStyle(banner).position).to.equal('fixed');
    expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
    await expect(root).to.be.accessible();
  });

  it('shows the modal in one click; Escape closes it and focus returns to the button', async () => {
    const { root, appeal } = await page({ locale: 'ru' });
    await waitForState(appeal, 'shown');
    const button = [...root.querySelectorAll<HTMLButtonElement>('.controls button')].find(
      (b) => b.textContent?.trim() === 'Показать окном',
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => appeal.shadowRoot!.querySelector('dialog')?.open, 'no modal');
    const dialog = appeal.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(deepFocus()).to.equal(part(appeal, 'heading'));
    await sendKeys({ press: 'Escape' });
    await waitForState(appeal, 'suppressed');
    expect(dialog.open).to.equal(false);
    expect(deepFocus()).to.equal(button);
  });
});
