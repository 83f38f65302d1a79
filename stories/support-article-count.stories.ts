import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-article-count.js';
import { articleCount, seedAppealContent, type DemoLocale } from './demo-article.js';
import { seededStore } from './reading-store.js';

/**
 * The reader's count in the site's sentence, and appeals aimed at regular readers
 * (`min-articles`). Every story reads a store seeded in memory with a fixed clock, so the
 * counts are the story's own, whatever this browser has stored.
 */
const meta: Meta = {
  title: 'Elements/support-article-count',
  component: 'support-article-count',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** One sentence per count, each on a store holding exactly that many reads. */
function counts(locale: DemoLocale, reads: number[]) {
  return html`<ul lang=${locale} style="font: 1rem/1.6 system-ui, sans-serif">
    ${reads.map(
      (count) =>
        html`<li>
          <code>${count}</code> → ${articleCount(locale, seededStore({ reads: count }))}
        </li>`,
    )}
  </ul>`;
}

/** English: `one` for 1, `other` for the rest. */
export const English: Story = {
  render: () => counts('en', [1, 12, 1234]),
};

/**
 * Russian plural forms: `one` (1, 21), `few` (2–4, 22–24), `many` (5–20, 25–30) — chosen by
 * `Intl.PluralRules`, so "21 статью", "22 статьи", "25 статей", "11 статей".
 */
export const RussianPluralForms: Story = {
  name: 'Russian plural forms',
  render: () => counts('ru', [1, 21, 22, 25, 11]),
};

/** Nothing is rendered below `min`, without a record, or with counting off: no empty sentence. */
export const RendersNothing: Story = {
  name: 'Renders nothing (below min, unknown, counting off)',
  render: () =>
    html`<p style="font: 1rem/1.6 system-ui, sans-serif">
      Between the brackets, three counts that render nothing: 3 reads with
      <code>min="5"</code> [<support-article-count
        min="5"
        other="You've read {count} articles"
        .store=${seededStore({ reads: 3 })}
      ></support-article-count
      >], no record [<support-article-count
        other="You've read {count} articles"
        .store=${seededStore()}
      ></support-article-count
      >], counting off [<support-article-count
        other="You've read {count} articles"
        .store=${seededStore({ countingOff: true })}
      ></support-article-count
      >].
    </p>`,
};

/** An appeal for readers with at least 5 reads in 30 days, on a store with `reads` of them. */
function targetedAppeal(campaign: string, reads: number) {
  return html`<support-appeal
    campaign=${campaign}
    org="The Moscow Times"
    locale="en"
    min-articles="5"
    articles-days="30"
    amounts="2,5,10,25"
    currency="USD"
    frequencies="monthly,one-off"
    checkout-url=${'https://donate.example.org/checkout?amount={amount}&currency={currency}&frequency={frequency}'}
    .store=${seededStore({ reads })}
    >${seedAppealContent('en')}</support-appeal
  >`;
}

/** `min-articles="5" articles-days="30"`, and the reader read 12 articles: the appeal shows. */
export const MinArticlesMet: Story = {
  name: 'min-articles, enough reads (shown)',
  render: () => targetedAppeal('story-min-articles-met', 12),
};

/**
 * `min-articles="5" articles-days="30"`, and the reader read only 2 articles: the appeal is
 * suppressed with `reason: 'few-articles'` and takes no space; only the note below is seen.
 */
export const MinArticlesNotMet: Story = {
  name: 'min-articles, too few reads (suppressed)',
  render: () =>
    html`<p style="font: 1rem/1.6 system-ui, sans-serif; color: #4a4a4a">
        Note: an appeal with <code>min-articles="5" articles-days="30"</code> is on this page, but
        this reader has read only 2 articles on this device, so it stays hidden
        (<code>state="suppressed"</code>, <code>support-suppress</code> with
        <code>reason: 'few-articles'</code>). Nothing of it is rendered.
      </p>
      ${targetedAppeal('story-min-articles-not-met', 2)}`,
};
