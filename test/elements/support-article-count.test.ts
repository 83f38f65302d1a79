import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/support-article-count.js';
import type { SupportArticleCount } from '../../packages/elements/src/article-count/SupportArticleCount.js';
import { countRead } from '../../packages/elements/src/reading/count-read.js';
import { countReads, forgetAll, setCounting, type SnoozeStore } from '@support-kit/core';
import { STORY_NOW, seededStore } from '../../stories/reading-store.js';
import { blockedStore, captureWarnings } from './support-appeal.helpers.js';
import { MapBackend, mapStore, readerWith } from './reading.helpers.js';

const EN = { one: "You've read {count} article", other: "You've read {count} articles" };
const RU = {
  one: 'Вы прочли {count} статью',
  few: 'Вы прочли {count} статьи',
  many: 'Вы прочли {count} статей',
  other: 'Вы прочли {count} статьи',
};

async function countElement(
  store: SnoozeStore,
  attributes: Record<string, string> = EN,
): Promise<SupportArticleCount> {
  const el = document.createElement('support-article-count');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.store = store;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

const shown = (el: SupportArticleCount) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function settle(el: SupportArticleCount) {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

async function withReads(reads: number, attributes: Record<string, string>, counting = true) {
  const store = mapStore();
  await store.updateReader(() => readerWith(reads, counting));
  const el = await countElement(store, attributes);
  await settle(el);
  return el;
}

describe('<support-article-count>', () => {
  it('is accessible', async () => {
    const el = await withReads(3, EN);
    await expect(el).to.be.accessible();
  });

  it('says the count in English plural forms: 1, 2, 5, 21; 0 with min="0"', async () => {
    const said: string[] = [];
    for (const reads of [1, 2, 5, 21]) said.push(shown(await withReads(reads, EN)));
    said.push(shown(await withReads(0, { ...EN, min: '0' })));
    expect(said).to.deep.equal([
      "You've read 1 article",
      "You've read 2 articles",
      "You've read 5 articles",
      "You've read 21 articles",
      "You've read 0 articles",
    ]);
  });

  it('says the count in Russian plural forms: 1, 2, 5, 21; 0 with min="0"', async () => {
    const said: string[] = [];
    for (const reads of [1, 2, 5, 21])
      said.push(shown(await withReads(reads, { ...RU, locale: 'ru' })));
    said.push(shown(await withReads(0, { ...RU, locale: 'ru', min: '0' })));
    expect(said).to.deep.equal([
      'Вы прочли 1 статью',
      'Вы прочли 2 статьи',
      'Вы прочли 5 статей',
      'Вы прочли 21 статью',
      'Вы прочли 0 статей',
    ]);
  });

  it('formats the number for the locale', async () => {
    expect(shown(await withReads(1000, EN))).to.equal("You've read 1,000 articles");
    expect(shown(await withReads(1000, { ...RU, lang: 'ru' }))).to.equal('Вы прочли 1 000 статей');
  });

  it('renders nothing, taking no space, below min, when unknown, and when counting is off', async () => {
    const cases = [
      await withReads(2, { ...EN, min: '3' }),
      await withReads(0, EN), // below the default min of 1
      await withReads(0, EN, false), // counting off
    ];
    const unknown = await countElement(blockedStore());
    await settle(unknown);
    cases.push(unknown);
    for (const el of cases) {
      expect(shown(el)).to.equal('');
      const box = el.getBoundingClientRect();
      expect(box.width * box.height).to.equal(0);
    }
  });

  it('never parses the sentence as HTML', async () => {
    const el = await withReads(2, { other: '<img src=x onerror=alert(1)><b>{count}</b>' });
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shown(el)).to.equal('<img src=x onerror=alert(1)><b>2</b>');
  });

  it("shows this page's read once it is stored", async () => {
    const store = mapStore();
    const el = await countElement(store);
    await settle(el);
    expect(shown(el)).to.equal('');
    const meta = document.createElement('meta');
    meta.name = 'support-kit:article';
    meta.content = 'story-1';
    document.head.append(meta);
    try {
      await countRead(store, document);
      await countRead(store, document); // a reload the same day: counted once
    } finally {
      meta.remove();
    }
    await waitUntil(() => shown(el) === "You've read 1 article");
  });

  it('counts nothing on a page without the meta', async () => {
    const backend = new MapBackend();
    await countRead(mapStore(backend), document);
    expect(backend.data.size).to.equal(0);
  });

  it('counts nothing when markup in the body poses as <head> with an article meta', async () => {
    const form = document.createElement('form');
    form.name = 'head';
    const meta = document.createElement('meta');
    meta.name = 'support-kit:article';
    meta.content = 'planted';
    form.append(meta);
    document.body.append(form);
    const backend = new MapBackend();
    try {
      expect(document.head as unknown).to.equal(form); // the clobbering is real
      await countRead(mapStore(backend), document);
    } finally {
      form.remove();
    }
    expect(backend.data.size).to.equal(0);
  });

  it('hides when the reader forgets everything or stops counting in another tab', async () => {
    const backend = new MapBackend();
    const channel = `article-count-${Date.now()}`;
    const tabA = mapStore(backend, channel);
    const tabB = mapStore(backend, channel);
    await tabB.updateReader(() => readerWith(4));
    const el = await countElement(tabB);
    await waitUntil(() => shown(el) === "You've read 4 articles");
    await forgetAll(tabA);
    await waitUntil(() => shown(el) === '');
    await tabB.updateReader(() => readerWith(4));
    await waitUntil(() => shown(el) === "You've read 4 articles");
    await setCounting(false, tabA);
    await waitUntil(() => shown(el) === '');
  });

  it('warns once about a bad days or min, and falls back', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await withReads(2, { ...EN, days: '0', min: 'two' });
      expect(shown(el)).to.equal("You've read 2 articles");
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n'))
      .to.contain('support-article-count>: ignoring days="0"')
      .and.to.contain('support-article-count>: ignoring min="two"');
  });
});

describe('the article-count stories', () => {
  it('a story labelled with a count shows that count (no day holds more than the daily cap)', async () => {
    const el = document.createElement('support-article-count');
    el.setAttribute('one', EN.one);
    el.setAttribute('other', EN.other);
    el.store = seededStore({ reads: 1234 });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => el.shadowRoot!.textContent!.trim() !== '', 'nothing rendered');
    expect(el.shadowRoot!.textContent!.trim()).to.equal("You've read 1,234 articles");
    expect(countReads(await el.store.readReader(), STORY_NOW)).to.equal(1234);
  });
});
