import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { SnoozeStore, type KeyValueBackend } from '@support-kit/core';
import '@support-kit/elements/support-appeal.js';
import type { SupportAppeal } from '../packages/elements/src/appeal/SupportAppeal.js';
import { SEED_AMOUNTS, seedAppealContent } from './demo-article.js';

interface AppealArgs {
  campaign: string;
  org?: string;
  variant?: 'inline' | 'banner' | 'modal';
  locale?: string;
  currency?: string;
  amounts?: string;
  frequencies?: string;
  'custom-amount'?: boolean;
  'checkout-url'?: string;
  'snooze-days'?: string;
  dismissible?: boolean;
  'dismiss-days'?: string;
  supporter?: boolean;
  'max-views'?: string;
  'no-storage'?: 'show' | 'hide';
  /** Not an attribute: the message in the light DOM (the seed's, or none for the default copy). */
  content?: 'seed-en' | 'seed-ru' | 'default';
  /**
   * Not an attribute: the stored state the story starts from. `fresh` forgets the campaign's
   * state on mount (so "Remind me later" can be tried again after a reload), `snoozed` snoozes
   * it on mount, `storage-blocked` gives it a store whose every operation fails.
   */
  start?: 'fresh' | 'snoozed' | 'storage-blocked' | 'as-stored';
  /** Not an attribute: inline style on the element (theming with --support-* properties). */
  style?: string;
  /** Not an attribute: the page's colour scheme, for the scheme stories (default dark). */
  scheme?: 'light' | 'dark';
}

/** A store where the browser refuses every operation, as with storage blocked by settings. */
function blockedStore(): SnoozeStore {
  const fail = () => Promise.reject(new DOMException('Storage is blocked', 'SecurityError'));
  const backend: KeyValueBackend = { ready: fail, getItem: fail, setItem: fail, removeItem: fail };
  return new SnoozeStore({ backend, session: null, timeoutMs: 300, channelName: 'story-blocked' });
}

/** Puts the appeal in the story's stored state, once per element. */
function prepare(element: Element | undefined, start: AppealArgs['start']) {
  if (!element || element.hasAttribute('data-story-ready')) return;
  element.setAttribute('data-story-ready', '');
  const appeal = element as SupportAppeal;
  if (start === 'fresh') void appeal.reset();
  if (start === 'snoozed') void appeal.snooze();
}

function content(kind: AppealArgs['content']): TemplateResult | typeof nothing {
  if (kind === 'seed-en') return seedAppealContent('en');
  if (kind === 'seed-ru') return seedAppealContent('ru');
  return nothing;
}

const appeal = (args: AppealArgs) =>
  html`<support-appeal
    campaign=${args.campaign}
    org=${ifDefined(args.org)}
    variant=${ifDefined(args.variant)}
    locale=${ifDefined(args.locale)}
    currency=${ifDefined(args.currency)}
    amounts=${ifDefined(args.amounts)}
    frequencies=${ifDefined(args.frequencies)}
    ?custom-amount=${args['custom-amount']}
    checkout-url=${ifDefined(args['checkout-url'])}
    snooze-days=${ifDefined(args['snooze-days'])}
    ?dismissible=${args.dismissible}
    dismiss-days=${ifDefined(args['dismiss-days'])}
    ?supporter=${args.supporter}
    max-views=${ifDefined(args['max-views'])}
    no-storage=${ifDefined(args['no-storage'])}
    style=${ifDefined(args.style)}
    .store=${args.start === 'storage-blocked' ? blockedStore() : null}
    ${ref((element) => prepare(element, args.start))}
    @support-checkout=${(event: Event) => {
      // Storybook stays on the story: the site would open its payment page here.
      event.preventDefault();
      console.info(event.type, (event as CustomEvent).detail);
    }}
    >${content(args.content)}</support-appeal
  >`;

/** A few lines of article around the appeal, as on a real page. */
const onPage = (inner: TemplateResult, note?: string) => html`
  ${note ? html`<p><strong>${note}</strong></p>` : nothing}
  <p>…the last paragraph of the article ends here.</p>
  ${inner}
  <p><a href="#next">Next article</a></p>
`;

const render = (args: AppealArgs) => onPage(appeal(args));

