import { LitElement, type PropertyDeclarations } from 'lit';
import {
  consoleWarnerOnce,
  localeDirection,
  startingFrom,
  type Frequency,
  type Warn,
} from '@support-kit/core';
import { SupportAmountChangeEvent } from '../events/SupportEvents.js';
import { attributeText } from '../shared/attribute-text.js';
import { fire } from '../shared/fire.js';
import { FormControlController } from '../shared/form-control.js';
import { SlotContentController } from '../shared/slot-content.js';
import { AmountsController } from './amounts-controller.js';
import type { AmountsMessagesOverride } from './messages.js';
import { moveInRadioGroup } from './radio-keys.js';
import { presetOf } from './selection.js';
import { styles } from './support-amounts.styles.js';
import { inheritedText } from '../shared/inherited-text.styles.js';
import { amountsTemplate, say } from './templates.js';
import { composedParent } from '../shared/composed-tree.js';

/**
 * How much and how often a reader gives: preset amounts as a native radio group (Tab enters the
 * checked one, arrow keys move, check and wrap), frequency options when more than one is
 * offered, and an optional "Other amount" input validated against `min-amount`/`max-amount`.
 *
 * Form-associated: inside a `<form>` it submits `{name}` (the amount, e.g. `5`, empty when none)
 * and `{name}-frequency` (`monthly`, `one-off` or `annual`), and takes part in validation,
 * reset, disabling and state restore like a native control: `setCustomValidity()`, a silent
 * `checkValidity()`, Enter in "Other amount" submits the form, and `:state(user-invalid)`
 * matches once the reader has committed a change or a submit was blocked.
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
 * @attr disabled - Boolean: disables every option (the property writes the attribute at once, as on a native control).
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
 * @cssstate user-invalid - The reader committed an invalid value, or a submit was blocked; never while disabled. `support-amounts:state(user-invalid)`.
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
 * @fires {Event} change - The reader committed a choice: picked an amount or a frequency, or left "Other amount" after editing it. Bubbles, not composed, like a native control's.
 * @fires {InputEvent} input - The reader is changing the value (each pick, each keystroke in "Other amount"); from the inner controls, composed.
 */
export class SupportAmounts extends LitElement {
  static formAssociated = true;
  static override styles = [inheritedText, styles];
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
    disabled: { type: Boolean },
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
  /**
   * Disables every option. Written to the attribute at once, as a native control does: the
   * browser then tells the element (formDisabledCallback) outside of any render.
   */
  set disabled(value: boolean) {
    this.toggleAttribute('disabled', Boolean(value));
  }
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  /** Keeps the legend for screen readers only. */
  hideLegend = false;
  /** Overrides of the built-in strings: an object, or JSON in the attribute. */
  messages: AmountsMessagesOverride | string | null = null;

