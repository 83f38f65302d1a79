import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@support-kit/elements/support-privacy.js';
import type { SupportPrivacy } from '../packages/elements/src/privacy/SupportPrivacy.js';
import { seededStore, type SeededState } from './reading-store.js';

interface PrivacyArgs {
  locale: 'en' | 'ru';
  /** The site's page on clearing its data in the browser. */
  'clear-data-url'?: string;
  /** Only in the dark-page story. */
  scheme?: 'light' | 'dark';
}

/**
 * `<support-privacy>`: what the kit remembers on this device, said from the stored records,
 * with "Stop counting my reading" and "Forget all of it". Each story reads a store seeded in
 * memory (never this browser's IndexedDB), so its buttons change only the story's records.
 */
const meta: Meta<PrivacyArgs> = {
  title: 'Elements/support-privacy',
  component: 'support-privacy',
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'ru'] } },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<PrivacyArgs>;

const panel = (args: PrivacyArgs, state: SeededState, onMount?: (panel: SupportPrivacy) => void) =>
  html`<support-privacy
    locale=${args.locale}
    clear-data-url=${args['clear-data-url'] ?? 'https://support.example/clear-site-data'}
    .store=${seededStore(state)}
    ${ref((element) => {
      if (element && onMount)
        void (element as SupportPrivacy).updateComplete.then(() =>
          onMount(element as SupportPrivacy),
        );
    })}
  ></support-privacy>`;

/** A reader the kit knows nothing about. */
export const NothingRemembered: Story = {
  name: 'Nothing remembered',
  render: (args) => panel(args, {}),
};

/** One appeal snoozed ("Remind me later") and 12 articles read in the last year. */
export const SomethingRemembered: Story = {
  name: 'Something remembered (a snooze and a count)',
  render: (args) => panel(args, { reads: 12, snoozed: ['story-privacy-campaign'] }),
};

/** The same, in Russian. */
export const SomethingRememberedRussian: Story = {
  name: 'Something remembered, Russian',
  args: { locale: 'ru' },
  render: (args) => panel(args, { reads: 22, snoozed: ['story-privacy-campaign'] }),
};

/** The reader turned counting off: only that wish is kept; the button offers to count again. */
export const CountingOff: Story = {
  name: 'Counting off',
  render: (args) => panel(args, { countingOff: true }),
};

/** Right after "Forget all of it" on the state above (a snooze and a count): nothing is left. */
export const AfterForgetting: Story = {
  name: 'After "Forget all of it"',
  render: (args) =>
    panel(args, { reads: 12, snoozed: ['story-privacy-campaign'] }, (element) => {
      // Once per element: Storybook may re-render the same element with new args.
      if (!forgotten.has(element)) {
        forgotten.add(element);
        void element.forget();
      }
    }),
};

const forgotten = new WeakSet<SupportPrivacy>();

const PAGE_STYLES = {
  light: 'color-scheme: light; background: #ffffff; color: #1a1a1a; padding: 1rem',
  dark: 'color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem',
} as const;

/** On a dark page: the default colours follow `color-scheme`; the focus ring keeps 3:1. */
export const DarkPage: Story = {
  name: 'Dark page',
  args: { scheme: 'dark' },
  render: (args) =>
    html`<div class="scheme-page" style=${PAGE_STYLES[args.scheme ?? 'dark']}>
      ${panel(args, { reads: 12, snoozed: ['story-privacy-campaign'] })}
    </div>`,
};
