import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  DEV,
  consoleWarnerOnce,
  currencyAffixes,
  formatAmount,
  localeDirection,
  memo,
  parseAmountConfig,
  startingFrom,
  type AmountAttributes,
  type AmountConfig,
  type Frequency,
  silentWarner,
  type Warn,
} from '@support-kit/core';
import { SupportAmountChangeEvent, type AmountChoice } from '../events/SupportEvents.js';
import { attributeText } from '../shared/attribute-text.js';
import { fire } from '../shared/fire.js';
import { elementLocale } from '../shared/inherited-lang.js';
import {
  languageOf,
  resolveMessages,
  type AmountsMessages,
  type AmountsMessagesOverride,
  type MessageKey,
} from './messages.js';
import { textIn } from '../shared/text-language.js';
import { moveInRadioGroup } from './radio-keys.js';
import {
  amountOf,
  presetOf,
  resolveSelection,
  restoredSelection,
  violationOf,
  type Selection,
  type SelectionContext,
} from './selection.js';
import { styles } from './support-amounts.styles.js';

/**
 * How much and how often a reader gives: preset amounts as a native radio group (Tab enters the
 * checked one, arrow keys move, check and wrap), frequency options when more than one is
 * offered, and an optional "Other amount" input validated against `min-amount`/`max-amount`.
 *
 * Form-associated: inside a `<form>` it submits `{name}` (the amount, e.g. `5`, empty when none)
 * and `{name}-frequency` (`monthly`, `one-off` or `annual`), and takes part in validation,
 * reset, disabling and state restore like a native control.
 *
 * @summary Monthly-amount selection for a support appeal.
 * @tagname support-amounts
 *
 * @attr name - Form field name; the frequency is submitted as `{name}-frequency`.
 * @attr amounts - Presets: `2,5,10,25` for every frequency, or `monthly: 2,5,10; one-off: 10,25,50`.
 * @attr frequencies - Frequencies offered, in order: `monthly,one-off,annual`. One value: no frequency choice.
 * @attr frequency - The selected frequency (default `monthly` when offered, else the first).
 * @attr default-amount - The pre-selected amount (default: the second preset).
 * @attr custom-amount - Boolean: offer an "Other amount" input.
 * @attr min-amount - Smallest "Other amount" (default 1).
 * @attr max-amount - Largest "Other amount" (default 100000).
 * @attr currency - ISO 4217 code (default `USD`).
 * @attr locale - BCP 47 language; else the nearest ancestor's `lang`, else `en`. `en` and `ru` strings are built in.
 * @attr required - Boolean: the form is invalid while no amount is chosen.
 * @attr disabled - Boolean: disables every option.
 * @attr hide-legend - Boolean: keeps the "Choose an amount" legend for screen readers only.
 * @attr messages - JSON object overriding any built-in string (see `AmountsMessages`).
 *
 * @slot legend - Replaces the text of the legend ("Choose an amount").
 *
 * @csspart frequencies - The frequency fieldset (present when more than one frequency is offered).
 * @csspart frequency - The face of each frequency option.
 * @csspart frequency-checked - The face of the selected frequency.
 * @csspart group - The preset fieldset.
 * @csspart legend - The preset legend.
 * @csspart preset - The face of each preset amount.
 * @csspart preset-checked - The face of the selected preset.
 * @csspart custom - The "Other amount" block.
 * @csspart custom-label - The "Other amount" label.
 * @csspart custom-input - The "Other amount" text input.
 * @csspart error - The validation message (a polite live region).
 *
 * @cssprop [--support-accent=#1d4ed8] - Borders, the checked fill and focus rings (#2d6ae8 under `color-scheme: dark`).
 * @cssprop [--support-on-accent=#ffffff] - Text on the checked fill.
 * @cssprop [--support-surface=transparent] - Background of the options and the input.
 * @cssprop [--support-text=inherit] - Text colour.
 * @cssprop [--support-radius=0.5rem] - Corner radius.
 * @cssprop [--support-font=inherit] - Font family; the site's by default.
 * @cssprop [--support-error=#b3261e] - Validation message and invalid border (#ff8a80 under `color-scheme: dark`).
 * @cssprop [--support-gap=0.5rem] - Space between options.
 *
 * @fires {SupportAmountChangeEvent} support-amount-change - The reader changed the amount or the frequency (not fired for programmatic changes). `detail: { amount, currency, frequency }`.
 */
