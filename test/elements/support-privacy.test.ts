import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/support-privacy.js';
import '../../packages/elements/support-appeal.js';
import type { SupportPrivacy } from '../../packages/elements/src/privacy/SupportPrivacy.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { READER_KEY, applySnooze, forgetAll, type SnoozeStore } from '@support-kit/core';
import { recordEvents, uniqueCampaign, waitForState } from './support-appeal.helpers.js';
import { MapBackend, NOW, mapStore, readerWith } from './reading.helpers.js';

async function panel(store: SnoozeStore, locale?: string): Promise<SupportPrivacy> {
  const el = document.createElement('support-privacy');
  if (locale) el.locale = locale;
  el.store = store;
  const host = await fixture<HTMLDivElement>(html`<div style="max-width: 320px"></div>`);
  host.append(el);
  await el.refresh();
  await el.updateComplete;
  return el;
}

const text = (el: SupportPrivacy, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
const buttons = (el: SupportPrivacy) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'),
];

describe('<support-privacy>', () => {
  it('is accessible, at 320 px, in every state', async () => {
    const store = mapStore();
    await store.updateReader(() => readerWith(3));
    const el = await panel(store);
    await expect(el).to.be.accessible();
    await el.setCounting(false);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says what is remembered, from the records themselves', async () => {
    const store = mapStore();
    expect(text(await panel(store), 'summary')).to.equal(
      "This site's support appeals remember nothing about you on this device. Nothing of it leaves your browser.",
    );
    await store.update('spring', (current) => applySnooze(current, [7], NOW));
    await store.updateReader(() => readerWith(12));
    expect(text(await panel(store), 'summary')).to.equal(
      "On this device only, this site's support appeals remember one appeal you hid for a while, that you read 12 articles in the last year. Nothing of it leaves your browser.",
    );
    expect(text(await panel(store, 'ru'), 'summary')).to.equal(
      'Только на этом устройстве просьбы о поддержке этого сайта помнят 1 просьбу, которую вы отложили, что за год вы прочли 12 статей. Ничто из этого не покидает ваш браузер.',
    );
  });

  it('follows a store given after it connected: shows its records and forgets in it', async () => {
    const el = await panel(mapStore());
    const other = mapStore();
    await other.updateReader(() => readerWith(12));
    el.store = other;
    await waitUntil(() => text(el, 'summary').includes('12 articles'), text(el, 'summary'));
    await el.forget();
    expect(await other.readReader()).to.equal(null);
    await waitUntil(() => !text(el, 'summary').includes('12 articles'), text(el, 'summary'));
  });

  it('stop counting from the keyboard: confirmed in the live region, the event, only the flag stored', async () => {
    const backend = new MapBackend();
    const store = mapStore(backend);
    await store.updateReader(() => readerWith(3));
    const el = await panel(store);
    const events = recordEvents<Event & { detail: { counting: boolean } }>(
      'support-counting-change',
    );
    try {
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, 'status') !== '');
      expect(el.shadowRoot!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal(
        'status',
      );
      expect(text(el, 'status')).to.equal(
        'Your reading is no longer counted, and its count is erased.',
      );
      expect(events.events.map((event) => event.detail)).to.deep.equal([{ counting: false }]);
      expect(backend.data.get(READER_KEY)).to.deep.include({
        counting: false,
        days: [],
        recent: [],
      });
      await waitUntil(() => buttons(el)[0]!.textContent!.trim() === 'Count my reading again');
      buttons(el)[0]!.focus();
      await sendKeys({ press: ' ' }); // Space (the key name Firefox's BiDi understands)
      await waitUntil(() => text(el, 'status') === 'Your reading is counted again on this device.');
      expect(events.events.map((event) => event.detail)).to.deep.equal([
        { counting: false },
        { counting: true },
      ]);
      expect(backend.data.has(READER_KEY)).to.equal(false);
    } finally {
      events.stop();
    }
  });

  it('forget all: every record gone, the event, the confirmation', async () => {
    const backend = new MapBackend();
    const store = mapStore(backend);
    await store.update('spring', (current) => applySnooze(current, [7], NOW));
    await store.updateReader(() => readerWith(3));
    const el = await panel(store);
    const events = recordEvents<Event & { detail: { counting: boolean } }>('support-forget');
    try {
      buttons(el)[1]!.click();
      await waitUntil(() => text(el, 'status') !== '');
      expect(text(el, 'status')).to.equal(
        "Forgotten. This site's support appeals remember nothing on this device now.",
      );
      expect(backend.data.size).to.equal(0);
      expect(events.events.map((event) => event.detail)).to.deep.equal([{ counting: true }]);
      expect(text(el, 'summary')).to.contain('remember nothing');
    } finally {
      events.stop();
    }
  });

  it('forget in one tab clears a snooze in another: its appeal shows again', async () => {
    const backend = new MapBackend();
    const channel = uniqueCampaign('privacy');
    const tabA = mapStore(backend, channel);
    const tabB = mapStore(backend, channel);
    const campaign = uniqueCampaign('forget');
    await tabB.update(campaign, (current) => applySnooze(current, [7], NOW));
    const el = document.createElement('support-appeal') as SupportAppeal;
    el.campaign = campaign;
    el.store = tabB;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitForState(el, 'suppressed');
    const panelB = await panel(tabB);
    await forgetAll(tabA);
    await waitForState(el, 'shown');
    await waitUntil(() => text(panelB, 'summary').includes('remember nothing'));
  });
});
