import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setImpressionDwell } from '../../packages/elements/testing.js';
import '../../packages/elements/support-appeal.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import type { SnoozeStore } from '@support-kit/core';
import {
  blockedStore,
  captureWarnings,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
import { MapBackend, mapStore, readerWith } from './reading.helpers.js';

async function appeal(store: SnoozeStore, min: string, days?: string): Promise<SupportAppeal> {
  const el = document.createElement('support-appeal');
  el.campaign = uniqueCampaign('articles');
  el.setAttribute('min-articles', min);
  if (days) el.setAttribute('articles-days', days);
  el.store = store;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  return el;
}

async function storeWith(reads: number, counting = true) {
  const store = mapStore();
  await store.updateReader(() => readerWith(reads, counting));
  return store;
}

describe('<support-appeal min-articles>', () => {
  it('shows to a reader with enough reads', async () => {
    const el = await appeal(await storeWith(5), '5');
    await waitForState(el, 'shown');
  });

  it('suppresses with reason few-articles below the target', async () => {
    const events = recordEvents<Event & { detail: { reason: string } }>('support-suppress');
    try {
      const el = await appeal(await storeWith(4), '5');
      await waitForState(el, 'suppressed');
      expect(events.events.map((event) => event.detail.reason)).to.deep.equal(['few-articles']);
    } finally {
      events.stop();
    }
  });

  it('counts only the articles-days window', async () => {
    const store = mapStore();
    const record = readerWith(0);
    const today = readerWith(1).days[0]![0];
    record.days = [
      [today - 10, 3],
      [today, 1],
    ];
    await store.updateReader(() => record);
    await waitForState(await appeal(store, '2', '7'), 'suppressed');
    await waitForState(await appeal(store, '2', '30'), 'shown');
  });

  it('treats counting off, and an unknown count, as met', async () => {
    await waitForState(await appeal(await storeWith(0, false), '5'), 'shown');
    await waitForState(await appeal(mapStore(), '5'), 'shown'); // no record yet
    const blocked = await appeal(blockedStore(), '5');
    blocked.setAttribute('no-storage', 'show');
    await waitForState(blocked, 'shown');
  });

  it('warns once about a bad min-articles and ignores it', async () => {
    const warnings = await captureWarnings(async () => {
      await waitForState(await appeal(await storeWith(0), 'lots'), 'shown');
    });
    expect(warnings.filter((each) => each.includes('min-articles="lots"'))).to.have.length(1);
  });
});

describe('<support-appeal> with counting off', () => {
  afterEach(() => {
    setImpressionDwell();
  });

  it('stores no impression: the max-views cap counts only this page view', async () => {
    setImpressionDwell(50);
    const backend = new MapBackend();
    await mapStore(backend).updateReader(() => readerWith(0, false));
    const stored = JSON.stringify([...backend.data]);
    const campaign = uniqueCampaign('counting-off-views');
    for (let page = 0; page < 2; page++) {
      const views = recordEvents<Event & { detail: { views: number } }>('support-view');
      try {
        const el = document.createElement('support-appeal');
        el.campaign = campaign;
        el.setAttribute('max-views', '1');
        el.store = mapStore(backend); // a reload
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await waitForState(el, 'shown'); // never capped: nothing was stored by the page before
        el.scrollIntoView({ block: 'center' });
        await waitUntil(() => views.events.length === 1, 'no support-view');
        expect(views.events[0]!.detail.views).to.equal(1);
        expect(JSON.stringify([...backend.data])).to.equal(stored);
        el.remove();
      } finally {
        views.stop();
      }
    }
  });
});
