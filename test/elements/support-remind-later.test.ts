import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-remind-later.js';
import { SnoozeStore, ceilHour } from '@support-kit/core';
import { SupportRemindLater } from '../../packages/elements/src/remind-later/SupportRemindLater.js';
import { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import type {
  SupportSnoozeEvent,
  SupportStorageErrorEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import {
  DAY,
  blockedStore,
  captureWarnings,
  click,
  deepFocus,
  expectOnHourAfter,
  isolatedStore,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
import { expectSpoken } from './text-language.helpers.js';

const button = (el: SupportRemindLater) => el.shadowRoot!.querySelector('button')!;
/** The label a reader sees: the slotted text, else the default. */
const label = (el: SupportRemindLater) =>
  (el.textContent?.trim() || button(el).textContent?.trim()) ?? '';

/**
 * The event follows the write, which may take the store's whole bounded wait (1 s) before it
 * falls back — as long as waitUntil's default: a slow IndexedDB (late in a WebKit run) lost that race.
 */
const SNOOZE_WAIT = { timeout: 5000 };

describe('<support-remind-later>', () => {
  it('is accessible', async () => {
    const el = await fixture<SupportRemindLater>(
      html`<support-remind-later campaign=${uniqueCampaign('a11y')}></support-remind-later>`,
    );
    await expect(el).to.be.accessible();
    expect(button(el).getBoundingClientRect().height).to.be.at.least(24);
    expect(button(el).getBoundingClientRect().width).to.be.at.least(24);
  });

  it('says "Remind me later", in Russian under lang="ru", and its slot replaces the label', async () => {
    const en = await fixture<SupportRemindLater>(
      html`<support-remind-later></support-remind-later>`,
    );
    expect(label(en)).to.equal('Remind me later');
    const wrapper = await fixture(
      html`<div lang="ru-RU"><support-remind-later></support-remind-later></div>`,
    );
    const ru = wrapper.querySelector('support-remind-later')!;
    await ru.updateComplete;
    expect(label(ru)).to.equal('Напомнить позже');
    const forced = await fixture<SupportRemindLater>(
      html`<support-remind-later locale="ru"></support-remind-later>`,
    );
    expect(label(forced)).to.equal('Напомнить позже');
    const slotted = await fixture<SupportRemindLater>(
      html`<support-remind-later>Not now, thanks</support-remind-later>`,
    );
    expect(label(slotted)).to.equal('Not now, thanks');
    expect(slotted.shadowRoot!.querySelector('slot')!.assignedNodes().length).to.equal(1);
  });

  it('marks its English label lang="en" dir="ltr" on a page in a language it has no label for', async () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['he', 'rtl'],
      ['de', 'ltr'],
    ] as const) {
      const wrapper = await fixture(
        html`<div lang=${lang} dir=${dir}><support-remind-later></support-remind-later></div>`,
      );
      const el = wrapper.querySelector('support-remind-later')!;
      await el.updateComplete;
      expectSpoken(el, 'Remind me later', 'en', 'ltr');
    }
    const ru = await fixture(
      html`<div lang="ru"><support-remind-later></support-remind-later></div>`,
    );
    expectSpoken(ru, 'Напомнить позже', 'ru', 'ltr');
  });

  it('alone, snoozes its campaign in the store and fires support-snooze with the detail', async () => {
    const campaign = uniqueCampaign('alone');
    const now = Date.UTC(2030, 0, 1);
    const el = await fixture<SupportRemindLater>(
      html`<support-remind-later
        campaign=${campaign}
        days="3"
        .store=${new SnoozeStore({ now: () => now })}
      ></support-remind-later>`,
    );
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    await click(button(el));
    await waitUntil(() => events.length === 1, 'no support-snooze', SNOOZE_WAIT);
    stop();
    expect(events[0]!.detail).to.deep.equal({ campaign, until: ceilHour(now + 3 * DAY), count: 1 });
    expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
    // A fresh store (as after a reload) finds the snooze in real storage.
    const stored = await new SnoozeStore().read(campaign);
    expect(stored?.snoozedUntil).to.equal(now + 3 * DAY);
  });

  it('takes days as a number property, as React 19 sets it (days={2})', async () => {
    const campaign = uniqueCampaign('number-days');
    const now = Date.UTC(2030, 0, 1);
    const el = await fixture<SupportRemindLater>(
      html`<support-remind-later
        campaign=${campaign}
        .days=${2 as unknown as string}
        .store=${isolatedStore({ now: () => now })}
      ></support-remind-later>`,
    );
    expect(label(el)).to.equal('Remind me later');
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    await click(button(el));
    await waitUntil(() => events.length === 1, 'no support-snooze', SNOOZE_WAIT);
    stop();
    expect(events[0]!.detail.until).to.equal(ceilHour(now + 2 * DAY));
  });

  it('works from the keyboard: Tab to it, Enter or Space snoozes', async () => {
    const campaign = uniqueCampaign('keys');
    const wrapper = await fixture(
      html`<div>
        <button>before</button>
        <support-remind-later campaign=${campaign}></support-remind-later>
      </div>`,
    );
    const el = wrapper.querySelector('support-remind-later')!;
    el.store = isolatedStore();
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 1, 'Enter did not snooze', SNOOZE_WAIT);
    await sendKeys({ press: ' ' }); // Space (the key name Firefox's BiDi understands)
    await waitUntil(() => events.length === 2, 'Space did not snooze', SNOOZE_WAIT);
    stop();
    expect(events.map((event) => event.detail.count)).to.deep.equal([1, 2]);
    expectOnHourAfter(events[0]!.detail.until, Date.now() + 7 * DAY);
  });

  it('inside an appeal, snoozes that appeal with its snooze-days and the appeal hides', async () => {
    const campaign = uniqueCampaign('inside');
    const appeal = await fixture<SupportAppeal>(
      html`<support-appeal campaign=${campaign} snooze-days="2,9"
        ><span slot="heading">Please help</span>
        <p>Words.</p></support-appeal
      >`,
    );
    await waitForState(appeal, 'shown');
    const inner = appeal.shadowRoot!.querySelector('support-remind-later')!;
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    await click(button(inner));
    await waitUntil(() => events.length === 1, 'no support-snooze', SNOOZE_WAIT);
    stop();
    expect(appeal.state).to.equal('suppressed');
    expect(events[0]!.target).to.equal(appeal);
    expect(events[0]!.detail.campaign).to.equal(campaign);
    expectOnHourAfter(events[0]!.detail.until, Date.now() + 2 * DAY);
  });

  it('with campaign, snoozes that campaign’s appeal elsewhere on the page', async () => {
    const campaign = uniqueCampaign('next-to');
    const wrapper = await fixture(
      html`<div>
        <support-appeal campaign=${campaign}><p>Words.</p></support-appeal>
        <p>
          Not in the mood?
          <support-remind-later campaign=${campaign} days="1"></support-remind-later>
        </p>
      </div>`,
    );
    const appeal = wrapper.querySelector('support-appeal')!;
    await waitForState(appeal, 'shown');
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    await click(button(wrapper.querySelector('support-remind-later')!));
    await waitForState(appeal, 'suppressed');
    await waitUntil(() => events.length === 1, 'no support-snooze', SNOOZE_WAIT);
    stop();
    expectOnHourAfter(events[0]!.detail.until, Date.now() + DAY);
  });

  it('with campaign, hides an appeal it cannot reach (inside another shadow root)', async () => {
    const campaign = uniqueCampaign('shadowed');
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const appeal = document.createElement('support-appeal');
    appeal.campaign = campaign;
    shadow.append(appeal);
    await waitForState(appeal, 'shown');
    const remind = await fixture<SupportRemindLater>(
      html`<support-remind-later campaign=${campaign}></support-remind-later>`,
    );
    await click(button(remind));
    await waitForState(appeal, 'suppressed');
    expect(appeal.getBoundingClientRect().height).to.equal(0);
  });

  it('warns once about a bad days value and falls back', async () => {
    const campaign = uniqueCampaign('bad-days');
    let el!: SupportRemindLater;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SupportRemindLater>(
        html`<support-remind-later campaign=${campaign} days="soon"></support-remind-later>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<support-remind-later>').and.contain('days="soon"');
    el.store = isolatedStore();
    const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
    await el.snooze();
    stop();
    expectOnHourAfter(events[0]!.detail.until, Date.now() + 7 * DAY);
  });

  it('reads days as the appeal reads snooze-days: no hex, no exponents, ten years at most', async () => {
    for (const [days, expected, problem] of [
      ['0x10', 7, 'not a positive number of days'],
      ['1e3', 7, 'not a positive number of days'],
      ['99999', 3650, 'more than ten years. Using 3650'],
    ] as const) {
      const campaign = uniqueCampaign('strict-days');
      let el!: SupportRemindLater;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SupportRemindLater>(
          html`<support-remind-later campaign=${campaign} days=${days}></support-remind-later>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings, days).to.have.length(1);
      expect(warnings[0]).to.contain(`<support-remind-later>: ignoring days="${days}"`);
      expect(warnings[0]).to.contain(problem);
      el.store = isolatedStore();
      const { events, stop } = recordEvents<SupportSnoozeEvent>('support-snooze');
      await el.snooze();
      stop();
      expectOnHourAfter(events[0]!.detail.until, Date.now() + expected * DAY);
    }
  });

  it('still snoozes for the page when storage is blocked, and reports the error', async () => {
    const campaign = uniqueCampaign('blocked');
    const el = await fixture<SupportRemindLater>(
      html`<support-remind-later campaign=${campaign}></support-remind-later>`,
    );
    const store = blockedStore();
    el.store = store;
    const snoozes = recordEvents<SupportSnoozeEvent>('support-snooze');
    const errors = recordEvents<SupportStorageErrorEvent>('support-storage-error');
    await click(button(el));
    await waitUntil(() => snoozes.events.length === 1, 'no support-snooze', SNOOZE_WAIT);
    await waitUntil(() => errors.events.length > 0, 'no support-storage-error');
    snoozes.stop();
    errors.stop();
    expect(errors.events[0]!.detail.campaign).to.equal(campaign);
    expect(errors.events[0]!.detail.message).to.be.a('string').with.length.greaterThan(0);
    expect((await store.read(campaign))?.snoozeCount).to.equal(1);
  });
});
