import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@support-kit/elements/support-appeal.js';
import { SEED_AMOUNTS, SEED_CURRENCY, seedAppealContent } from './demo-article.js';

/**
 * Experiments: `<support-appeal experiment="NAME">` with `<template group="ID">` children. Each
 * story previews one group with `?support-group=seed-2026:ID` in the page URL, as QA would: the
 * group shows on that page and nothing is stored.
 */
function preview(group: string | null): void {
  const url = new URL(location.href);
  if (group) url.searchParams.set('support-group', `seed-2026:${group}`);
  else url.searchParams.delete('support-group');
  history.replaceState(history.state, '', url);
}

const CHECKOUT =
  'https://donate.example.org/checkout?amount={amount}&frequency={frequency}&campaign={campaign}';

/** The seed appeal with two copy groups, an amounts group and a holdout. */
const experiment = html`<support-appeal
  experiment="seed-2026"
  campaign="story-experiment"
  org="The Moscow Times"
  locale="en"
  amounts=${SEED_AMOUNTS}
  currency=${SEED_CURRENCY}
  frequencies="monthly,one-off"
  custom-amount
  checkout-url=${CHECKOUT}
  >${seedAppealContent('en')}
  <template group="letter"></template>
  <template group="short">
    <span slot="heading">Independent journalism, banned in Russia</span>
    <p>
      Russia calls us "undesirable". Readers like you keep us reporting. Support us monthly, from
      $2.
    </p>
  </template>
  <template group="higher" amounts="5,10,25,50" default-amount="10"></template>
  <template group="holdout" holdout weight="0.5"></template>
</support-appeal>`;

const meta: Meta<{ group: string }> = {
  title: 'Guides/Experiments',
  render: ({ group }) => {
    preview(group);
    return html`<article>
      <h1>North Korea could send builders to eastern Ukraine</h1>
      <p>The article. Its appeal is in an experiment; this story previews one group.</p>
      ${experiment}
    </article>`;
  },
  beforeEach: () => () => preview(null),
};
export default meta;
type Story = StoryObj<{ group: string }>;

/** Group `letter`: no content or attributes of its own — the seed's letter as written. */
export const LetterCopy: Story = { args: { group: 'letter' } };

/** Group `short`: its template's heading and message replace the letter. */
export const ShortCopy: Story = { args: { group: 'short' } };

/** Group `higher`: the letter, with higher amounts and $10 pre-selected. */
export const HigherAmounts: Story = { args: { group: 'higher' } };
