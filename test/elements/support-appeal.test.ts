import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore, applySnooze, localDay, type KeyValueBackend } from '@support-kit/core';
import { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { setImpressionDwell } from '../../packages/elements/testing.js';
import type {
  SupportCheckoutEvent,
  SupportDismissEvent,
  SupportShowEvent,
  SupportSnoozeEvent,
  SupportStorageErrorEvent,
  SupportSuppressEvent,
  SupportViewEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import {
  DAY,
  blockedBackend,
  blockedStore,
  captureWarnings,
  click,
  deepFocus,
  expectOnHourAfter,
  isVisible,
  part,
  recordEvents,
  slowStore,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
import { centreOf, expectSpoken, holderOf } from './text-language.helpers.js';

// ——— what a reader perceives ———
const container = (el: SupportAppeal) => part(el, 'container')!;
/** Visible text of a part, slotted content included. */
const textOf = (el: SupportAppeal, name: string): string => {
  const node = part(el, name);
  if (!node) return '';
  const collect = (n: Node): string => {
    if (n instanceof HTMLSlotElement) {
      const assigned = n.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...n.childNodes]).map(collect).join('');
    }
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.shadowRoot)
      return [...n.shadowRoot.childNodes].map(collect).join('');
    return [...n.childNodes].map(collect).join('');
  };
  return collect(node).replace(/\s+/g, ' ').trim(); // (NBSP too: compare with same())
};
/** Text as compared by textOf: any run of white space (NBSP included) is one space. */
const same = (text: string) => text.replace(/\s+/g, ' ').trim();
const cta = (el: SupportAppeal) => part(el, 'cta')!;
const link = (el: SupportAppeal) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
const amountsOf = (el: SupportAppeal) => part(el, 'amounts')!;
const radio = (el: SupportAppeal, label: string, name = 'amount') => {
  const inputs = [
    ...amountsOf(el).shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
  ];
  const found =
    inputs.find((input) => input.parentElement?.textContent?.trim() === label) ??
    inputs.find((input) => input.nextElementSibling?.textContent?.trim() === label);
  expect(found, `radio "${label}"`).to.be.instanceOf(HTMLInputElement);
  return found!;
};
const remindButton = (el: SupportAppeal) =>
  part(el, 'remind-later')!.shadowRoot!.querySelector('button')!;
const closeButton = (el: SupportAppeal) => part<HTMLButtonElement>(el, 'close')!;

/** An appeal on a page with something before and after it. */
async function appealOnPage(attributes: Record<string, string | boolean>, store?: SnoozeStore) {
  const page = await fixture<HTMLElement>(
    html`<main>
      <h1>Headline</h1>
      <p>Article text. <a href="#before">A link before</a></p>
      <div class="slot"></div>
      <p><a href="#after" id="after">A link after</a></p>
    </main>`,
  );
  const appeal = document.createElement('support-appeal');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) appeal.setAttribute(name, '');
    else if (value !== false) appeal.setAttribute(name, value);
  }
  appeal.innerHTML = '<span slot="heading">We need you</span><p>Please support us.</p>';
  if (store) appeal.store = store;
  page.querySelector('.slot')!.replaceWith(appeal);
  return { page, appeal };
}

async function shownAppeal(attributes: Record<string, string | boolean>, store?: SnoozeStore) {
  const result = await appealOnPage(attributes, store);
  await waitForState(result.appeal, 'shown');
  return result;
}

/** A new element for the campaign, as after a reload: a fresh store reads real storage. */
async function reloaded(
  campaign: string,
  extra: Record<string, string | boolean> = {},
  store = new SnoozeStore(),
) {
  const suppress = recordEvents<SupportSuppressEvent>('support-suppress');
  const show = recordEvents<SupportShowEvent>('support-show');
  const { appeal } = await appealOnPage({ campaign, ...extra }, store);
  await waitUntil(() => appeal.state !== 'pending', 'still pending after reload', {
    timeout: 4000,
  });
  suppress.stop();
  show.stop();
  return { appeal, suppressed: suppress.events, shown: show.events };
}

