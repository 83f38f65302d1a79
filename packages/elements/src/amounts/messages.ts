import type { Warn } from '@support-kit/core';
import { pickMessages } from '../shared/pick-messages.js';

/**
 * Every string `<support-amounts>` shows or announces. `{min}`, `{max}` are replaced with
 * formatted amounts. Override any of them with the `messages` property or attribute (JSON).
 */
export interface AmountsMessages {
  /** Legend of the preset group. */
  legend: string;
  /** Legend of the frequency group (visually hidden: the options speak for themselves). */
  frequencyLegend: string;
  monthly: string;
  'one-off': string;
  annual: string;
  /** Label of the "Other amount" input. */
  otherAmount: string;
  /** `required` and nothing chosen. */
  required: string;
  /** "Other amount" is not a number. */
  notANumber: string;
  /** Below `min-amount`; `{min}` is the formatted minimum. */
  tooSmall: string;
  /** Above `max-amount`; `{max}` is the formatted maximum. */
  tooLarge: string;
}

export type AmountsMessagesOverride = Partial<AmountsMessages>;

const en: AmountsMessages = {
  legend: 'Choose an amount',
  frequencyLegend: 'How often',
  monthly: 'Monthly',
  'one-off': 'One-time',
  annual: 'Yearly',
  otherAmount: 'Other amount',
  required: 'Choose or enter an amount.',
  notANumber: 'Enter the amount as a number, for example {min}.',
  tooSmall: 'The smallest amount is {min}.',
  tooLarge: 'The largest amount is {max}.',
};

const ru: AmountsMessages = {
  legend: 'Выберите сумму',
  frequencyLegend: 'Как часто',
  monthly: 'Ежемесячно',
  'one-off': 'Разово',
  annual: 'Ежегодно',
  otherAmount: 'Другая сумма',
  required: 'Выберите или введите сумму.',
  notANumber: 'Введите сумму числом, например {min}.',
  tooSmall: 'Минимальная сумма — {min}.',
  tooLarge: 'Максимальная сумма — {max}.',
};

export const AMOUNTS_MESSAGES: Readonly<Record<'en' | 'ru', AmountsMessages>> = { en, ru };

/** The built-in strings for a BCP 47 locale: Russian for `ru*`, English otherwise. */
export function messagesFor(locale: string): AmountsMessages {
  return pickMessages(locale, AMOUNTS_MESSAGES);
}

/** Replaces `{name}` placeholders; unknown ones are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * The strings for a locale with the site's overrides on top: an object, or JSON from the
 * `messages` attribute. Bad JSON and unknown keys are warned about and ignored.
 */
export function resolveMessages(overrides: unknown, locale: string, warn: Warn): AmountsMessages {
  let raw = overrides;
  if (typeof overrides === 'string') {
    try {
      raw = JSON.parse(overrides);
    } catch {
      warn('messages', overrides, 'it is not a JSON object. Using the built-in strings.');
      raw = null;
    }
  }
  const picked: Record<string, string> = {};
  const rejected: string[] = [];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      if (key in en && typeof value === 'string') picked[key] = value;
      else rejected.push(key);
    }
  } else if (raw !== null && raw !== undefined) {
    warn('messages', String(overrides), 'it is not a JSON object. Using the built-in strings.');
  }
  if (rejected.length > 0) {
    warn(
      'messages',
      rejected.join(', '),
      'these keys are unknown or not strings. Using the built-in strings for them.',
    );
  }
  return { ...messagesFor(locale), ...picked };
}
