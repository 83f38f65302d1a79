import { DEV, fullStopAfter, type Warn } from '@support-kit/core';
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

/** The language of the built-in strings for a BCP 47 locale: `ru` for `ru*`, else `en`. */
export function builtInLang(locale: string): 'en' | 'ru' {
  return pickMessages(locale, { en: 'en', ru: 'ru' } as const);
}

/** The built-in strings for a BCP 47 locale: Russian for `ru*`, English otherwise. */
export function messagesFor(locale: string): AmountsMessages {
  return pickMessages(locale, AMOUNTS_MESSAGES);
}

/**
 * The language a resolved string is written in: the built-in table's when it is the built-in
 * string, else the locale's (a site writes its `messages` in the language of its page).
 */
export function languageOf(messages: AmountsMessages, key: MessageKey, locale: string): string {
  return messages[key] === messagesFor(locale)[key] ? builtInLang(locale) : locale;
}

export type MessageKey = keyof AmountsMessages;

/**
 * Replaces `{name}` placeholders with the values' own properties only: `{constructor}` or
 * `{__proto__}` in a site's string stay as written, like any unknown name. A sentence that
 * ends with a value that ends with a full stop ("5 د.إ.") keeps one full stop.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, key: string, stop: string) => {
    if (!Object.hasOwn(values, key)) return whole;
    const value = String(values[key]);
    return stop && fullStopAfter(value) === '' ? value : value + stop;
  });
}

/** Text in Unicode isolates (FSI … PDI): for a right-to-left amount in a left-to-right string. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

const NOT_AN_OBJECT = 'it is not a JSON object. Using the built-in strings.';

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
      warn('messages', overrides, DEV ? NOT_AN_OBJECT : '');
      raw = null;
    }
  }
  const picked: Record<string, string> = {};
  const rejected: string[] = [];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      // Own keys only: `toString`, `constructor` or `__proto__` are in every object, not strings.
      if (Object.hasOwn(en, key) && typeof value === 'string') picked[key] = value;
      else rejected.push(key);
    }
  } else if (raw !== null && raw !== undefined) {
    warn('messages', String(overrides), DEV ? NOT_AN_OBJECT : '');
  }
  if (rejected.length > 0) {
    warn(
      'messages',
      rejected.join(', '),
      DEV ? 'these keys are unknown or not strings. Using the built-in strings for them.' : '',
    );
  }
  return { ...messagesFor(locale), ...picked };
}