describe('<support-appeal>', () => {
  afterEach(async () => {
    setImpressionDwell();
    document.documentElement.style.removeProperty('scroll-padding-bottom');
  });

  it('is accessible', async () => {
    const { appeal } = await shownAppeal({
      campaign: uniqueCampaign('a11y'),
      org: 'The Daily Example',
      dismissible: true,
      'checkout-url': 'https://pay.example/give?amount={amount}',
    });
    await expect(appeal).to.be.accessible();
    const region = container(appeal);
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-labelledby')).to.equal(part(appeal, 'heading')!.id);
    for (const target of [cta(appeal), remindButton(appeal), closeButton(appeal)]) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
  });

  it('is accessible in Russian, as a banner and as a modal', async () => {
    for (const variant of ['inline', 'banner', 'modal']) {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign(`a11y-${variant}`),
        variant,
        locale: 'ru',
        currency: 'RUB',
        dismissible: true,
      });
      await expect(appeal, variant).to.be.accessible();
      appeal.remove();
    }
  });

  describe('while pending', () => {
    it('takes no space and paints nothing, then shows once the store answers', async () => {
      const { store, answer } = slowStore();
      const { appeal, page } = await appealOnPage({ campaign: uniqueCampaign('pending') }, store);
      const after = page.querySelector('#after')!.getBoundingClientRect().top;
      await aTimeout(100);
      expect(appeal.state).to.equal('pending');
      expect(appeal.getAttribute('state')).to.equal('pending');
      expect(appeal.getBoundingClientRect().height).to.equal(0);
      expect(getComputedStyle(appeal).display).to.equal('none');
      expect(page.querySelector('#after')!.getBoundingClientRect().top).to.equal(after);
      answer(null);
      await waitForState(appeal, 'shown');
      expect(isVisible(container(appeal))).to.equal(true);
    });

    it('never flashes an appeal the reader snoozed', async () => {
      const campaign = uniqueCampaign('no-flash');
      await new SnoozeStore().update(campaign, (r) => applySnooze(r, [7], Date.now()));
      const heights: number[] = [];
      const { appeal } = await appealOnPage({ campaign });
      const watch = () => {
        heights.push(appeal.getBoundingClientRect().height);
        if (appeal.state === 'pending') requestAnimationFrame(watch);
      };
      watch();
      await waitForState(appeal, 'suppressed');
      expect(heights.every((height) => height === 0)).to.equal(true);
      expect(appeal.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('copy', () => {
    it('defaults to a generic message naming the outlet and the smallest monthly amount', async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('copy-en'),
        org: 'The Daily Example',
      });
      appeal.innerHTML = '';
      await appeal.updateComplete;
      expect(textOf(appeal, 'heading')).to.equal('A message from The Daily Example');
      expect(textOf(appeal, 'body')).to.contain('support us monthly, starting from just $2.');
      expect(textOf(appeal, 'cta')).to.equal('Give $5 a month');
      expect(textOf(appeal, 'remind-later')).to.equal('Remind me later');
    });

    it('speaks Russian from lang or locale, with the currency formatted for it', async () => {
      const wrapper = await fixture(
        html`<div lang="ru">
          <support-appeal
            campaign=${uniqueCampaign('copy-ru')}
            org="Пример"
            currency="RUB"
            amounts="300,500,1000"
          ></support-appeal>
        </div>`,
      );
      const appeal = wrapper.querySelector('support-appeal')!;
      await waitForState(appeal, 'shown');
      const rub = (n: number) =>
        new Intl.NumberFormat('ru', {
          style: 'currency',
          currency: 'RUB',
          maximumFractionDigits: 0,
        }).format(n);
      expect(textOf(appeal, 'heading')).to.equal('Пример: обращение к читателям');
      expect(textOf(appeal, 'body')).to.contain(same(`от ${rub(300)}`));
      expect(textOf(appeal, 'cta')).to.equal(same(`Поддержать: ${rub(500)} в месяц`));
      expect(textOf(appeal, 'remind-later')).to.equal('Напомнить позже');
      expect(container(appeal).getAttribute('lang')).to.equal('ru');
    });

    it('lets the site replace every string with slots and attributes', async () => {
      const page = await fixture(
        html`<support-appeal campaign=${uniqueCampaign('slots')} dismissible close-label="Fermer">
          <span slot="heading">Un message</span>
          <p>Corps du message.</p>
          <span slot="cta">Donner</span>
          <span slot="remind-later">Plus tard</span>
          <small slot="footer">Paiement sécurisé</small>
        </support-appeal>`,
      );
      const appeal = page as SupportAppeal;
      await waitForState(appeal, 'shown');
      expect(textOf(appeal, 'heading')).to.equal('Un message');
      expect(textOf(appeal, 'body')).to.equal('Corps du message.');
      expect(textOf(appeal, 'cta')).to.equal('Donner');
      expect(textOf(appeal, 'remind-later')).to.equal('Plus tard');
      expect(textOf(appeal, 'footer')).to.equal('Paiement sécurisé');
      expect(isVisible(part(appeal, 'footer')!)).to.equal(true);
      expect(closeButton(appeal).getAttribute('aria-label')).to.equal('Fermer');
    });

    it('sets dir from the locale (RTL) and fits in 320px without scrolling sideways', async () => {
      // A 320px column stands for a 320px screen (WebDriver cannot resize WebKit's window).
      const column = await fixture<HTMLElement>(
        html`<div style="width: 320px; overflow: auto; font-size: 16px"></div>`,
      );
      const appeal = document.createElement('support-appeal');
      appeal.campaign = uniqueCampaign('rtl');
      appeal.locale = 'ar';
      appeal.dismissible = true;
      appeal.customAmount = true;
      appeal.checkoutUrl = 'https://pay.example/?a={amount}';
      column.append(appeal);
      await waitForState(appeal, 'shown');
      expect(container(appeal).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(container(appeal)).direction).to.equal('rtl');
      expect(column.scrollWidth).to.be.at.most(320);
      const edge = column.getBoundingClientRect();
      for (const name of ['heading', 'body', 'amounts', 'cta', 'remind-later', 'close']) {
        const box = part(appeal, name)!.getBoundingClientRect();
        expect(box.left, name).to.be.at.least(edge.left - 0.5);
        expect(box.right, name).to.be.at.most(edge.right + 0.5);
      }
    });
  });

  describe('language and direction of each text', () => {
    // Built-in copy is English and Russian. The container speaks the requested locale (the
    // site's own slotted copy is in it); English fallback text says lang="en" dir="ltr"; the
    // amounts are formatted in the locale and isolated inside the sentence.
    const cases = [
      { locale: 'ar', dir: 'rtl', currency: 'AED', copy: 'en' },
      { locale: 'he', dir: 'rtl', currency: 'ILS', copy: 'en' },
      { locale: 'de', dir: 'ltr', currency: 'EUR', copy: 'en' },
      { locale: 'ru', dir: 'ltr', currency: 'RUB', copy: 'ru' },
    ] as const;
    for (const { locale, dir, currency, copy } of cases) {
      it(`${locale}: ${copy} copy in ${copy}, amounts in ${locale}, laid out in order`, async () => {
        const appeal = await fixture<SupportAppeal>(
          html`<support-appeal
            campaign=${uniqueCampaign(`lang-${locale}`)}
            locale=${locale}
            currency=${currency}
            amounts="5,10,20"
            frequencies="monthly,one-off"
            custom-amount
            dismissible
          ></support-appeal>`,
        );
        await waitForState(appeal, 'shown');
        const format = (n: number) =>
          new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            minimumFractionDigits: 0,
            maximumFractionDigits: 0,
          }).format(n);
        expect(container(appeal).getAttribute('lang')).to.equal(locale);
        expect(getComputedStyle(container(appeal)).direction).to.equal(dir);

        const spoken = copy === 'en' ? 'en' : locale; // both English and Russian are LTR
        const words =
          copy === 'en'
            ? [
                'A message to our readers',
                'Independent reporting',
                'If you value',
                'Give',
                'a month',
                'Remind me later',
                'Choose an amount',
                'How often',
                'Monthly',
                'One-time',
                'Other amount',
              ]
            : [
                'Обращение к читателям',
                'Независимая журналистика',
                'Если вам важна',
                'Поддержать',
                'в месяц',
                'Напомнить позже',
                'Выберите сумму',
                'Как часто',
                'Ежемесячно',
                'Разово',
                'Другая сумма',
              ];
        for (const text of words) expectSpoken(appeal, text, spoken, 'ltr');
        expect(closeButton(appeal).matches(`:lang(${spoken})`), 'close button').to.equal(true);
        expect(getComputedStyle(closeButton(appeal)).direction, 'close button').to.equal('ltr');

        // Every amount — presets, the body's, the call to action's — in the locale's own form.
        for (const amount of [5, 10, 20]) {
          expectSpoken(amountsOf(appeal), format(amount), locale, dir);
        }
        const from = format(5);
        expectSpoken(part(appeal, 'body')!, from, locale, dir);
        expectSpoken(cta(appeal), format(10), locale, dir);

        // One full stop after the amount, whether or not the amount ends with one ("5 د.إ.").
        const body = textOf(appeal, 'body');
        expect(body).to.contain(
          same(from.endsWith('.') || /\.\u200f$/.test(from) ? from : `${from}.`),
        );
        expect(body, 'no doubled full stop').not.to.match(/\.[\u200e\u200f\u2068\u2069\s]*\./);

        // The call to action reads in its own order: "Give" before "a month" in English.
        const [first, last] = copy === 'en' ? ['Give', 'a month'] : ['Поддержать', 'в месяц'];
        expect(centreOf(cta(appeal), first)).to.be.lessThan(centreOf(cta(appeal), last));
      });
    }

    it("lays out the site's slotted copy in the locale's direction (lang on the appeal marks it)", async () => {
      // Slotted nodes take their language from the page around them, their direction from
      // the container: `lang="ar"` on the appeal gives both (and sets the locale).
      const appeal = await fixture<SupportAppeal>(
        html`<support-appeal campaign=${uniqueCampaign('lang-slots')} lang="ar" dismissible>
          <span slot="heading">رسالة إلى قرائنا</span>
          <p>ادعمونا.</p>
          <span slot="cta">تبرّع</span>
          <span slot="remind-later">ذكّرني لاحقًا</span>
        </support-appeal>`,
      );
      await waitForState(appeal, 'shown');
      for (const text of ['رسالة إلى قرائنا', 'ادعمونا.', 'تبرّع', 'ذكّرني لاحقًا']) {
        const holder = holderOf(appeal, text);
        expect(holder.matches(':lang(ar)'), text).to.equal(true);
        expect(getComputedStyle(holder).direction, text).to.equal('rtl');
      }
    });
  });

  describe('events', () => {
    it('has rendered everything inside it once updateComplete resolves after support-show', async () => {
      const { appeal } = await appealOnPage({
        campaign: uniqueCampaign('complete'),
        amounts: '3,6,9',
        'default-amount': '6',
        'checkout-url': 'https://pay.example/give?amount={amount}',
      });
      await new Promise((resolve) => appeal.addEventListener('support-show', resolve));
      expect(await appeal.updateComplete).to.equal(true);
      // No frame and no task have passed: all of it came from the one `updateComplete`.
      expect(radio(appeal, '$6').checked).to.equal(true);
      expect(same(textOf(appeal, 'cta'))).to.equal(same('Give $6 a month'));
      expect(textOf(appeal, 'remind-later')).to.equal('Remind me later');
    });

    it('fires support-show once with its detail when shown', async () => {
      const campaign = uniqueCampaign('show');
      const { events, stop } = recordEvents<SupportShowEvent>('support-show');
      const { appeal } = await shownAppeal({ campaign, variant: 'banner' });
      await aTimeout(50);
      stop();
      expect(events.map((e) => e.detail)).to.deep.equal([{ campaign, variant: 'banner' }]);
      expect(events[0]!.target).to.equal(appeal);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('fires support-view after half of it has been visible for a second, and not before', async () => {
      const campaign = uniqueCampaign('view');
      const { events, stop } = recordEvents<SupportViewEvent>('support-view');
      const { appeal } = await shownAppeal({ campaign });
      container(appeal).scrollIntoView({ block: 'center' });
      await aTimeout(500);
      expect(events).to.have.length(0);
      await waitUntil(() => events.length === 1, 'no support-view', { timeout: 3000 });
      await aTimeout(300);
      stop();
      expect(events.map((e) => e.detail)).to.deep.equal([{ campaign, views: 1 }]);
    });

    it('counts no view while it is out of sight', async () => {
      setImpressionDwell(100);
      const campaign = uniqueCampaign('unseen');
      const { events, stop } = recordEvents<SupportViewEvent>('support-view');
      const wrapper = await fixture(
        html`<div>
          <div style="height: 3000px"></div>
          <support-appeal campaign=${campaign}></support-appeal>
        </div>`,
      );
      const appeal = wrapper.querySelector('support-appeal')!;
      window.scrollTo(0, 0);
      await waitForState(appeal, 'shown');
      await aTimeout(400);
      expect(events).to.have.length(0);
      container(appeal).scrollIntoView({ block: 'center' });
      await waitUntil(() => events.length === 1, 'no view once scrolled to');
      stop();
    });
  });

  describe('Remind me later', () => {
    it('hides it at once, moves focus to what follows, and shifts nothing above', async () => {
      const campaign = uniqueCampaign('snooze');
      const { appeal, page } = await shownAppeal({ campaign });
      const suppress = recordEvents<SupportSuppressEvent>('support-suppress');
      const snooze = recordEvents<SupportSnoozeEvent>('support-snooze');
      remindButton(appeal).scrollIntoView({ block: 'center' });
      const headline = page.querySelector('h1')!;
      const before = headline.getBoundingClientRect().top;
      remindButton(appeal).focus();
      await sendKeys({ press: 'Enter' });
      await waitForState(appeal, 'suppressed');
      await waitUntil(() => snooze.events.length === 1, 'no support-snooze');
      suppress.stop();
      snooze.stop();
      expect(appeal.getBoundingClientRect().height).to.equal(0);
      expect(deepFocus()).to.equal(page.querySelector('#after'));
      expect(headline.getBoundingClientRect().top).to.equal(before);
      expect(suppress.events.map((e) => e.detail.reason)).to.deep.equal(['snoozed']);
      const { until, count } = snooze.events[0]!.detail;
      expect(count).to.equal(1);
      expectOnHourAfter(until, Date.now() + 7 * DAY);
      expect(suppress.events[0]!.detail.until).to.equal(until);
    });

    it('stays hidden after a reload and shows again once the snooze has ended', async () => {
      const campaign = uniqueCampaign('reload');
      const { appeal } = await shownAppeal({ campaign, 'snooze-days': '3' });
      await click(remindButton(appeal));
      await waitForState(appeal, 'suppressed');
      appeal.remove();
      const again = await reloaded(campaign, { 'snooze-days': '3' });
      expect(again.appeal.state).to.equal('suppressed');
      expect(again.suppressed.map((e) => e.detail.reason)).to.deep.equal(['snoozed']);
      expect(again.shown).to.have.length(0);
      expect(again.appeal.getBoundingClientRect().height).to.equal(0);
      again.appeal.remove();

      const start = Date.now();
      const before = new SnoozeStore({ now: () => start + 3 * DAY - 60_000 });
      expect((await reloaded(campaign, {}, before)).appeal.state).to.equal('suppressed');
      // The end is stored rounded up to the next hour: a minute past that hour it is over.
      const after = new SnoozeStore({ now: () => start + 3 * DAY + 3_600_000 + 60_000 });
      const later = await reloaded(campaign, {}, after);
      expect(later.appeal.state).to.equal('shown');
      expect(later.shown).to.have.length(1);
      expect(isVisible(container(later.appeal))).to.equal(true);
    });

    it('backs off through snooze-days on each repeated snooze (1, 7, 30, 30 days)', async () => {
      const campaign = uniqueCampaign('backoff');
      let now = Date.UTC(2031, 5, 1);
      const store = new SnoozeStore({ now: () => now });
      const lengths: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const { appeal } = await shownAppeal({ campaign, 'snooze-days': '1,7,30' }, store);
        const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
        await click(remindButton(appeal));
        await waitUntil(() => events.length === 1, 'no support-snooze');
        stop();
        expect(events[0]!.detail.count).to.equal(i + 1);
        lengths.push((events[0]!.detail.until - now) / DAY);
        now = events[0]!.detail.until; // the snooze is over (ends are on the hour)
        appeal.remove();
      }
      expect(lengths).to.deep.equal([1, 7, 30, 30]);
    });

    it('snooze(days) and reset() work from script', async () => {
      const campaign = uniqueCampaign('methods');
      const { appeal } = await shownAppeal({ campaign });
      const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
      await appeal.snooze(2);
      expect(appeal.state).to.equal('suppressed');
      expectOnHourAfter(events[0]!.detail.until, Date.now() + 2 * DAY);
      await appeal.reset();
      stop();
      expect(appeal.state).to.equal('shown');
      expect(await new SnoozeStore().read(campaign)).to.equal(null);
    });

    it('hides the appeal in another tab (two stores), and hears the other tab', async () => {
      const campaign = uniqueCampaign('tabs');
      const channel = uniqueCampaign('tab-channel');
      const here = new SnoozeStore({ channelName: channel });
      const there = new SnoozeStore({ channelName: channel });
      const { appeal } = await shownAppeal({ campaign }, here);
      await there.update(campaign, (record) => applySnooze(record, [7], Date.now()));
      await waitForState(appeal, 'suppressed');
      expect(appeal.getBoundingClientRect().height).to.equal(0);

      const heard: string[] = [];
      there.subscribe((changed) => heard.push(changed));
      const other = await shownAppeal({ campaign: uniqueCampaign('tabs-2') }, here);
      await click(remindButton(other.appeal));
      await waitUntil(() => heard.includes(other.appeal.campaign), 'the other tab heard nothing');
      here.close();
      there.close();
    });

    it('hidden by another tab while scrolled past: what the reader is looking at does not move', async () => {
      const campaign = uniqueCampaign('tabs-above');
      const channel = uniqueCampaign('tab-channel');
      const here = new SnoozeStore({ channelName: channel });
      const there = new SnoozeStore({ channelName: channel });
      const { page, appeal } = await shownAppeal({ campaign }, here);
      // A long article after the appeal; the reader is reading it, the appeal above the top.
      const rest = document.createElement('div');
      rest.style.blockSize = `${3 * window.innerHeight}px`;
      page.append(rest);
      const after = page.querySelector('#after')!;
      window.scrollBy(0, appeal.getBoundingClientRect().bottom + 40);
      await nextFrame();
      expect(appeal.getBoundingClientRect().bottom).to.be.below(0);
      const top = after.getBoundingClientRect().top;
      try {
        await there.update(campaign, (record) => applySnooze(record, [7], Date.now()));
        await waitForState(appeal, 'suppressed');
        expect(isVisible(appeal.querySelector('p')!)).to.equal(false); // its message is gone
        expect(appeal.getBoundingClientRect().height).to.equal(0); // and no gap is left
        expect(Math.abs(after.getBoundingClientRect().top - top)).to.be.below(1);
      } finally {
        window.scrollTo(0, 0);
        here.close();
        there.close();
      }
    });

    it('hides other appeals of the same campaign on the page', async () => {
      const campaign = uniqueCampaign('peers');
      const wrapper = await fixture(
        html`<div>
          <support-appeal campaign=${campaign}></support-appeal>
          <support-appeal campaign=${campaign} variant="banner"></support-appeal>
        </div>`,
      );
      const [inline, banner] = [...wrapper.querySelectorAll('support-appeal')];
      await waitForState(inline!, 'shown');
      await waitForState(banner!, 'shown');
      remindButton(inline!).focus();
      await sendKeys({ press: 'Enter' });
      await waitForState(inline!, 'suppressed');
      await waitForState(banner!, 'suppressed');
      expect(isVisible(wrapper)).to.equal(false);
    });

    it('names the campaign by its trimmed id, so " spring " and "spring" hide together', async () => {
      const campaign = uniqueCampaign('spaced');
      const wrapper = await fixture(
        html`<div>
          <support-appeal campaign=${` ${campaign} `}></support-appeal>
          <support-appeal campaign=${campaign}></support-appeal>
        </div>`,
      );
      const [spaced, plain] = [...wrapper.querySelectorAll('support-appeal')];
      await waitForState(spaced!, 'shown');
      await waitForState(plain!, 'shown');
      const snoozes = recordEvents<SupportSnoozeEvent>('support-snooze');
      try {
        await click(remindButton(spaced!));
        await waitForState(spaced!, 'suppressed');
        await waitForState(plain!, 'suppressed');
        expect(snoozes.events.map((event) => event.detail.campaign)).to.deep.equal([campaign]);
      } finally {
        snoozes.stop();
      }
      expect(isVisible(spaced!) || isVisible(plain!)).to.equal(false);
    });

    it('an appeal of the same campaign inserted right after "Remind me later" never shows', async () => {
      const campaign = uniqueCampaign('late-peer');
      const wrapper = await fixture(
        html`<div><support-appeal campaign=${campaign}></support-appeal></div>`,
      );
      const first = wrapper.querySelector('support-appeal')!;
      await waitForState(first, 'shown');
      const shown = recordEvents<SupportShowEvent>('support-show');
      try {
        // The next page of a single-page site, rendered in the same task as the click.
        remindButton(first).click();
        const late = document.createElement('support-appeal');
        late.setAttribute('campaign', campaign);
        wrapper.append(late);
        await waitForState(late, 'suppressed');
        expect(shown.events.map((event) => event.target)).to.deep.equal([]);
        expect(isVisible(late)).to.equal(false);
      } finally {
        shown.stop();
      }
    });
  });

  describe('call to action', () => {
    it('is a link to the filled-in checkout URL that follows every choice', async () => {
      const { appeal } = await shownAppeal({
        campaign: 'cta-link',
        frequencies: 'monthly,one-off',
        locale: 'en-GB',
        currency: 'eur',
        'checkout-url':
          'https://pay.example/give?a={amount}&c={currency}&f={frequency}&k={campaign}&l={locale}',
      });
      const expected = (amount: number, frequency: string) =>
        `https://pay.example/give?a=${amount}&c=EUR&f=${frequency}&k=cta-link&l=en-GB`;
      expect(link(appeal)?.href).to.equal(expected(5, 'monthly'));
      await click(radio(appeal, '€10'));
      await appeal.updateComplete;
      expect(link(appeal)?.href).to.equal(expected(10, 'monthly'));
      expect(textOf(appeal, 'cta')).to.equal('Give €10 a month');
      radio(appeal, '€10').focus();
      await sendKeys({ press: 'ArrowRight' });
      await appeal.updateComplete;
      expect(link(appeal)?.href).to.equal(expected(25, 'monthly'));
      const oneOff =
        amountsOf(appeal).shadowRoot!.querySelectorAll<HTMLInputElement>(
          'input[name="frequency"]',
        )[1]!;
      await click(oneOff);
      await appeal.updateComplete;
      await nextFrame();
      expect(link(appeal)?.href).to.match(/f=one-off/);
      expect(textOf(appeal, 'cta')).to.match(/^Give €\d+$/);
    });

    it('fires a cancelable support-checkout; cancelled, the page does not navigate', async () => {
      const campaign = uniqueCampaign('checkout');
      const { appeal } = await shownAppeal({
        campaign,
        'checkout-url': '#give-{amount}-{frequency}',
      });
      const hash = location.hash;
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('support-checkout', cancel);
      const { events, stop } = recordEvents<SupportCheckoutEvent>('support-checkout');
      await click(cta(appeal));
      document.removeEventListener('support-checkout', cancel);
      expect(events).to.have.length(1);
      const url = new URL('#give-5-monthly', document.baseURI).href;
      expect(events[0]!.detail).to.deep.equal({
        amount: 5,
        currency: 'USD',
        frequency: 'monthly',
        campaign,
        url,
      });
      expect(events[0]!.cancelable).to.equal(true);
      await aTimeout(50);
      expect(location.hash).to.equal(hash);
      // Not cancelled: the link is followed.
      await click(cta(appeal));
      stop();
      await waitUntil(() => location.hash === '#give-5-monthly', 'the link was not followed');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('goes where the link said when it rendered, even after a <base> is injected', async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('base'),
        'checkout-url': 'give?amount={amount}',
      });
      const shown = link(appeal)!.getAttribute('href')!;
      expect(shown).to.equal(new URL('give?amount=5', location.href).href);
      const base = document.createElement('base');
      base.href = 'https://evil.example/';
      document.head.prepend(base);
      const stay = (event: Event) => event.preventDefault(); // the test page must not navigate
      document.addEventListener('click', stay, true);
      const checkouts = recordEvents<SupportCheckoutEvent>('support-checkout');
      let followed = '';
      const onClick = () => (followed = link(appeal)!.href); // after the appeal's own handler
      document.addEventListener('click', onClick);
      try {
        expect(document.baseURI).to.equal('https://evil.example/');
        await click(cta(appeal));
        await appeal.updateComplete;
      } finally {
        base.remove();
        document.removeEventListener('click', stay, true);
        document.removeEventListener('click', onClick);
        checkouts.stop();
      }
      expect(followed).to.equal(shown);
      expect(checkouts.events.map((event) => event.detail.url)).to.deep.equal([shown]);
      expect(new URL(shown).origin).to.equal(location.origin);
    });

    it('while "Other amount" is empty, offers no link and sends the reader back to the amounts', async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('no-amount'),
        'custom-amount': true,
        'checkout-url': '#give-{amount}',
      });
      const input =
        amountsOf(appeal).shadowRoot!.querySelector<HTMLInputElement>('input[inputmode]')!;
      await click(input);
      await sendKeys({ press: '0' });
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => link(appeal) === null, 'the link stayed while no amount is chosen');
      expect(cta(appeal).localName).to.equal('button');
      expect(cta(appeal).getAttribute('aria-disabled')).to.equal('true');
      const { events, stop } = recordEvents<SupportCheckoutEvent>('support-checkout');
      await click(cta(appeal));
      expect(events).to.have.length(0);
      expect(amountsOf(appeal).shadowRoot!.contains(deepFocus())).to.equal(true);
      await click(input);
      await sendKeys({ press: '7' });
      await waitUntil(() => link(appeal) !== null, 'no link once an amount is typed');
      stop();
      expect(link(appeal)!.href).to.match(/#give-7$/);
    });

    it('is a button when there is no checkout URL, still firing support-checkout', async () => {
      const { appeal } = await shownAppeal({ campaign: uniqueCampaign('no-url') });
      expect(link(appeal)).to.equal(null);
      expect(cta(appeal).localName).to.equal('button');
      const { events, stop } = recordEvents<SupportCheckoutEvent>('support-checkout');
      cta(appeal).focus();
      await sendKeys({ press: 'Enter' });
      stop();
      expect(events.map((e) => e.detail.url)).to.deep.equal([null]);
    });

    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)//{amount}',
      'data:text/html,<script>alert(1)</script>',
      ' \tjavascript:void(0)',
      'vbscript:msgbox(1)',
    ]) {
      it(`never renders a link for checkout-url="${bad}"`, async () => {
        let appeal!: SupportAppeal;
        const warnings = await captureWarnings(async () => {
          ({ appeal } = await shownAppeal({
            campaign: uniqueCampaign('bad-url'),
            'checkout-url': bad,
          }));
          await click(radio(appeal, '$10'));
          await appeal.updateComplete;
        });
        expect(link(appeal)).to.equal(null);
        expect(appeal.shadowRoot!.querySelector('a')).to.equal(null);
        expect(cta(appeal).localName).to.equal('button');
        const mine = warnings.filter((w) => w.includes('<support-appeal>'));
        expect(mine, warnings.join('\n')).to.have.length(1);
        expect(mine[0]).to.contain('checkout-url');
      });
    }
  });

  describe('display rules', () => {
    it('never shows to a supporter', async () => {
      const show = recordEvents<SupportShowEvent>('support-show');
      const suppress = recordEvents<SupportSuppressEvent>('support-suppress');
      const { appeal } = await appealOnPage({
        campaign: uniqueCampaign('supporter'),
        supporter: true,
      });
      await waitForState(appeal, 'suppressed');
      show.stop();
      suppress.stop();
      expect(show.events).to.have.length(0);
      expect(suppress.events.map((e) => e.detail.reason)).to.deep.equal(['supporter']);
      expect(appeal.getBoundingClientRect().height).to.equal(0);
    });

    it('closes with a named close button when dismissible, for dismiss-days', async () => {
      const campaign = uniqueCampaign('dismiss');
      const { appeal, page } = await shownAppeal({
        campaign,
        dismissible: true,
        'dismiss-days': '10',
      });
      expect(closeButton(appeal).getAttribute('aria-label')).to.equal('Close');
      const { events, stop } = recordEvents<SupportDismissEvent>('support-dismiss');
      closeButton(appeal).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => events.length === 1, 'no support-dismiss');
      stop();
      expect(events[0]!.detail.campaign).to.equal(campaign);
      expectOnHourAfter(events[0]!.detail.until, Date.now() + 10 * DAY);
      expect(appeal.state).to.equal('suppressed');
      expect(deepFocus()).to.equal(page.querySelector('#after'));
      appeal.remove();
      const again = await reloaded(campaign);
      expect(again.suppressed.map((e) => e.detail.reason)).to.deep.equal(['dismissed']);
    });

    it('has no close button unless dismissible', async () => {
      const { appeal } = await shownAppeal({ campaign: uniqueCampaign('not-dismissible') });
      expect(closeButton(appeal)).to.equal(null);
    });

    it('stops after max-views impressions in the window', async () => {
      setImpressionDwell(50);
      const campaign = uniqueCampaign('cap');
      const attributes = { campaign, 'max-views': '2', 'view-window-days': '7' };
      for (const expected of [1, 2]) {
        const { events, stop } = recordEvents<SupportViewEvent>('support-view');
        const { appeal } = await shownAppeal(attributes, new SnoozeStore());
        container(appeal).scrollIntoView({ block: 'center' });
        await waitUntil(() => events.length === 1, 'no view');
        stop();
        expect(events[0]!.detail.views).to.equal(expected);
        appeal.remove();
      }
      const capped = await reloaded(campaign, attributes);
      expect(capped.suppressed.map((e) => e.detail.reason)).to.deep.equal(['capped']);
      capped.appeal.remove();
      const start = Date.now();
      const later = new SnoozeStore({ now: () => start + 8 * DAY });
      expect((await reloaded(campaign, attributes, later)).appeal.state).to.equal('shown');
    });
  });

  describe('storage', () => {
    it('on sessionStorage, keeps the snooze of a campaign named "probe"', async () => {
      // An earlier page of this tab snoozed the campaign "probe" while IndexedDB was blocked.
      sessionStorage.setItem(
        'support-kit:probe',
        JSON.stringify(applySnooze(null, [7], Date.now())),
      );
      try {
        const store = new SnoozeStore({
          backend: blockedBackend(),
          timeoutMs: 200,
          channelName: uniqueCampaign('probe-channel'),
        });
        const { appeal } = await appealOnPage({ campaign: 'probe' }, store);
        await waitUntil(() => appeal.state !== 'pending', 'still pending', { timeout: 4000 });
        expect(store.mode).to.equal('session');
        expect(appeal.state).to.equal('suppressed');
        expect(isVisible(appeal)).to.equal(false);
      } finally {
        sessionStorage.removeItem('support-kit:probe');
      }
    });

    it('forgets impressions older than view-window-days while the reader has it snoozed', async () => {
      const campaign = uniqueCampaign('old-views');
      const now = Date.now();
      const data = new Map<string, unknown>();
      const backend: KeyValueBackend = {
        ready: async () => {},
        getItem: async (key) => structuredClone(data.get(key) ?? null),
        setItem: async (key, value) => void data.set(key, structuredClone(value)),
        removeItem: async (key) => void data.delete(key),
      };
      const old = now - 200 * DAY;
      const recent = now - 2 * DAY;
      data.set(campaign, {
        ...applySnooze(null, [30], now - DAY),
        views: [
          [localDay(old), 1],
          [localDay(recent), 1],
        ],
        viewDays: 365,
      });
      const store = new SnoozeStore({ backend, session: null, channelName: uniqueCampaign('ch') });
      const { appeal } = await appealOnPage({ campaign, 'view-window-days': '30' }, store);
      await waitForState(appeal, 'suppressed');
      await waitUntil(
        () => (data.get(campaign) as { views: unknown[] }).views.length === 1,
        `views kept: ${JSON.stringify(data.get(campaign))}`,
      );
      expect(data.get(campaign)).to.deep.include({
        views: [[localDay(recent), 1]],
        snoozeCount: 1,
      });
    });

    it('still works for the page when storage is blocked, and says so', async () => {
      const store = blockedStore();
      const campaign = uniqueCampaign('blocked');
      const errors = recordEvents<SupportStorageErrorEvent>('support-storage-error');
      const { appeal } = await shownAppeal({ campaign }, store);
      await waitUntil(() => errors.events.length > 0, 'no support-storage-error');
      errors.stop();
      expect(errors.events[0]!.detail.campaign).to.equal(campaign);
      expect(errors.events[0]!.detail.operation).to.be.oneOf(['open', 'read']);
      expect(store.mode).to.equal('memory');
      expect(isVisible(container(appeal))).to.equal(true);
      await click(remindButton(appeal));
      await waitForState(appeal, 'suppressed');
      appeal.remove();
      // The page remembers for itself.
      const again = await appealOnPage({ campaign }, store);
      await waitForState(again.appeal, 'suppressed');
    });

    it('stays hidden with no-storage="hide" when nothing can be remembered', async () => {
      const suppress = recordEvents<SupportSuppressEvent>('support-suppress');
      const { appeal } = await appealOnPage(
        { campaign: uniqueCampaign('no-storage'), 'no-storage': 'hide' },
        blockedStore(),
      );
      await waitForState(appeal, 'suppressed');
      suppress.stop();
      expect(suppress.events.map((e) => e.detail.reason)).to.deep.equal(['no-storage']);
    });
  });

  it('warns once per bad attribute, naming it, and falls back', async () => {
    let appeal!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      ({ appeal } = await shownAppeal({
        campaign: uniqueCampaign('bad-attrs'),
        variant: 'popup',
        'snooze-days': 'soon',
        'max-views': '-3',
        locale: 'not a locale!',
      }));
      appeal.requestUpdate();
      await appeal.updateComplete;
    });
    const mine = warnings.filter((w) => w.startsWith('<support-appeal>'));
    for (const attribute of [
      'variant="popup"',
      'snooze-days="soon"',
      'max-views="-3"',
      'locale="not a locale!"',
    ]) {
      expect(
        mine.filter((w) => w.includes(attribute)),
        `${attribute} in ${mine.join('\n')}`,
      ).to.have.length(1);
    }
    expect(container(appeal).classList.contains('inline')).to.equal(true);
    expect(textOf(appeal, 'remind-later')).to.equal('Remind me later');
  });

  it('reports every problem of an attribute once: each bad entry, a cut, the summary', async () => {
    let appeal!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      ({ appeal } = await shownAppeal({
        campaign: uniqueCampaign('many-problems'),
        'snooze-days': 'a,b,c,d,e,f,99999',
        'heading-level': '7',
      }));
      appeal.requestUpdate();
      await appeal.updateComplete;
    });
    const about = (attribute: string) =>
      warnings.filter((w) => w.startsWith(`<support-appeal>: ignoring ${attribute}`));
    const snooze = about('snooze-days="a,b,c,d,e,f,99999"');
    expect(snooze, warnings.join('\n')).to.have.length(6);
    for (const entry of ['"a"', '"b"', '"c"', '"d"', '"e"']) {
      expect(
        snooze.filter((w) => w.includes(`${entry} is not`)),
        entry,
      ).to.have.length(1);
    }
    expect(snooze[5]).to.contain('2 more problems like the ones above.');
    const heading = about('heading-level="7"');
    expect(heading, warnings.join('\n')).to.have.length(1);
    expect(heading[0]).to.contain('not a heading level from 1 to 6. Using 2.');
    expect(part(appeal, 'heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('names itself in warnings about the amount attributes it passes on', async () => {
    // The editor wrote <support-appeal amounts=…>; a warning naming the inner
    // <support-amounts> would send them looking for an element they never wrote.
    const warnings = await captureWarnings(async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('bad-amounts'),
        amounts: '2,x,10',
        currency: 'EURO',
        'min-amount': 'lots',
        'custom-amount': true,
      });
      appeal.requestUpdate();
      await appeal.updateComplete;
    });
    for (const attribute of ['amounts="2,x,10"', 'currency="EURO"', 'min-amount="lots"']) {
      const about = warnings.filter((w) => w.includes(attribute));
      expect(about, `${attribute} in ${warnings.join('\n')}`).to.have.length(1);
      expect(about[0]).to.match(/^<support-appeal>: /);
    }
    expect(warnings.filter((w) => w.includes('<support-amounts>'))).to.deep.equal([]);
  });

  it('goes back to its defaults, silently, when attributes are removed; it writes none itself', async () => {
    const { appeal } = await shownAppeal({
      campaign: uniqueCampaign('removed'),
      variant: 'banner',
      'snooze-days': '3',
    });
    expect(container(appeal).classList.contains('banner')).to.equal(true);
    const warnings = await captureWarnings(async () => {
      appeal.removeAttribute('variant');
      appeal.removeAttribute('snooze-days');
      await appeal.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(appeal.variant).to.equal('inline');
    expect(container(appeal).classList.contains('inline')).to.equal(true);
    // Defaults stay properties: the page's markup is what the site wrote.
    expect(appeal.hasAttribute('variant')).to.equal(false);
    // Nothing set at all, not even a store: it still reads the page's store and decides.
    const bare = document.createElement('support-appeal') as SupportAppeal;
    document.body.append(bare);
    await waitUntil(() => bare.state !== 'pending', 'a bare appeal never decided');
    expect(bare.getAttributeNames().sort()).to.deep.equal(['state']);
    bare.remove();
  });

  it('can be walked through with the keyboard alone', async () => {
    const { appeal, page } = await shownAppeal({
      campaign: uniqueCampaign('keyboard'),
      'checkout-url': 'https://pay.example/?amount={amount}',
    });
    const before = page.querySelector<HTMLAnchorElement>('a[href="#before"]')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()).to.equal(radio(appeal, '$5'));
    await sendKeys({ press: 'ArrowRight' });
    await appeal.updateComplete;
    expect(link(appeal)!.href).to.equal('https://pay.example/?amount=10');
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()).to.equal(cta(appeal));
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()).to.equal(remindButton(appeal));
    await sendKeys({ press: 'Enter' });
    await waitForState(appeal, 'suppressed');
    expect(deepFocus()).to.equal(page.querySelector('#after'));
  });

  describe('banner', () => {
    it('sits at the bottom, collapses with Escape and expands again', async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('banner'),
        variant: 'banner',
      });
      await Promise.all(
        container(appeal)
          .getAnimations()
          .map((a) => a.finished),
      );
      const box = container(appeal).getBoundingClientRect();
      expect(getComputedStyle(container(appeal)).position).to.equal('fixed');
      expect(Math.round(box.bottom)).to.equal(window.innerHeight);
      await expect(appeal).to.be.accessible();
      cta(appeal).focus();
      await sendKeys({ press: 'Escape' });
      await appeal.updateComplete;
      const toggle = part(appeal, 'toggle')!;
      expect(isVisible(part(appeal, 'body')!)).to.equal(false);
      expect(deepFocus()).to.equal(toggle);
      // One label; the state is aria-expanded's to tell.
      expect(toggle.textContent?.trim()).to.equal('Minimize');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(container(appeal).getBoundingClientRect().height).to.be.below(box.height);
      await sendKeys({ press: 'Enter' });
      await appeal.updateComplete;
      expect(isVisible(part(appeal, 'body')!)).to.equal(true);
      expect(toggle.textContent?.trim()).to.equal('Minimize');
    });

    it('never covers the focused element of the page', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 2000px"></div>
          <button id="low">A button low on the page</button>
          <div style="height: 2000px"></div>
          <support-appeal campaign=${uniqueCampaign('cover')} variant="banner"></support-appeal>
        </div>`,
      );
      const appeal = page.querySelector('support-appeal')!;
      await waitForState(appeal, 'shown');
      expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).to.match(
        /px$/,
      );
      const low = page.querySelector<HTMLButtonElement>('#low')!;
      // Scroll so the button sits right at the bottom edge, under the banner.
      window.scrollBy(0, low.getBoundingClientRect().bottom - window.innerHeight + 2);
      await nextFrame();
      low.focus();
      await nextFrame();
      const top = container(appeal).getBoundingClientRect().top;
      expect(low.getBoundingClientRect().bottom).to.be.at.most(top);
      await appeal.snooze();
      expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).to.equal('');
    });
  });

  describe('modal', () => {
    it('opens a labelled modal dialog, traps focus, and Escape returns focus', async () => {
      const campaign = uniqueCampaign('modal');
      const page = await fixture<HTMLElement>(html`<div><button id="opener">Open</button></div>`);
      const opener = page.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      const appeal = document.createElement('support-appeal');
      appeal.campaign = campaign;
      appeal.variant = 'modal';
      page.append(appeal);
      await waitForState(appeal, 'shown');
      const dialog = container(appeal) as HTMLDialogElement;
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal(part(appeal, 'heading')!.id);
      expect(deepFocus()).to.equal(part(appeal, 'heading'));
      await expect(appeal).to.be.accessible();
      // Round the dialog once. Firefox puts its own toolbar in the cycle: one more Tab comes
      // back. The loop ends on an element of the dialog, never in the toolbar, which would keep
      // the browser's focus away from the pages of the test files after this one.
      const visited = new Set<Element>();
      for (let i = 0; i < 24; i += 1) {
        await sendKeys({ press: 'Tab' });
        const focus = deepFocus();
        if (focus === document.body || focus === null) continue; // browser chrome
        expect(
          appeal.contains(focus) ||
            appeal.shadowRoot!.contains(focus) ||
            focus.getRootNode() !== document,
          `Tab ${i} left the dialog`,
        ).to.equal(true);
        expect(focus).not.to.equal(opener);
        if (visited.has(focus)) break; // wrapped round: the trap held for a whole cycle
        visited.add(focus);
      }
      expect(visited.size, 'focusable elements in the dialog').to.be.at.least(4);
      const { events, stop } = recordEvents<SupportDismissEvent>('support-dismiss');
      part(appeal, 'heading')!.focus();
      await sendKeys({ press: 'Escape' });
      await waitForState(appeal, 'suppressed');
      await waitUntil(() => events.length === 1, 'no support-dismiss');
      stop();
      expect(dialog.open).to.equal(false);
      expect(events.map((e) => e.detail.campaign)).to.deep.equal([campaign]);
      expect(deepFocus()).to.equal(opener);
    });

    it('closes with its close button, which it always has', async () => {
      const page = await fixture<HTMLElement>(html`<div><button id="opener">Open</button></div>`);
      page.querySelector<HTMLButtonElement>('#opener')!.focus();
      const appeal = document.createElement('support-appeal');
      appeal.campaign = uniqueCampaign('modal-close');
      appeal.variant = 'modal';
      appeal.locale = 'ru';
      page.append(appeal);
      await waitForState(appeal, 'shown');
      expect(closeButton(appeal).getAttribute('aria-label')).to.equal('Закрыть');
      const dialog = container(appeal) as HTMLDialogElement;
      await click(closeButton(appeal));
      await waitForState(appeal, 'suppressed');
      expect(dialog.open).to.equal(false);
      expect(deepFocus()).to.equal(page.querySelector('#opener'));
    });

    it('closes when snoozed from inside', async () => {
      const { appeal } = await shownAppeal({
        campaign: uniqueCampaign('modal-snooze'),
        variant: 'modal',
      });
      const dialog = container(appeal) as HTMLDialogElement;
      await click(remindButton(appeal));
      await waitForState(appeal, 'suppressed');
      expect(dialog.open).to.equal(false);
      expect(deepFocus()).not.to.equal(document.body);
    });
  });

  it('is registered once under its name', () => {
    expect(customElements.get('support-appeal')).to.equal(SupportAppeal);
  });
});
