import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { demoArticle, type DemoArticleOptions } from './demo-article.js';
import { seededStore } from './reading-store.js';

/**
 * A realistic article page that closes with the reference appeal (The Moscow Times' message,
 * monthly from $2). The buttons above the article show the banner or the modal in one click;
 * each of them also forgets the stored state, so a snoozed appeal comes back.
 */
const meta: Meta<DemoArticleOptions> = {
  title: 'Demo/Article page',
  args: { locale: 'en', campaign: 'demo-article-en', variant: 'inline', controls: true },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'ru'] },
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'modal'] },
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 720 } } },
  render: (args) => demoArticle(args),
};
export default meta;

type Story = StoryObj<DemoArticleOptions>;

export const English: Story = {};

export const Russian: Story = {
  args: { locale: 'ru', campaign: 'demo-article-ru' },
};

export const EnglishBanner: Story = {
  name: 'English, banner',
  args: { variant: 'banner', campaign: 'demo-article-en-banner' },
};

export const RussianModal: Story = {
  name: 'Russian, modal',
  args: { locale: 'ru', variant: 'modal', campaign: 'demo-article-ru-modal' },
};

/**
 * With the reader's count sentence above the appeal. The reader record is seeded in memory
 * (not this browser's IndexedDB), so the count is always the story's: 12 reads in English.
 */
export const EnglishWithCount: Story = {
  name: 'English, with reading count',
  args: { campaign: 'demo-article-en-count', articleCount: true },
  render: (args) => demoArticle({ ...args, store: seededStore({ reads: 12 }) }),
};

/** Russian plural forms: 22 reads takes the `few` form ("22 статьи"). */
export const RussianWithCount: Story = {
  name: 'Russian, with reading count',
  args: { locale: 'ru', campaign: 'demo-article-ru-count', articleCount: true },
  render: (args) => demoArticle({ ...args, store: seededStore({ reads: 22 }) }),
};