  /** The legend slot: whitespace or a comment in it leaves the built-in legend. */
  #slots = new SlotContentController(this);
  readonly #form = new FormControlController(this, {
    value: () => this.#amounts.formValue(this.name),
    violation: () => this.#amounts.violation(this.required),
    anchor: () => this.#focusTarget(),
  });
  /** Logs each distinct problem once per element, however often the config is re-read. */
  readonly #warn: Warn = consoleWarnerOnce(() => this.#writtenAs());
  readonly #amounts = new AmountsController(this, this.#warn, (readerChoice) => {
    this.requestUpdate();
    this.#form.sync();
    if (readerChoice) fire(this, new SupportAmountChangeEvent(readerChoice));
  });

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

  // A reactive property with its own accessors: Lit wraps them (see `properties`).
  /** The selected frequency; set it (or the attribute) to switch. */
  set frequency(value: Frequency | string | null) {
    this.#amounts.setFrequency(attributeText(value));
    // Always re-check: an unusable value leaves the frequency as it was, but must still warn.
    this.requestUpdate();
    // Detached (e.g. while a parent's template is being stamped) there is no form to tell;
    // connecting renders, and updated() syncs then, with every attribute in place.
    if (this.isConnected) this.#form.sync();
  }
  get frequency(): Frequency {
    return this.#amounts.context().frequency;
  }

  /** The chosen amount in major units (5 = $5), or null when none is chosen or "Other amount" is invalid. */
  get value(): number | null {
    return this.#amounts.value;
  }
  set value(value: number | string | null) {
    this.#amounts.setValue(value);
  }

  /** The smallest preset of the selected frequency: "starting from just $2". */
  get startingFrom(): number {
    const { config, frequency } = this.#amounts.context();
    return startingFrom(config, frequency);
  }
  get form(): HTMLFormElement | null {
    return this.#form.internals.form;
  }
  get validity(): ValidityState {
    return this.#form.internals.validity;
  }
  get validationMessage(): string {
    return this.#form.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#form.internals.willValidate;
  }

  constructor() {
    super();
    // A click on the legend, the message or the site's `<label for>` reaches the host: the
    // browser then focuses the first option (delegatesFocus). Focus belongs on the checked one.
    this.addEventListener('click', (event) => {
      const path = event.composedPath();
      const inner = path.slice(0, path.indexOf(this));
      const control = inner.some(
        (node) => node instanceof HTMLInputElement || node instanceof HTMLLabelElement,
      );
      if (!control) this.focus();
    });
  }

  /** Like a native control's: fires `invalid` when invalid, shows no message. */
  checkValidity(): boolean {
    return this.#form.checkValidity();
  }
  /** Like a native control's: shows the message and focuses the invalid part. */
  reportValidity(): boolean {
    return this.#form.reportValidity();
  }
  /** Like a native control's: a non-empty message makes it invalid until cleared with `''`. */
  setCustomValidity(message: string): void {
    this.#form.setCustomValidity(message);
  }

  /** Focuses the "Other amount" input when it holds the choice, else the checked (or first) preset. */
  override focus(options?: FocusOptions): void {
    const target = this.#focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  formResetCallback(): void {
    this.#amounts.reset(this.getAttribute('frequency'));
    this.#form.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.disabledChanged(disabled);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form.associated(form);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.#amounts.restore(state);
  }

  override render() {
    const context = this.#amounts.context();
    const { config, frequency } = context;
    const { messages, selection } = this.#amounts;
    const reveals = this.#form.reveals;
    const violation = reveals ? this.#amounts.violation(this.required, context) : null;
    const custom = reveals ? this.#form.customError : '';
    return amountsTemplate({
      config,
      frequency,
      messages,
      dir: this.#direction(config.locale),
      disabled: this.disabled || this.#form.disabled,
      legendSlot: this.#slots.name('legend'),
      checkedPreset: presetOf(selection, context),
      customText: !this.customAmount ? null : selection.kind === 'custom' ? selection.text : '',
      customInvalid: Boolean(custom || violation) && selection.kind === 'custom',
      // The site's own message is in the page's language; a built-in one says its own.
      error:
        custom || (violation ? say(messages, violation.key, config.locale, violation.message) : ''),
      on: {
        keydown: this.#onKeydown,
        pick: this.#onPick,
        customInput: this.#onCustomInput,
        customChange: this.#committed,
        customKeydown: this.#onCustomKeydown,
      },
    });
  }

  #onKeydown = (event: KeyboardEvent) => {
    moveInRadioGroup(event, this.renderRoot);
  };

  #onPick = (event: Event) => {
    const { name, value } = event.target as HTMLInputElement;
    this.#amounts.choose(
      name === 'frequency' ? (value as Frequency) : { kind: 'preset', amount: Number(value) },
    );
    this.#committed();
  };

  #onCustomInput = (event: Event) => {
    this.#amounts.choose({ kind: 'custom', text: (event.target as HTMLInputElement).value });
  };

  #onCustomKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The browser submits after the keydown has been dispatched, so a listener further up
    // (the site's, on the element or the document) can still cancel it: decide in the next
    // task, once every listener has run.
    setTimeout(() => {
      if (!event.defaultPrevented) this.#form.submit();
    });
  };

  /**
   * The reader committed a choice: `change` at the element, as from a native control (the
   * inner control's own `change` does not leave the shadow tree).
   */
  #committed = () => {
    this.#form.interacted();
    fire(this, new Event('change', { bubbles: true }));
  };

  #focusTarget(): HTMLInputElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    const custom = this.#amounts.selection.kind === 'custom' ? root.querySelector('#custom') : null;
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
    for (let node: Node | null = this.parentNode; node;) {
      const dir = node instanceof Element ? node.getAttribute('dir') : null;
      if (dir === 'ltr' || dir === 'rtl') return dir;
      node = composedParent(node);
    }
    return localeDirection(locale);
  }
}
