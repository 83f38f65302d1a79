import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEV,
  parseAmountConfig,
  silentWarner,
  type AmountAttributes,
  type AmountConfig,
  type Frequency,
  type Warn,
} from '@support-kit/core';
import type { AmountChoice } from '../events/SupportEvents.js';
import { attributeText } from '../shared/attribute-text.js';
import { elementLocale } from '../shared/inherited-lang.js';
import { resolveMessages, type AmountsMessages, type AmountsMessagesOverride } from './messages.js';
import {
  amountOf,
  presetOf,
  resolveSelection,
  restoredSelection,
  violationOf,
  type Selection,
  type SelectionContext,
  type Violation,
} from './selection.js';

/** The element's public properties the controller reads; never its private state. */
export interface AmountsHost extends ReactiveControllerHost, HTMLElement {
  amounts: string | null;
  frequencies: string | null;
  defaultAmount: string | number | null;
  minAmount: string | number | null;
  maxAmount: string | number | null;
  currency: string | null;
  locale: string | null;
  customAmount: boolean;
  messages: AmountsMessagesOverride | string | null;
}

/**
 * The amount and frequency of a `<support-amounts>`: the parsed config (parsed again only
 * when an input changed), the reader's or a program's choice, and the messages. The choice is
 * kept as a `Selection` and resolved against the config on every read, so attributes may
 * change at any time. Warnings are said only in `hostUpdate`, once every attribute has arrived;
 * reads from script before that stay silent.
 */
export class AmountsController implements ReactiveController {
  readonly #host: AmountsHost;
  /** Logs a problem with the element's input (once per distinct problem). */
  readonly #warn: Warn;
  /** The choice changed here: render again, tell the form, and announce a reader's change. */
  readonly #changed: (readerChoice?: AmountChoice) => void;
  #frequencyInput: string | null = null; // the `frequency` attribute or property
  #frequencyChoice: Frequency | null = null; // the reader's choice, until the attribute changes
  #selection: Selection = { kind: 'default' };
  #configKey = '';
  #configCache: AmountConfig | null = null;
  #warnedKey = '';
  #messagesInput: AmountsMessagesOverride | string | null | undefined = undefined;
  #messagesLocale = '';
  #messages: AmountsMessages = resolveMessages(null, 'en', silentWarner);

  constructor(host: AmountsHost, warn: Warn, changed: (readerChoice?: AmountChoice) => void) {
    this.#host = host;
    this.#warn = warn;
    this.#changed = changed;
    host.addController(this);
  }

  hostUpdate(): void {
    const warn = this.#warn;
    const context = this.context(warn);
    this.#selection = resolveSelection(this.#selection, context, warn);
    const { messages } = this.#host;
    const { locale } = context.config;
    if (messages !== this.#messagesInput || locale !== this.#messagesLocale) {
      this.#messagesInput = messages;
      this.#messagesLocale = locale;
      this.#messages = resolveMessages(messages, locale, warn);
    }
  }

  /** The strings of the last update. */
  get messages(): AmountsMessages {
    return this.#messages;
  }

  /** The choice as the last update resolved it. */
  get selection(): Selection {
    return this.#selection;
  }

  /** The choice resolved against the config now. */
  #resolved(context: SelectionContext = this.context()): Selection {
    return resolveSelection(this.#selection, context, silentWarner);
  }

  /** The `frequency` attribute or property changed: it replaces the reader's choice. */
  setFrequency(value: string | null): void {
    this.#frequencyInput = value;
    this.#frequencyChoice = null;
  }

  /** The chosen amount, or null when none is chosen or "Other amount" is invalid. */
  get value(): number | null {
    const context = this.context();
    return amountOf(this.#resolved(context), context);
  }

  /** A program sets the amount: a positive number, or empty for none. */
  setValue(value: number | string | null): void {
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
    this.#changed();
  }

  /** Form reset: back to the attributes' frequency and the default amount. */
  reset(frequency: string | null): void {
    this.setFrequency(frequency);
    this.#selection = { kind: 'default' };
  }

  /** The state `formValue` saved, from the browser's Back/restore; anything else is ignored. */
  restore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let saved: { frequency?: unknown; selection?: unknown };
    try {
      saved = JSON.parse(state) as typeof saved;
    } catch {
      return; // not ours: keep the current state
    }
    if (typeof saved.frequency === 'string') this.#frequencyChoice = saved.frequency as Frequency;
    this.#selection = restoredSelection(saved.selection) ?? this.#selection;
    this.#changed();
  }

  /**
   * The reader checked a preset, typed into "Other amount" (a selection), or picked a
   * frequency: the same amount if the new frequency offers it, else its default.
   */
  choose(selection: Selection | Frequency): void {
    const before = this.#choice();
    if (typeof selection === 'string') {
      const context = this.context();
      const amount = presetOf(this.#resolved(context), context);
      this.#frequencyChoice = selection;
      if (amount !== null) this.#selection = { kind: 'preset', amount };
    } else {
      this.#selection = selection;
    }
    this.#selection = this.#resolved();
    const after = this.#choice();
    const moved = before.amount !== after.amount || before.frequency !== after.frequency;
    this.#changed(moved ? after : undefined);
  }

  /** What `support-amount-change` reports. */
  #choice(): AmountChoice {
    const { config, frequency } = this.context();
    return { amount: this.value, currency: config.currency, frequency };
  }

  /** The parsed config (parsed again only when an input changed) and the selected frequency. */
  context(warn: Warn = silentWarner): SelectionContext {
    const host = this.#host;
    const attrs: AmountAttributes = {
      amounts: host.amounts,
      frequencies: host.frequencies,
      frequency: this.#frequencyInput,
      defaultAmount: attributeText(host.defaultAmount),
      minAmount: attributeText(host.minAmount),
      maxAmount: attributeText(host.maxAmount),
      currency: host.currency,
      locale: elementLocale(host, host.locale, warn),
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
    return { config, frequency, customAmount: host.customAmount };
  }

  /** The constraint the choice violates now, with its message, or null. */
  violation(required: boolean, context: SelectionContext = this.context()): Violation | null {
    // Before the first update the messages may not match yet: resolve silently then.
    const input = this.#host.messages;
    const { locale } = context.config;
    const messages =
      input === this.#messagesInput && locale === this.#messagesLocale
        ? this.#messages
        : resolveMessages(input, locale, silentWarner);
    return violationOf(this.#resolved(context), context, required, messages);
  }

  /** What the form submits: `{name}` and `{name}-frequency`; and the state kept for Back. */
  formValue(name: string | null): { data: FormData | null; state: string } {
    const context = this.context();
    const selection = this.#resolved(context);
    const amount = amountOf(selection, context);
    const state = JSON.stringify({ frequency: context.frequency, selection });
    if (!name) return { data: null, state };
    const data = new FormData();
    data.append(name, amount === null ? '' : String(amount));
    data.append(`${name}-frequency`, context.frequency);
    return { data, state };
  }
}
