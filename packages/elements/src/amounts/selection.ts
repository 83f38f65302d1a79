/**
 * What the reader (or a program) chose, and how it reads against the current config. Pure:
 * the element keeps one `Selection` and resolves it on every read, so attribute changes at
 * any time (new amounts, another frequency) give a sensible, consistent choice.
 */
import {
  DEV,
  checkCustomAmount,
  formatAmount,
  localeDirection,
  type AmountConfig,
  type Frequency,
  type Warn,
} from '@support-kit/core';
import { fill, isolate, languageOf, type AmountsMessages, type MessageKey } from './messages.js';

export type Selection =
  | { kind: 'default' } // follows `default-amount` of the selected frequency
  | { kind: 'preset'; amount: number } // a preset the reader checked
  | { kind: 'value'; amount: number } // set through the `value` property
  | { kind: 'custom'; text: string } // typed into "Other amount"
  | { kind: 'none' }; // `value = null`

export interface SelectionContext {
  config: AmountConfig;
  frequency: Frequency;
  customAmount: boolean;
}

/**
 * A preset that the frequency does not offer falls back to its default; a programmatic value
 * becomes a preset, else "Other amount" (when offered), else the default with a warning.
 */
export function resolveSelection(
  selection: Selection,
  context: SelectionContext,
  warn: Warn,
): Selection {
  const { config, frequency, customAmount } = context;
  const presets = config.presets[frequency];
  switch (selection.kind) {
    case 'preset':
      return presets.includes(selection.amount) ? selection : { kind: 'default' };
    case 'value':
      if (presets.includes(selection.amount)) return { kind: 'preset', amount: selection.amount };
      if (customAmount)
        return { kind: 'custom', text: typedAmount(selection.amount, config.locale) };
      warn(
        'value',
        String(selection.amount),
        DEV
          ? `${selection.amount} is not one of the ${frequency} amounts (${presets.join(', ')}) and custom-amount is off. Using ${config.defaultAmount[frequency]}.`
          : '',
      );
      return { kind: 'default' };
    case 'custom':
      return customAmount ? selection : { kind: 'default' };
    default:
      return selection;
  }
}

/** The checked preset of a resolved selection, if any. */
export function presetOf(selection: Selection, context: SelectionContext): number | null {
  if (selection.kind === 'default') return context.config.defaultAmount[context.frequency];
  return selection.kind === 'preset' ? selection.amount : null;
}

/** The amount of a resolved selection: null when none, or "Other amount" is empty or invalid. */
export function amountOf(selection: Selection, context: SelectionContext): number | null {
  if (selection.kind === 'custom') {
    const check = checkCustomAmount(selection.text, context.config);
    return check.ok ? check.amount : null;
  }
  return presetOf(selection, context);
}

export interface Violation {
  flags: ValidityStateFlags;
  message: string;
  /** Which string the message is, so the element can give it its language. */
  key: MessageKey;
}

/** The constraint a resolved selection violates, with its localized message, or null. */
export function violationOf(
  selection: Selection,
  context: SelectionContext,
  required: boolean,
  messages: AmountsMessages,
): Violation | null {
  const { config } = context;
  const format = (amount: number) => formatAmount(amount, config.currency, config.locale);
  const values = { min: format(config.minAmount), max: format(config.maxAmount) };
  const say = (key: MessageKey, flags: ValidityStateFlags): Violation => {
    // An amount of a right-to-left locale in an English message is isolated, so it cannot
    // reorder the sentence (the message is plain text: validationMessage has no markup).
    const lang = languageOf(messages, key, config.locale);
    const isolated = localeDirection(lang) !== localeDirection(config.locale);
    const filled = isolated ? { min: isolate(values.min), max: isolate(values.max) } : values;
    return { flags, message: fill(messages[key], filled), key };
  };
  if (selection.kind === 'custom') {
    const check = checkCustomAmount(selection.text, config);
    if (!check.ok && check.reason === 'not-a-number') return say('notANumber', { badInput: true });
    if (!check.ok && check.reason === 'too-small') return say('tooSmall', { rangeUnderflow: true });
    if (!check.ok && check.reason === 'too-large') return say('tooLarge', { rangeOverflow: true });
  }
  if (required && amountOf(selection, context) === null) {
    return say('required', { valueMissing: true });
  }
  return null;
}

/** A selection saved by `formStateRestoreCallback`, checked field by field; null if unusable. */
export function restoredSelection(saved: unknown): Selection | null {
  if (!saved || typeof saved !== 'object') return null;
  const selection = saved as Partial<{ kind: unknown; text: unknown; amount: unknown }>;
  if (selection.kind === 'custom' && typeof selection.text === 'string') {
    return { kind: 'custom', text: selection.text };
  }
  if (selection.kind === 'preset' && typeof selection.amount === 'number') {
    return { kind: 'preset', amount: selection.amount };
  }
  if (selection.kind === 'none' || selection.kind === 'default') return { kind: selection.kind };
  return null;
}

/** An amount as a reader of the locale would type it: "12.5" in en, "12,5" in ru. */
function typedAmount(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(
    amount,
  );
}
