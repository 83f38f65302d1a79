import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@support-kit/elements/support-appeal.js';
import { resetSitePolicy } from '../packages/elements/testing.js';

/**
 * The site policy: `<meta name="support-kit:…">` in `<head>` decide what markup may make the
 * kit do. Each story stands for a page: it puts its metas into `<head>` and lets the kit read
 * them afresh (a real page reads them once, when the first kit element connects).
 */
type Policy = Record<string, string>;

function usePolicy(policy: Policy): void {
  for (const old of document.head.querySelectorAll('meta[data-story-policy]')) old.remove();
  for (const [name, content] of Object.entries(policy)) {
    const meta = document.createElement('meta');
    meta.name = `support-kit:${name}`;
    meta.content = content;
    meta.dataset['storyPolicy'] = '';
    document.head.append(meta);
  }
  resetSitePolicy(); // a story is a new page
}

const SITE_POLICY: Policy = {
  'checkout-origins': 'https://pay.example',
  variants: 'inline banner',
  'max-shown': '1',
  'max-days': '30',
};

const article = html`<h1>North Korea could send builders to eastern Ukraine</h1>
  <p>An article the site wrote. Its appeal closes it; the comments below are readers'.</p>`;

/** What a comment that lets custom elements through can carry. */
const injected = html`<support-appeal
  campaign="story-policy-site"
  variant="modal"
  dismiss-days="3650"
  checkout-url="https://anywhere.example/steal?amount={amount}"
  ><span slot="heading">Urgent: support us here</span></support-appeal
>`;

const meta: Meta<{ policy: Policy }> = {
  title: 'Guides/Site policy',
  args: { policy: SITE_POLICY },
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  beforeEach: () => () => {
    usePolicy({});
  },
};
export default meta;
type Story = StoryObj<{ policy: Policy }>;

/**
 * A comment section injects an appeal: a modal over the page, checkout anywhere, the site's
 * campaign, ten years after one Escape. With the policy it is outranked by the site's own
 * appeal (`max-shown="1"`); alone it would be inline, with a plain button and 30 days at most.
 */
export const CommentInjectsAnAppeal: Story = {
  render: ({ policy }) => {
    usePolicy(policy);
    return html`<article>
      ${article}
      <support-appeal
        campaign="story-policy-site"
        org="The Site"
        checkout-url="https://pay.example/give?amount={amount}"
      ></support-appeal>
      <section aria-label="Comments">
        <h2>Comments</h2>
        <div class="comment">${injected}</div>
      </section>
    </article>`;
  },
};

/** The same injected appeal alone: inline, no link (a plain button), 30 days at most. */
export const InjectedAppealAlone: Story = {
  render: ({ policy }) => {
    usePolicy(policy);
    return html`<section aria-label="Comments">
      <h2>Comments</h2>
      ${injected}
    </section>`;
  },
};

/**
 * An inline appeal and a banner on one page under `max-shown="1"`: the reader is asked once.
 * The inline one has the higher `priority`; the banner is suppressed (`outranked`).
 */
export const InlineAndBannerOneAsk: Story = {
  render: ({ policy }) => {
    usePolicy(policy);
    return html`<article>
      ${article}
      <support-appeal campaign="story-policy-inline" priority="1" org="The Site"></support-appeal>
      <support-appeal
        campaign="story-policy-banner"
        variant="banner"
        org="The Site"
      ></support-appeal>
    </article>`;
  },
};
