import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-remind-later.js';

interface RemindLaterArgs {
  campaign?: string;
  days?: string;
  locale?: string;
  /** Not an attribute: the slotted label (empty: the default, by locale). */
  label?: string;
}

const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);

const meta: Meta<RemindLaterArgs> = {
  title: 'Elements/support-remind-later',
  component: 'support-remind-later',
  args: { campaign: 'story-remind-alone', days: '7' },
  argTypes: { label: { control: 'text', table: { category: 'Story' } } },
  render: (args) =>
    html`<support-remind-later
      campaign=${ifDefined(args.campaign)}
      days=${ifDefined(args.days)}
      locale=${ifDefined(args.locale)}
      @support-snooze=${log}
      >${args.label ?? ''}</support-remind-later
    >`,
};
export default meta;

type Story = StoryObj<RemindLaterArgs>;

/** On its own: writes the snooze for its campaign and fires `support-snooze`. */
export const Alone: Story = {};

export const Russian: Story = {
  args: { locale: 'ru', campaign: 'story-remind-ru' },
};

export const CustomLabel: Story = {
  name: 'Custom label (slot)',
  args: { label: 'Not now — ask me next week', campaign: 'story-remind-label' },
};

/** Next to an appeal, naming its campaign: pressing it hides that appeal. */
export const NextToAnAppeal: Story = {
  name: 'Next to an appeal (campaign)',
  render: () =>
    html`<support-appeal
        campaign="story-remind-target"
        org="The Daily Example"
        @support-snooze=${log}
      ></support-appeal>
      <p>
        Prefer to read first?
        <support-remind-later campaign="story-remind-target" days="1"
          >Remind me tomorrow</support-remind-later
        >
      </p>`,
};