export class SupportAmounts extends LitElement {
  static formAssociated = true;
  static override styles = styles;
  // The host must count as focusable for an invalid form: Firefox otherwise logs "The invalid
  // form control … is not focusable" on submit. Delegating also sends a click on the legend or
  // the message into the group.
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  // Declared statically rather than with decorators: the bundle then carries no decorator
  // helpers, and the manifest analyzer reads these literals as it read the decorators.
  static override properties: PropertyDeclarations = {
    name: {},
    amounts: {},
    frequencies: {},
    defaultAmount: { attribute: 'default-amount' },
    customAmount: { attribute: 'custom-amount', type: Boolean, reflect: true, useDefault: true },
    minAmount: { attribute: 'min-amount' },
    maxAmount: { attribute: 'max-amount' },
    currency: {},
    locale: {},
    required: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    hideLegend: { attribute: 'hide-legend', type: Boolean, reflect: true, useDefault: true },
    messages: { converter: { fromAttribute: (value: string | null) => value } },
    frequency: {},
  };

  /** Form field name; the frequency is submitted as `{name}-frequency`. */
  name: string | null = null;
  /** Presets: `2,5,10,25`, or per frequency `monthly: 2,5,10; one-off: 10,25,50`. */
  amounts: string | null = null;
  /** Frequencies offered, in order: `monthly,one-off,annual`. */
  frequencies: string | null = null;
  /** The pre-selected amount (default: the second preset). */
  defaultAmount: string | number | null = null;
  /** Offer an "Other amount" input. */
  customAmount = false;
  /** Smallest "Other amount" (default 1). */
  minAmount: string | number | null = null;
  /** Largest "Other amount" (default 100000). */
  maxAmount: string | number | null = null;
  /** ISO 4217 currency code (default `USD`). */
  currency: string | null = null;
  /** BCP 47 language; else the nearest ancestor's `lang`. */
  locale: string | null = null;
  /** The form is invalid while no amount is chosen. */
  required = false;
  /** Disables every option. */
  disabled = false;
  /** Keeps the legend for screen readers only. */
  hideLegend = false;
  /** Overrides of the built-in strings: an object, or JSON in the attribute. */
  messages: AmountsMessagesOverride | string | null = null;

  readonly #internals = this.attachInternals();
  /** Logs each distinct problem once per element, however often the config is re-read. */
  readonly #warn: Warn = consoleWarnerOnce(() => this.#writtenAs());