/** Banners and modals would stack on the docs page: each renders in a frame of its own. */
const ownFrame = { docs: { story: { inline: false, iframeHeight: 560 } } };

const meta: Meta<AppealArgs> = {
  title: 'Elements/support-appeal',
  component: 'support-appeal',
  render,
  args: {
    campaign: 'story-default',
    org: 'The Daily Example',
    variant: 'inline',
    amounts: SEED_AMOUNTS,
    currency: 'USD',
    'checkout-url': 'https://donate.example.org/?amount={amount}&frequency={frequency}',
    content: 'default',
    start: 'fresh',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'modal'] },
    'no-storage': { control: 'inline-radio', options: ['show', 'hide'] },
    content: {
      control: 'inline-radio',
      options: ['default', 'seed-en', 'seed-ru'],
      table: { category: 'Story' },
    },
    start: {
      control: 'inline-radio',
      options: ['fresh', 'as-stored', 'snoozed', 'storage-blocked'],
      table: { category: 'Story' },
    },
    style: { control: 'text', table: { category: 'Story' } },
  },
};
export default meta;

type Story = StoryObj<AppealArgs>;

/** The kit's own generic copy: heading from `org`, body naming the smallest monthly amount. */
export const DefaultCopy: Story = { name: 'Default copy (English)' };

export const DefaultCopyRussian: Story = {
  name: 'Default copy (Russian, roubles)',
  args: {
    campaign: 'story-default-ru',
    org: 'Пример',
    locale: 'ru',
    currency: 'RUB',
    amounts: '300,500,1000,3000',
  },
};

/** The reference appeal: The Moscow Times' message through the slots, monthly from $2. */
export const SeedEnglish: Story = {
  name: 'The Moscow Times (English)',
  args: {
    campaign: 'story-seed-en',
    org: 'The Moscow Times',
    locale: 'en',
    frequencies: 'monthly,one-off',
    'custom-amount': true,
    content: 'seed-en',
  },
};

export const SeedRussian: Story = {
  name: 'The Moscow Times (Russian)',
  args: {
    campaign: 'story-seed-ru',
    org: 'The Moscow Times',
    locale: 'ru',
    frequencies: 'monthly,one-off',
    'custom-amount': true,
    content: 'seed-ru',
  },
};

export const Dismissible: Story = {
  args: { campaign: 'story-dismissible', dismissible: true, 'dismiss-days': '30' },
};

export const Banner: Story = {
  args: { campaign: 'story-banner', variant: 'banner', dismissible: true },
  parameters: ownFrame,
};

export const BannerRussian: Story = {
  name: 'Banner (Russian)',
  args: { campaign: 'story-banner-ru', variant: 'banner', locale: 'ru', content: 'seed-ru' },
  parameters: ownFrame,
};

export const Modal: Story = {
  args: { campaign: 'story-modal', variant: 'modal' },
  parameters: ownFrame,
};

/** A fixed frame for a story (Storybook's viewport toolbar), in CSS px. */
function frame(name: string, width: number, height: number) {
  const styles = { width: `${width}px`, height: `${height}px` };
  return {
    parameters: {
      ...ownFrame,
      viewport: { options: { frame: { name, styles, type: 'mobile' as const } } },
    },
    globals: { viewport: { value: 'frame', isRotated: false } },
  };
}

/**
 * Large text: the reader's browser text size at 200 % (a default font of 32 px). A story
 * cannot set the browser's setting, so the page's root font size stands in for it: the same
 * for everything sized in rem or inherited.
 */
const largeText = (inner: TemplateResult) =>
  html`<style>
      :root {
        font-size: 200%;
      }
    </style>
    ${inner}`;

/** The seed's long message, both frequencies and "Other amount": the fullest banner. */
const fullBanner: AppealArgs = {
  campaign: 'story-banner-full',
  variant: 'banner',
  org: 'The Moscow Times',
  frequencies: 'monthly,one-off',
  'custom-amount': true,
  dismissible: true,
  content: 'seed-en',
};

/**
 * On a small phone, a third of the height cannot show three lines of the message between
 * the heading bar and the actions: the whole banner scrolls as one region (a tab stop).
 */
