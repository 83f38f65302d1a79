import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { demoArticle, type DemoArticleOptions } from './demo-article.js';

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
