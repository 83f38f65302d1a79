/**
 * The demo article page as an article page: with `<meta name="support-kit:article">` in its
 * head, the kit counts one read after `load`, at idle time, in the page's own store (the real
 * IndexedDB: test files run one at a time), once a day, and the count sentence shows it.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { countReads, hashArticle, sharedStore, type ReaderRecord } from '@support-kit/core';
import { countRead } from '../../packages/elements/src/reading/count-read.js';
import { COUNT_SENTENCES, demoArticle } from '../../stories/demo-article.js';
import { uniqueCampaign } from '../elements/support-appeal.helpers.js';

// The kit's modules (imported above) scheduled the count when they loaded; it runs at idle
// time, after this module's body, so the page is an article page by then — as a site's page
// with the meta in its HTML.
const ARTICLE_ID = uniqueCampaign('demo-article-read');
const meta = document.createElement('meta');
meta.name = 'support-kit:article';
meta.content = ARTICLE_ID;
document.head.append(meta);

/** How many times this page's article is among the ids read in the last 24 hours. */
const readsOfThisArticle = (record: ReaderRecord | null) =>
  record?.recent.filter(([hash]) => hash === hashArticle(ARTICLE_ID, record.salt)).length ?? 0;

async function storedRecord(): Promise<ReaderRecord> {
  let record: ReaderRecord | null = null;
  await waitUntil(
    async () => {
      record = await sharedStore().readReader();
      return readsOfThisArticle(record) > 0;
    },
    'the read of this article is never stored',
    { timeout: 4000 },
  );
  return record!;
}

describe('demo article page with <meta name="support-kit:article">', () => {
  after(() => meta.remove());

  it('counts one read after load at idle time, once however often it is counted that day', async () => {
    const record = await storedRecord();
    expect(document.readyState).to.equal('complete');
    expect(record.counting).to.equal(true);
    expect(readsOfThisArticle(record)).to.equal(1);
    const count = countReads(record, Date.now());
    expect(count).to.be.at.least(1);

    // A second count the same day (a reload, another kit module): not counted again.
    await countRead();
    const again = await sharedStore().readReader();
    expect(readsOfThisArticle(again)).to.equal(1);
    expect(countReads(again, Date.now())).to.equal(count);
  });

  it('shows the stored count in the count sentence above the appeal', async () => {
    const count = countReads(await storedRecord(), Date.now())!;
    const root = await fixture<HTMLElement>(
      demoArticle({ locale: 'en', campaign: uniqueCampaign('demo-count'), articleCount: true }),
    );
    const sentence = root.querySelector('support-article-count')!;
    const expected = (count === 1 ? COUNT_SENTENCES.en.one : COUNT_SENTENCES.en.other).replace(
      '{count}',
      new Intl.NumberFormat('en').format(count),
    );
    await waitUntil(
      () => sentence.shadowRoot!.textContent!.trim() === expected,
      `the sentence shows "${sentence.shadowRoot!.textContent!.trim()}", not "${expected}"`,
      { timeout: 4000 },
    );
    expect(sentence.nextElementSibling).to.equal(root.querySelector('support-appeal'));
  });
});
