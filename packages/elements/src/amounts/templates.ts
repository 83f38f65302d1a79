// The amount choice's markup as pure template functions: everything they show and every
// handler they bind comes in through `AmountsView`, which SupportAmounts builds on each render.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  currencyAffixes,
  formatAmount,
  memo,
  type AmountConfig,
  type Frequency,
} from '@support-kit/core';
import { textIn } from '../shared/text-language.js';
import { languageOf, type AmountsMessages, type MessageKey } from './messages.js';

export interface AmountsView {
  config: AmountConfig;
  frequency: Frequency;
  messages: AmountsMessages;
  dir: 'ltr' | 'rtl';
  disabled: boolean;
  /** The name of the legend slot: a renamed, unfilled slot when the site's legend is blank. */
  legendSlot: string;
  checkedPreset: number | null;
  /** The text of "Other amount"; null when it is not offered. */
  customText: string | null;
  /** "Other amount" holds the choice and the message is about it. */
  customInvalid: boolean;
  /** The message the reader sees, in its language; '' when none. */
  error: string | TemplateResult;
  on: {
    keydown(event: KeyboardEvent): void;
    /** A frequency or a preset was checked. */
    pick(event: Event): void;
    customInput(event: Event): void;
    customChange(event: Event): void;
    customKeydown(event: KeyboardEvent): void;
  };
}

/** A built-in string in its own language; the root speaks the locale. */
export function say(
  messages: AmountsMessages,
  key: MessageKey,
  locale: string,
  value = messages[key],
) {
  return textIn(value, languageOf(messages, key, locale), locale);
}

export function amountsTemplate(view: AmountsView): TemplateResult {
  const { config, frequency, messages, disabled, on } = view;
  const { currency, locale } = config;
  const text = (key: MessageKey) => say(messages, key, locale);
  const option = (
    name: string,
    value: string,
    checked: boolean,
    part: string,
    label: string | TemplateResult,
  ) =>
    html`<label class="option"
      ><input
        type="radio"
        name=${name}
        .value=${value}
        .checked=${live(checked)}
        @change=${on.pick}
      /><span class="face" part=${checked ? `${part} ${part}-checked` : part}>${label}</span></label
    >`;

  return html`
    <div class="root" dir=${view.dir} lang=${locale} @keydown=${on.keydown}>
      ${
        config.frequencies.length > 1
          ? html`<fieldset class="frequencies" part="frequencies" ?disabled=${disabled}>
              <legend class="visually-hidden">${text('frequencyLegend')}</legend>
              <div class="options">
                ${config.frequencies.map((each) =>
                  option('frequency', each, each === frequency, 'frequency', text(each)),
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <fieldset class="amounts" part="group" ?disabled=${disabled} aria-describedby="error">
        <legend class="amount-legend" part="legend">
          <slot name=${view.legendSlot}>${text('legend')}</slot>
        </legend>
        <div class="options">
          ${config.presets[frequency].map((amount) =>
            option(
              'amount',
              String(amount),
              amount === view.checkedPreset,
              'preset',
              formatAmount(amount, currency, locale),
            ),
          )}
        </div>
        ${view.customText === null ? nothing : customTemplate(view, view.customText)}
        <p id="error" class="error" part="error" aria-live="polite">${view.error}</p>
      </fieldset>
    </div>
  `;
}

function customTemplate(view: AmountsView, text: string) {
  const { config, messages, customInvalid: invalid, on } = view;
  const { prefix, suffix } = currencyAffixes(config.currency, config.locale);
  // The currency name is only the input's description: hidden, so that reading the page does
  // not meet it a second time as text (descriptions read hidden elements).
  return html`<div class="custom" part="custom">
    <label for="custom" part="custom-label">${say(messages, 'otherAmount', config.locale)}</label>
    <div class=${invalid ? 'field invalid' : 'field'}>
      ${prefix ? html`<span class="affix" aria-hidden="true">${prefix}</span>` : nothing}
      <input
        id="custom"
        part="custom-input"
        type="text"
        inputmode="decimal"
        autocomplete="transaction-amount"
        .value=${live(text)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="currency error"
        @input=${on.customInput}
        @change=${on.customChange}
        @keydown=${on.customKeydown}
      />
      ${suffix ? html`<span class="affix" aria-hidden="true">${suffix}</span>` : nothing}
    </div>
    <span id="currency" hidden>${currencyName(config.currency, config.locale)}</span>
  </div>`;
}

/** Intl.DisplayNames is costly to build, and every render of "Other amount" asks again. */
const currencyName = memo((currency: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
});
