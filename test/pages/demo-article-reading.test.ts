/**
 * The demo article page as an article page: with `<meta name="support-kit:article">` in its
 * head, the kit counts one read after `load`, at idle time, in the page's own store (the real
 * IndexedDB: test files run one at a time), once a day, and the count sentence shows it.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { countReads, sharedStore, type ReaderRecord } from '@support-kit/core';
import { countRead, countedHere } from '../../packages/elements/src/reading/count-read.js';
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

/** The stored record once this page's read is stored (the page remembers it counted). */
async function storedRecord(): Promise<ReaderRecord> {
  await waitUntil(() => countedHere().has(ARTICLE_ID), 'this article is never counted', {
    timeout: 4000,
  });
  return (await sharedStore().readReader())!;
}

describe('demo article page with <meta name="support-kit:article">', () => {
  after(() => meta.remove());

  it('counts one read after load at idle time, once per page, and stores nothing that names the article', async () => {
    const record = await storedRecord();
    expect(document.readyState).to.equal('complete');
    expect(record.counting).to.equal(true);
    const count = countReads(record, Date.now());
    expect(count).to.be.at.least(1);
    expect(Object.keys(record).sort()).to.deep.equal(['counting', 'days', 'updatedAt', 'v']);
    expect(JSON.stringify(record)).not.to.contain(ARTICLE_ID);

    // A second count on the same page (another kit module, a second copy): not counted again.
    await countRead();
    const again = await sharedStore().readReader();
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