export const BannerSmallPhone: Story = {
  name: 'Banner, small phone 360×640',
  args: { ...fullBanner, campaign: 'story-banner-phone' },
  ...frame('Phone 360×640', 360, 640),
};

/** Text at 200 % on a laptop: the banner scrolls as one region. */
export const BannerLargeText: Story = {
  name: 'Banner, text 200 %, 1280×720',
  args: { ...fullBanner, campaign: 'story-banner-text' },
  render: (args) => largeText(render(args)),
  ...frame('Laptop 1280×720', 1280, 720),
};

/** Text at 200 % on a phone. */
export const BannerLargeTextPhone: Story = {
  name: 'Banner, text 200 %, 360×640',
  args: { ...fullBanner, campaign: 'story-banner-text-phone' },
  render: (args) => largeText(render(args)),
  ...frame('Phone 360×640', 360, 640),
};

/** A 1280×720 window at 200 % zoom: 640×360 CSS px. */
export const BannerZoom200: Story = {
  name: 'Banner, zoom 200 % (640×360)',
  args: { ...fullBanner, campaign: 'story-banner-zoom-200' },
  ...frame('Zoom 200 %: 640×360', 640, 360),
};

/** A 1280×1024 window at 400 % zoom: 320×256 CSS px; the banner keeps three lines of height. */
export const BannerZoom400: Story = {
  name: 'Banner, zoom 400 % (320×256)',
  args: { ...fullBanner, campaign: 'story-banner-zoom-400' },
  ...frame('Zoom 400 %: 320×256', 320, 256),
};

/** The inline appeal at 400 % zoom: nothing cut off; a control reached by Tab shows whole. */
export const InlineZoom400: Story = {
  name: 'Inline, zoom 400 % (320×256)',
  args: { ...fullBanner, variant: 'inline', campaign: 'story-inline-zoom-400' },
  ...frame('Zoom 400 %: 320×256', 320, 256),
};

/** The modal at text 200 %: too short for its own layout, the dialog scrolls as a whole. */
export const ModalLargeText: Story = {
  name: 'Modal, text 200 %, 1280×720',
  args: { ...fullBanner, variant: 'modal', campaign: 'story-modal-text' },
  render: (args) => largeText(render(args)),
  ...frame('Laptop 1280×720', 1280, 720),
};

/** The modal at 400 % zoom. */
export const ModalZoom400: Story = {
  name: 'Modal, zoom 400 % (320×256)',
  args: { ...fullBanner, variant: 'modal', campaign: 'story-modal-zoom-400' },
  ...frame('Zoom 400 %: 320×256', 320, 256),
};

/** The seed's long message in the modal on a laptop: heading and close on top, actions below. */
export const ModalLaptop: Story = {
  name: 'Modal, seed copy, 1280×720',
  args: {
    campaign: 'story-modal-1280',
    variant: 'modal',
    org: 'The Moscow Times',
    frequencies: 'monthly,one-off',
    'custom-amount': true,
    content: 'seed-en',
  },
  parameters: {
    ...ownFrame,
    viewport: {
      options: {
        laptop: {
          name: 'Laptop 1280×720',
          styles: { width: '1280px', height: '720px' },
          type: 'desktop',
        },
      },
    },
  },
  globals: { viewport: { value: 'laptop', isRotated: false } },
};

/** The same on a phone: the message scrolls, amounts and actions stay at the bottom. */
export const ModalPhone: Story = {
  name: 'Modal, seed copy, 360×640',
  args: { ...ModalLaptop.args, campaign: 'story-modal-360' },
  parameters: {
    ...ownFrame,
    viewport: {
      options: {
        phone: {
          name: 'Phone 360×640',
          styles: { width: '360px', height: '640px' },
          type: 'mobile',
        },
      },
    },
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic locale)',
  args: { campaign: 'story-rtl', locale: 'ar', currency: 'AED', dismissible: true },
};

/** A page in a colour scheme, set the way a site sets it; the kit sets nothing for it. */
const PAGE_STYLES = {
  light: 'color-scheme: light; background: #ffffff; color: #1a1a1a; padding: 1rem',
  dark: 'color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem',
} as const;

