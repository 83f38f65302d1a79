import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/support-privacy.js';
import '../../packages/elements/support-appeal.js';
import type { SupportPrivacy } from '../../packages/elements/src/privacy/SupportPrivacy.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { READER_KEY, applySnooze, forgetAll, localDay, type SnoozeStore } from '@support-kit/core';
import {
  captureWarnings,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
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
      'They remember nothing about you on this device. Nothing of it leaves your browser.',
    );
    await store.update('spring', (current) => applySnooze(current, [7], NOW));
    await store.updateReader(() => readerWith(12));
    expect(text(await panel(store), 'summary')).to.equal(
      'They remember this, on this device only. You hid one appeal for a while. You read 12 articles here in the last year. Nothing of it leaves your browser.',
    );
    expect(text(await panel(store, 'ru'), 'summary')).to.equal(
      'Вот что они помнят, только на этом устройстве. Вы отложили 1 просьбу. За год вы прочли здесь 12 статей. Ничто из этого не покидает ваш браузер.',
    );
  });

  it('has a visible heading, its slot, and a level', async () => {
    const el = await panel(mapStore());
    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(el, 'heading')).to.equal("What this site's appeals remember on this device");
    expect((heading as HTMLElement).offsetHeight).to.be.above(0);
    const panelEl = el.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(panelEl.getAttribute('aria-labelledby')).to.equal(heading.id);
    const own = document.createElement('h3');
    own.slot = 'heading';
    own.textContent = 'Your data here';
    el.append(own);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const slot = heading.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
  });

  it('says what someone holding the device could learn, that deleted records may linger, and how to clear the site data', async () => {
    const store = mapStore();
    const empty = await panel(store);
    expect(empty.shadowRoot!.querySelector('[part~="exposure"]')).to.equal(null);
    await store.update('spring', (current) => applySnooze(current, [7], NOW));
    await store.updateReader(() => readerWith(12));
    const el = await panel(store);
    expect(text(el, 'exposure')).to.equal(
      "Someone holding this unlocked device could read it. Any of it shows that this browser has visited this site. It is kept day by day: it shows on which days you were here. It names no article. But on a day with few new articles, today's count could point to the ones you read.",
    );
    expect(text(el, 'residue')).to.equal(
      "After you erase it, the browser may keep deleted records in its files for a while, until it tidies them up. To remove everything this site stored, clear this site's data in your browser's settings.",
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    el.setAttribute('clear-data-url', '/help/clear-site-data');
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="clear-link"]')!;
    expect(link.textContent!.trim()).to.equal("How to clear this site's data");
    expect(link.href).to.equal(new URL('/help/clear-site-data', document.baseURI).href);
    const ru = await panel(store, 'ru');
    expect(text(ru, 'exposure')).to.contain('разблокированное устройство');
    expect(text(ru, 'residue')).to.contain('удалите данные сайта в настройках браузера');
  });

  it('refuses a clear-data-url that is not http(s), with one warning', async () => {
    const el = await panel(mapStore());
    const warnings = await captureWarnings(async () => {
      el.setAttribute('clear-data-url', 'javascript:alert(1)');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('support-privacy');
    expect(warnings[0]).to.contain('clear-data-url');
    expect(warnings[0]).to.contain('javascript:alert(1)');
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
        'Your reading is no longer counted. Its count and the views of appeals are erased.',
      );
      expect(events.events.map((event) => event.detail)).to.deep.equal([{ counting: false }]);
      expect(backend.data.get(READER_KEY)).to.deep.equal({
        v: 2,
        counting: false,
        days: [],
        updatedAt: localDay(NOW),
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
        "Forgotten. This site's appeals remember nothing on this device now.",
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
