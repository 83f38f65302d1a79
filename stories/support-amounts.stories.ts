import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '@support-kit/elements/support-amounts.js';

interface AmountsArgs {
  name?: string;
  amounts?: string;
  frequencies?: string;
  frequency?: string;
  'default-amount'?: string;
  'custom-amount'?: boolean;
  'min-amount'?: string;
  'max-amount'?: string;
  currency?: string;
  locale?: string;
  required?: boolean;
  disabled?: boolean;
  'hide-legend'?: boolean;
  messages?: string;
  /** Not an attribute: the width of the frame around the element, to preview narrow screens. */
  width?: string;
  /** Not an attribute: inline style on the element, for theming with --support-* properties. */
  style?: string;
  /** Not an attribute: a value typed into "Other amount" before the story shows. */
  typed?: string;
}

const render = (args: AmountsArgs) => {
  const element = html`<support-amounts
    name=${ifDefined(args.name)}
    amounts=${ifDefined(args.amounts)}
    frequencies=${ifDefined(args.frequencies)}
    frequency=${ifDefined(args.frequency)}
    default-amount=${ifDefined(args['default-amount'])}
    ?custom-amount=${args['custom-amount']}
    min-amount=${ifDefined(args['min-amount'])}
    max-amount=${ifDefined(args['max-amount'])}
    currency=${ifDefined(args.currency)}
    locale=${ifDefined(args.locale)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?hide-legend=${args['hide-legend']}
    messages=${ifDefined(args.messages)}
    style=${ifDefined(args.style)}
    ${ref((element) => prepare(element, args))}
    @support-amount-change=${(event: Event) => console.info(event.type, (event as CustomEvent).detail)}
  ></support-amounts>`;
  return args.width
    ? html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${element}</div>`
    : element;
};

/** Puts the element in the story's state once: a typed value. */
function prepare(element: Element | undefined, args: AmountsArgs) {
  if (!element || element.hasAttribute('data-story-ready')) return;
  element.setAttribute('data-story-ready', '');
  const amounts = element as HTMLElementTagNameMap['support-amounts'];
  if (args.typed !== undefined) amounts.value = Number(args.typed);
}

const meta: Meta<AmountsArgs> = {
  title: 'Elements/support-amounts',
  component: 'support-amounts',
  render,
  args: {
    name: 'amount',
    amounts: '2,5,10,25',
    currency: 'USD',
    'custom-amount': false,
    required: false,
    disabled: false,
    'hide-legend': false,
  },
  argTypes: {
    name: { control: 'text', description: 'Form field name; the frequency is `{name}-frequency`.' },
    amounts: { control: 'text' },
    frequencies: { control: 'text' },
    frequency: { control: 'select', options: ['monthly', 'one-off', 'annual'] },
    'default-amount': { control: 'text' },
    'custom-amount': { control: 'boolean' },
    'min-amount': { control: 'text' },
    'max-amount': { control: 'text' },
    currency: { control: 'text' },
    locale: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    'hide-legend': { control: 'boolean' },
    messages: { control: 'text', description: 'JSON overriding any built-in string.' },
    width: { control: 'text', table: { category: 'Story' } },
    style: { control: 'text', table: { category: 'Story' } },
    typed: { control: 'text', table: { category: 'Story' } },
  },
};
export default meta;

type Story = StoryObj<AmountsArgs>;

export const Default: Story = {};

export const PerFrequencyAmounts: Story = {
  name: 'Per-frequency amounts',
  args: {
    amounts: 'monthly: 2,5,10,25; one-off: 10,25,50,100; annual: 25,50,100,250',
    frequencies: 'monthly,one-off,annual',
    'custom-amount': true,
  },
};

export const CustomAmountWithError: Story = {
  name: 'Other amount with an error',
  args: {
    'custom-amount': true,
    'min-amount': '3',
    'max-amount': '1000',
    typed: '1.5',
  },
  // reportValidity(), as submitting the form would: it focuses the field and shows the
  // browser's bubble. Only on the story's own page — on the docs page, which renders every
  // story, it would scroll the reader down to this one and take their focus.
  play: async ({ canvasElement, viewMode }) => {
    if (viewMode !== 'story') return;
    const amounts = canvasElement.querySelector('support-amounts');
    await amounts?.updateComplete;
    amounts?.reportValidity();
  },
};

export const RussianRoubles: Story = {
  name: 'ru / RUB',
  args: {
    locale: 'ru',
    currency: 'RUB',
    amounts: 'monthly: 100,300,500,1000; one-off: 500,1000,3000',
    frequencies: 'monthly,one-off',
    'custom-amount': true,
    'min-amount': '50',
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (ar)',
  args: {
    locale: 'ar',
    currency: 'USD',
    frequencies: 'monthly,one-off',
    'custom-amount': true,
  },
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: {
    width: '320px',
    amounts: '5,10,25,50,100,250',
    frequencies: 'monthly,one-off,annual',
    'custom-amount': true,
  },
};

export const Themed: Story = {
  args: {
    'custom-amount': true,
    frequencies: 'monthly,one-off',
    style:
      '--support-accent: #7a1f3d; --support-on-accent: #fff8f0; --support-surface: #fff8f0; --support-text: #2b1a12; --support-radius: 999px; --support-font: Georgia, serif; padding: 1rem; background: #fff8f0; color: #2b1a12',
  },
};

export const Disabled: Story = {
  args: { disabled: true },
};