/** Types an amount above the maximum into "Other amount" and leaves it: the message shows. */
async function showAmountError(event: Event) {
  const appeal = event.target as SupportAppeal;
  await appeal.updateComplete;
  const amounts = appeal.shadowRoot?.querySelector('support-amounts');
  await amounts?.updateComplete;
  const input = amounts?.shadowRoot?.querySelector<HTMLInputElement>('#custom');
  if (!input) return;
  input.value = '1000000';
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

/**
 * The seed appeal on a dark page (`color-scheme: dark`), with "Other amount" showing its error:
 * the default accent, error and CTA colours keep WCAG AA contrast on it, as on a light page.
 */
export const DarkPage: Story = {
  name: 'Dark page (default colours, with an error)',
  args: { campaign: 'story-dark-page', content: 'seed-en', 'custom-amount': true },
  render: (args) =>
    html`<div
      class="scheme-page"
      style=${PAGE_STYLES[args.scheme ?? 'dark']}
      @support-show=${showAmountError}
    >
      <style>
        .scheme-page a {
          color: inherit;
        }
      </style>
      ${onPage(appeal(args))}
    </div>`,
};

/** Snoozed on mount: it renders nothing at all (no space, no paint) until the snooze ends. */
export const Snoozed: Story = {
  args: { campaign: 'story-snoozed', start: 'snoozed' },
  render: (args) =>
    onPage(
      appeal(args),
      'Snoozed: "Remind me later" was pressed, so the appeal below takes no space.',
    ),
};

/** `supporter`: the site knows this reader supports; the appeal never shows. */
export const SuppressedForSupporter: Story = {
  name: 'Suppressed (supporter)',
  args: { campaign: 'story-supporter', supporter: true },
  render: (args) =>
    onPage(appeal(args), 'Suppressed: the reader is a supporter, so nothing is shown.'),
};

/** Every storage operation fails: it still shows, and a snooze lasts for this page. */
export const StorageBlocked: Story = {
  name: 'Storage blocked',
  args: { campaign: 'story-blocked', start: 'storage-blocked' },
  render: (args) =>
    onPage(
      appeal(args),
      'Storage blocked: the appeal still works; "Remind me later" holds for this page.',
    ),
};

/** Storage blocked and `no-storage="hide"`: the site prefers not to ask at all. */
export const StorageBlockedHidden: Story = {
  name: 'Storage blocked, no-storage="hide"',
  args: { campaign: 'story-blocked-hide', start: 'storage-blocked', 'no-storage': 'hide' },
  render: (args) =>
    onPage(appeal(args), 'Storage blocked with no-storage="hide": nothing is shown.'),
};

/** Two outlets, two looks: only custom properties and ::part, no change to the element. */
export const ThemedOutlets: Story = {
  name: 'Themed: two outlets',
  render: (args) =>
    html`<style>
        .ledger {
          padding: 1rem;
          background: #fbf6ea;
          color: #2a2118;
          font-family: Georgia, 'Times New Roman', serif;
        }
        .ledger support-appeal {
          --support-accent: #7a1f1f;
          --support-surface: #fffdf7;
          --support-radius: 0;
        }
        .ledger support-appeal::part(heading) {
          font-variant: small-caps;
          letter-spacing: 0.04em;
        }
        .pulse {
          padding: 1rem;
          background: #0f1b2d;
          color: #f5f7fa;
          font-family: system-ui, sans-serif;
        }
        .pulse a {
          color: #ffd866;
        }
        .pulse support-appeal {
          --support-accent: #ffd866;
          --support-on-accent: #0f1b2d;
          --support-surface: #16263f;
          --support-text: #f5f7fa;
          --support-radius: 14px;
          --support-font: system-ui, sans-serif;
        }
        .pulse support-appeal::part(cta) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
      </style>
      <section class="ledger" aria-label="The Evening Ledger">
        ${onPage(appeal({ ...args, campaign: 'story-theme-ledger', org: 'The Evening Ledger' }))}
      </section>
      <section class="pulse" aria-label="Pulse Daily">
        ${onPage(
          appeal({
            ...args,
            campaign: 'story-theme-pulse',
            org: 'Pulse Daily',
            currency: 'EUR',
            locale: 'de',
            dismissible: true,
          }),
        )}
      </section>`,
};