  /**
   * The element the editor wrote these attributes on: the one inside a <support-appeal> has
   * them from the appeal, so its warnings name the appeal.
   */
  #writtenAs(): string {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName === 'support-appeal'
      ? 'support-appeal'
      : 'support-amounts';
  }

  #frequencyInput: string | null = null; // the `frequency` attribute or property
  #frequencyChoice: Frequency | null = null; // the reader's choice, until the attribute changes
  #selection: Selection = { kind: 'default' };
  #showError = false;
  #formDisabled = false;
  #configKey = '';
  #configCache: AmountConfig | null = null;
  #warnedKey = '';

  // A reactive property with its own accessors: Lit wraps them (see `properties`).
  /** The selected frequency; set it (or the attribute) to switch. */
  set frequency(value: Frequency | string | null) {
    this.#frequencyInput = attributeText(value);
    this.#frequencyChoice = null;
    // Always re-check: an unusable value leaves the frequency as it was, but must still warn.
    this.requestUpdate();
    // Detached (e.g. while a parent's template is being stamped) there is no form to tell;
    // connecting renders, and updated() syncs then, with every attribute in place.
    if (this.isConnected) this.#syncForm();
  }
  get frequency(): Frequency {
    return this.#context().frequency;
  }

  /** The chosen amount in major units (5 = $5), or null when none is chosen or "Other amount" is invalid. */
  get value(): number | null {
    const context = this.#context();
    return amountOf(resolveSelection(this.#selection, context, silentWarner), context);
  }
  set value(value: number | string | null) {
    if (value === null || value === undefined || value === '') {
      this.#selection = { kind: 'none' };
    } else {
      const amount = Number(value);
      if (!Number.isFinite(amount) || amount <= 0) {
        this.#warn(
          'value',
          String(value),
          DEV ? 'it is not a positive number. Keeping the amount as it was.' : '',
        );
        return;
      }
      this.#selection = { kind: 'value', amount };
    }
    this.requestUpdate();
    this.#syncForm();
  }

  /** The smallest preset of the selected frequency: "starting from just $2". */
  get startingFrom(): number {
    const { config, frequency } = this.#context();
    return startingFrom(config, frequency);
  }
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  constructor() {
    super();
    // Form submission (and reportValidity) fires `invalid`: show the message from then on.
    this.addEventListener('invalid', () => {
      if (this.#quietCheck) return;
      this.#showError = true;
      this.requestUpdate();
    });
  }

  #quietCheck = false;
  /** Like a native control's: fires `invalid` when invalid, shows no message. */
  checkValidity(): boolean {
    this.#syncForm();
    this.#quietCheck = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }
  /** Like a native control's: shows the message and focuses the invalid part. */
  reportValidity(): boolean {
    this.#syncForm();
    return this.#internals.reportValidity();
  }

  /** Focuses the "Other amount" input when it holds the choice, else the checked (or first) preset. */
  override focus(options?: FocusOptions): void {
    const target = this.#focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  formResetCallback(): void {
    this.#frequencyInput = this.getAttribute('frequency');
    this.#frequencyChoice = null;
    this.#selection = { kind: 'default' };
    this.#showError = false;
    this.requestUpdate();
    this.#syncForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let saved: { frequency?: unknown; selection?: unknown };
    try {
      saved = JSON.parse(state) as typeof saved;
    } catch {
      return; // not ours: keep the current state
    }
    if (typeof saved.frequency === 'string') this.#frequencyChoice = saved.frequency as Frequency;
    this.#selection = restoredSelection(saved.selection) ?? this.#selection;
    this.requestUpdate();
    this.#syncForm();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Parse with warnings only here, when every attribute has arrived.
    const context = this.#context(this.#warn);
    this.#selection = resolveSelection(this.#selection, context, this.#warn);
    const { messages } = this;
    const locale = context.config.locale;
    if (messages !== this.#messagesInput || locale !== this.#messagesLocale) {
      this.#messagesInput = messages;
      this.#messagesLocale = locale;
      this.#messages = resolveMessages(messages, locale, this.#warn);
    }
  }

  #messagesInput: AmountsMessagesOverride | string | null | undefined = undefined;
  #messagesLocale = '';

  protected override updated(): void {
    this.#syncForm();
  }

  override render() {
    const context = this.#context();
    const { config, frequency } = context;
    const { currency, locale } = config;
    const messages = this.#messages;
    const disabled = this.disabled || this.#formDisabled;
    const checkedPreset = presetOf(this.#selection, context);
    const violation = this.#showError ? this.#violation(context) : null;
    const error = violation?.message ?? '';
    // The root speaks the locale (amounts, the site's own strings); built-in strings say theirs.
    const text = (key: MessageKey, value = messages[key]) =>
      textIn(value, languageOf(messages, key, locale), locale);
    const errorText = violation ? text(violation.key, error) : '';

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
          @change=${name === 'frequency' ? this.#onFrequency : this.#onPreset}
        /><span class="face" part=${checked ? `${part} ${part}-checked` : part}
          >${label}</span
        ></label
      >`;

    return html`
      <div class="root" dir=${this.#direction(locale)} lang=${locale} @keydown=${this.#onKeydown}>
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
            <slot name="legend">${text('legend')}</slot>
          </legend>
          <div class="options">
            ${config.presets[frequency].map((amount) =>
              option(
                'amount',
                String(amount),
                amount === checkedPreset,
                'preset',
                formatAmount(amount, currency, locale),
              ),
            )}
          </div>
          ${
            this.customAmount
              ? this.#renderCustom(
                  config,
                  messages,
                  error !== '' && this.#selection.kind === 'custom',
                )
              : nothing
          }
          <p id="error" class="error" part="error" aria-live="polite">${errorText}</p>
        </fieldset>
      </div>
    `;
  }

  #renderCustom(config: AmountConfig, messages: AmountsMessages, invalid: boolean) {
    const { prefix, suffix } = currencyAffixes(config.currency, config.locale);
    const labelLang = languageOf(messages, 'otherAmount', config.locale);
    const text = this.#selection.kind === 'custom' ? this.#selection.text : '';
    // The currency name is only the input's description: hidden, so that reading the page
    // does not meet it a second time as text (descriptions read hidden elements).
    return html`<div class="custom" part="custom">
      <label for="custom" part="custom-label"
        >${textIn(messages.otherAmount, labelLang, config.locale)}</label
      >
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
          @input=${this.#onCustomInput}
          @change=${this.#onCustomChange}
        />
        ${suffix ? html`<span class="affix" aria-hidden="true">${suffix}</span>` : nothing}
      </div>
      <span id="currency" hidden>${currencyName(config.currency, config.locale)}</span>
    </div>`;
  }

  #onKeydown = (event: KeyboardEvent) => {
    moveInRadioGroup(event, this.renderRoot);
  };

  #onPreset = (event: Event) => {
    const amount = Number((event.target as HTMLInputElement).value);
    this.#readerChange(() => {
      this.#selection = { kind: 'preset', amount };
      this.#showError = false;
    });
  };

  #onFrequency = (event: Event) => {
    const frequency = (event.target as HTMLInputElement).value as Frequency;
    this.#readerChange(() => {
      const context = this.#context();
      const amount = presetOf(resolveSelection(this.#selection, context, silentWarner), context);
      this.#frequencyChoice = frequency;
      // The same amount if the new frequency offers it, else its default (resolveSelection).
      if (amount !== null) this.#selection = { kind: 'preset', amount };
    });
  };

  #onCustomInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    this.#readerChange(() => {
      this.#selection = { kind: 'custom', text };
    });
  };

  #onCustomChange = () => {
    this.#showError = true;
    this.requestUpdate();
  };

  /** Applies a reader's change and fires `support-amount-change` when amount or frequency changed. */
  #readerChange(change: () => void) {
    const before = this.#choice();
    change();
    this.#selection = resolveSelection(this.#selection, this.#context(), silentWarner);
    const after = this.#choice();
    this.requestUpdate();
    this.#syncForm();
    if (before.amount !== after.amount || before.frequency !== after.frequency) {
      fire(this, new SupportAmountChangeEvent(after));
    }
  }

  #choice(): AmountChoice {
    const { config, frequency } = this.#context();
    return { amount: this.value, currency: config.currency, frequency };
  }

  #messages: AmountsMessages = resolveMessages(null, 'en', silentWarner);

  /** The parsed config (re-parsed only when an input changed) and the selected frequency. */
  #context(warn: Warn = silentWarner): SelectionContext {
    const attrs: AmountAttributes = {
      amounts: this.amounts,
      frequencies: this.frequencies,
      frequency: this.#frequencyInput,
      defaultAmount: attributeText(this.defaultAmount),
      minAmount: attributeText(this.minAmount),
      maxAmount: attributeText(this.maxAmount),
      currency: this.currency,
      locale: elementLocale(this, this.locale, warn),
    };
    const key = JSON.stringify(attrs);
    // Parse again only when an input changed, or when this config was parsed silently and
    // has not had its warnings said yet (the first update, after reads from script).
    const unwarned = warn !== silentWarner && key !== this.#warnedKey;
    if (unwarned || key !== this.#configKey || !this.#configCache) {
      this.#configKey = key;
      this.#configCache = parseAmountConfig(attrs, warn);
      if (warn !== silentWarner) this.#warnedKey = key;
    }
    const config = this.#configCache;
    const choice = this.#frequencyChoice;
    const frequency = choice && config.frequencies.includes(choice) ? choice : config.frequency;
    return { config, frequency, customAmount: this.customAmount };
  }

  #violation(context: SelectionContext) {
    const selection = resolveSelection(this.#selection, context, silentWarner);
    // Before the first update #messages may not match yet: resolve silently then.
    const messages =
      this.messages === this.#messagesInput && context.config.locale === this.#messagesLocale
        ? this.#messages
        : resolveMessages(this.messages, context.config.locale, silentWarner);
    return violationOf(selection, context, this.required, messages);
  }

  /** Pushes the value and validity to the form; safe before the first render. */
  #syncForm() {
    const context = this.#context();
    const selection = resolveSelection(this.#selection, context, silentWarner);
    const amount = amountOf(selection, context);
    const state = JSON.stringify({ frequency: context.frequency, selection });
    if (this.name) {
      const data = new FormData();
      data.append(this.name, amount === null ? '' : String(amount));
      data.append(`${this.name}-frequency`, context.frequency);
      this.#internals.setFormValue(data, state);
    } else {
      this.#internals.setFormValue(null, state);
    }
    const violation = this.#violation(context);
    const anchor = this.#focusTarget();
    if (!violation) this.#internals.setValidity({});
    else if (anchor) this.#internals.setValidity(violation.flags, violation.message, anchor);
    else this.#internals.setValidity(violation.flags, violation.message);
  }

  #focusTarget(): HTMLInputElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    const custom = this.#selection.kind === 'custom' ? root.querySelector('#custom') : null;
    return (
      (custom as HTMLInputElement | null) ??
      root.querySelector<HTMLInputElement>('input[name="amount"]:checked') ??
      root.querySelector<HTMLInputElement>('input[name="amount"]')
    );
  }

  /** Own `dir`, else the `locale` attribute's script, else an ancestor's `dir`, else the language's. */
  #direction(locale: string): 'ltr' | 'rtl' {
    const own = this.getAttribute('dir');
    if (own === 'ltr' || own === 'rtl') return own;
    if (this.locale) return localeDirection(locale);
    for (let node = this.parentNode; node;) {
      const dir = node instanceof Element ? node.getAttribute('dir') : null;
      if (dir === 'ltr' || dir === 'rtl') return dir;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return localeDirection(locale);
  }
}

/** Intl.DisplayNames is costly to build, and every render of "Other amount" asks again. */
const currencyName = memo((currency: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
});
