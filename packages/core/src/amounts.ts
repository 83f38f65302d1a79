import { resolveLocale } from './locale.js';
import { memo } from './memo.js';
import { parseNumberAttribute, parsePlainNumber, type NumberReading } from './number-attribute.js';
import { DEV, limitWarnings, shorten, type Warn } from './warn.js';

export type Frequency = 'monthly' | 'one-off' | 'annual';

export const FREQUENCIES: readonly Frequency[] = Object.freeze(['monthly', 'one-off', 'annual']);

export const DEFAULT_PRESETS: Readonly<Record<Frequency, readonly number[]>> = Object.freeze({
  monthly: Object.freeze([2, 5, 10, 25]),
  'one-off': Object.freeze([10, 25, 50, 100]),
  annual: Object.freeze([25, 50, 100, 250]),
});

export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_MIN_AMOUNT = 1;
export const DEFAULT_MAX_AMOUNT = 100_000;
/** More presets than this do not fit a row of buttons; the rest are dropped with a warning. */
export const MAX_PRESETS = 12;
/** Larger than any real gift in any currency, and small enough to format exactly. */
export const MAX_AMOUNT = 1e12;
/** An `amounts` attribute longer than this is read only up to here. */
export const MAX_ATTRIBUTE_LENGTH = 10_000;
/** Per attribute, so 10,000 bad tokens give a handful of console lines. */
const MAX_WARNINGS_PER_ATTRIBUTE = 5;

export interface AmountAttributes {
  amounts?: string | null;
  frequencies?: string | null;
  frequency?: string | null;
  defaultAmount?: string | null;
  minAmount?: string | null;
  maxAmount?: string | null;
  currency?: string | null;
  /** A BCP 47 tag; one the element already resolved from `lang` is fine. */
  locale?: string | null;
}

/** Read-only: a config that parsed cleanly is frozen and shared by every element that asks. */
export interface AmountConfig {
  /** Non-empty, deduplicated, in the order given. */
  readonly frequencies: readonly Frequency[];
  /** Always one of `frequencies`: "monthly" when offered, else the first. */
  readonly frequency: Frequency;
  /** For every frequency: non-empty, ascending, deduplicated, positive, finite. */
  readonly presets: Readonly<Record<Frequency, readonly number[]>>;
  /** Always a preset of that frequency. */
  readonly defaultAmount: Readonly<Record<Frequency, number>>;
  /** Bounds of an "Other amount"; minAmount <= maxAmount. */
  readonly minAmount: number;
  readonly maxAmount: number;
  /** Upper-case ISO 4217 code that Intl accepts. */
  readonly currency: string;
  readonly locale: string;
}

/** What editors write, mapped to the three frequencies ("one-time" is as clear as "one-off"). */
const FREQUENCY_NAMES: Readonly<Record<string, Frequency>> = {
  monthly: 'monthly',
  month: 'monthly',
  'one-off': 'one-off',
  oneoff: 'one-off',
  'one-time': 'one-off',
  onetime: 'one-off',
  once: 'one-off',
  single: 'one-off',
  annual: 'annual',
  annually: 'annual',
  yearly: 'annual',
  year: 'annual',
};

/** "Monthly", " one-time " → the frequency; null for anything else. */
export function parseFrequency(value: string | null | undefined): Frequency | null {
  if (typeof value !== 'string') return null;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return Object.prototype.hasOwnProperty.call(FREQUENCY_NAMES, key)
    ? (FREQUENCY_NAMES[key] ?? null)
    : null;
}

/** An amount in an attribute: a plain number (see parsePlainNumber), above zero, at most MAX_AMOUNT. */
export function readAmount(token: string): NumberReading {
  const text = token.trim();
  const value = parsePlainNumber(text);
  if (Number.isNaN(value))
    return { ok: false, problem: DEV ? `"${shorten(text, 40)}" is not a number` : '' };
  if (!(value > 0)) return { ok: false, problem: DEV ? `${text} is not above zero` : '' };
  if (!Number.isFinite(value) || value > MAX_AMOUNT) {
    return { ok: false, problem: DEV ? `${text} is larger than ${MAX_AMOUNT}` : '' };
  }
  return { ok: true, value };
}

const list = (values: readonly number[]) => values.join(', ');

interface ParsedList {
  values: number[];
  problems: string[];
}

/** "2, 5,x,5" → [2, 5] and the problems "x" and the duplicate 5. Ascending. */
function parseAmountList(text: string): ParsedList {
  const values: number[] = [];
  const problems: string[] = [];
  let extra = 0;
  for (const token of text.split(',')) {
    if (token.trim() === '') continue; // "2,5," — a stray comma hides nothing
    const reading = readAmount(token);
    if (!reading.ok) problems.push(reading.problem);
    else if (values.includes(reading.value))
      problems.push(DEV ? `${reading.value} appears twice` : '');
    else if (values.length >= MAX_PRESETS) extra += 1;
    else values.push(reading.value);
  }
  if (extra > 0) {
    problems.push(
      DEV ? `only the first ${MAX_PRESETS} amounts fit; ${extra} more were dropped` : '',
    );
  }
  return { values: values.sort((a, b) => a - b), problems };
}

/** Cuts an absurdly long attribute at the last separator before the limit. */
function boundedText(attribute: string, text: string, warn: Warn): string {
  if (text.length <= MAX_ATTRIBUTE_LENGTH) return text;
  const head = text.slice(0, MAX_ATTRIBUTE_LENGTH);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  warn(
    attribute,
    text,
    DEV
      ? `it is ${text.length} characters long; only the first ${MAX_ATTRIBUTE_LENGTH} are read.`
      : '',
  );
  return cut > 0 ? head.slice(0, cut) : '';
}

interface ParsedAmounts {
  shared: ParsedList | null;
  perFrequency: Partial<Record<Frequency, ParsedList>>;
  /** Frequencies named in the attribute, in order: the default offer when `frequencies` is absent. */
  named: Frequency[];
  problems: string[];
}

/** `2,5,10` (every frequency) or `monthly: 2,5,10; one-off: 10,25,50`, or a mix of the two. */
function parseAmountsAttribute(text: string): ParsedAmounts {
  const parsed: ParsedAmounts = { shared: null, perFrequency: {}, named: [], problems: [] };
  for (const segment of text.split(';')) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const colon = trimmed.indexOf(':');
    if (colon === -1) {
      if (parsed.shared)
        parsed.problems.push(
          DEV ? `"${shorten(trimmed, 40)}" repeats a list without a frequency` : '',
        );
      else parsed.shared = parseAmountList(trimmed);
      continue;
    }
    const name = trimmed.slice(0, colon);
    const frequency = parseFrequency(name);
    if (!frequency) {
      parsed.problems.push(
        DEV
          ? `"${shorten(name.trim(), 40)}" is not a frequency (${FREQUENCIES.join(', ')}); its amounts are ignored`
          : '',
      );
    } else if (parsed.perFrequency[frequency]) {
      parsed.problems.push(DEV ? `${frequency} is listed twice; the first list is used` : '');
    } else {
      parsed.perFrequency[frequency] = parseAmountList(trimmed.slice(colon + 1));
      parsed.named.push(frequency);
    }
  }
  return parsed;
}

function presetsFor(frequency: Frequency, parsed: ParsedAmounts): number[] {
  const own = parsed.perFrequency[frequency]?.values;
  if (own && own.length > 0) return [...own];
  const shared = parsed.shared?.values;
  if (shared && shared.length > 0) return [...shared];
  return [...DEFAULT_PRESETS[frequency]];
}

/** Tells the editor about every dropped part of `amounts`, and what is used instead. */
function warnAmounts(
  parsed: ParsedAmounts,
  presets: Record<Frequency, number[]>,
  value: string,
  warn: Warn,
): void {
  const sharedValues = parsed.shared?.values ?? [];
  const sharedUse = sharedValues.length > 0 ? list(sharedValues) : 'the default amounts';
  for (const problem of parsed.problems) warn('amounts', value, DEV ? `${problem}.` : '');
  for (const problem of parsed.shared?.problems ?? []) {
    warn('amounts', value, DEV ? `${problem}. Using ${sharedUse}.` : '');
  }
  for (const frequency of FREQUENCIES) {
    for (const problem of parsed.perFrequency[frequency]?.problems ?? []) {
      warn(
        'amounts',
        value,
        DEV ? `${problem}. Using ${list(presets[frequency])} for ${frequency}.` : '',
      );
    }
  }
}

function parseFrequencies(
  text: string | null | undefined,
  fallback: Frequency[],
  warn: Warn,
): Frequency[] {
  if (typeof text !== 'string' || text.trim() === '') return fallback;
  const chosen: Frequency[] = [];
  const problems: string[] = [];
  for (const token of boundedText('frequencies', text, warn).split(/[\s,;]+/)) {
    if (token === '') continue;
    const frequency = parseFrequency(token);
    if (!frequency)
      problems.push(
        DEV ? `"${shorten(token, 40)}" is not a frequency (${FREQUENCIES.join(', ')})` : '',
      );
    else if (chosen.includes(frequency)) problems.push(DEV ? `${frequency} is listed twice` : '');
    else chosen.push(frequency);
  }
  const result = chosen.length > 0 ? chosen : fallback;
  for (const problem of problems)
    warn('frequencies', text, DEV ? `${problem}. Offering ${result.join(', ')}.` : '');
  return result;
}

function parseSelectedFrequency(
  text: string | null | undefined,
  offered: Frequency[],
  warn: Warn,
): Frequency {
  const fallback: Frequency = offered.includes('monthly') ? 'monthly' : (offered[0] ?? 'monthly');
  if (typeof text !== 'string' || text.trim() === '') return fallback;
  const frequency = parseFrequency(text);
  if (!frequency) {
    warn(
      'frequency',
      text,
      DEV
        ? `"${shorten(text, 40)}" is not a frequency (${FREQUENCIES.join(', ')}). Using ${fallback}.`
        : '',
    );
    return fallback;
  }
  if (!offered.includes(frequency)) {
    warn(
      'frequency',
      text,
      DEV ? `${frequency} is not offered (${offered.join(', ')}). Using ${fallback}.` : '',
    );
    return fallback;
  }
  return frequency;
}

/** The second preset — the first is the "starting from" floor, the second a gentle nudge. */
function usualDefault(presets: readonly number[]): number {
  return presets[1] ?? presets[0] ?? 1;
}

let knownCurrencies: Set<string> | null | undefined;
/** The engine's list of currencies, when it has one (all current engines do). */
function supportedCurrencies(): Set<string> | null {
  if (knownCurrencies === undefined) {
    try {
      const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
      knownCurrencies = intl.supportedValuesOf ? new Set(intl.supportedValuesOf('currency')) : null;
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies;
}

/** "eur" → "EUR"; null unless it is a three-letter code Intl can format. */
export function normalizeCurrency(value: string | null | undefined): string | null {
  return typeof value === 'string' ? knownCurrency(value.trim().toUpperCase()) : null;
}

const knownCurrency = memo((code: string): string | null => {
  if (!/^[A-Z]{3}$/.test(code)) return null;
  // The engine's list is the answer where there is one. Building a NumberFormat to ask would
  // also answer, but the first one on a page costs Chromium tens of milliseconds (ICU's number
  // formatting data): leave that to the first amount actually shown, which a snoozed reader
  // never pays.
  const known = supportedCurrencies();
  if (known) return known.has(code) ? code : null;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return code;
  } catch {
    return null;
  }
});

function parseCurrency(text: string | null | undefined, warn: Warn): string {
  if (typeof text !== 'string' || text.trim() === '') return DEFAULT_CURRENCY;
  const code = normalizeCurrency(text);
  if (code) return code;
  warn(
    'currency',
    text,
    DEV
      ? `"${shorten(text.trim(), 40)}" is not an ISO 4217 currency code. Using ${DEFAULT_CURRENCY}.`
      : '',
  );
  return DEFAULT_CURRENCY;
}

/**
 * Every amount attribute of `<support-amounts>` in one typed, validated config. Each bad
 * part is dropped with one warning naming the attribute and the value; the rest falls back
 * to defaults. Never throws, for any strings.
 */
export function parseAmountConfig(attrs: AmountAttributes, warn: Warn): AmountConfig {
  // An appeal and its <support-amounts> parse the same attributes, and every appeal of a
  // site the same ones again: remember configs that parsed cleanly. One with problems is
  // parsed every time, so each caller still hears its warnings.
  const key = JSON.stringify([
    attrs.amounts,
    attrs.frequencies,
    attrs.frequency,
    attrs.defaultAmount,
    attrs.minAmount,
    attrs.maxAmount,
    attrs.currency,
    attrs.locale,
  ]);
  const known = cleanConfigs.get(key);
  if (known) return known;
  let clean = true;
  const config = parseWithWarnings(attrs, (attribute, value, message) => {
    clean = false;
    warn(attribute, value, message);
  });
  if (clean) {
    if (cleanConfigs.size >= MAX_CLEAN_CONFIGS) cleanConfigs.clear();
    cleanConfigs.set(key, deepFreeze(config));
  }
  return config;
}

/** Shared between callers, so nobody may change one. */
function deepFreeze(config: AmountConfig): AmountConfig {
  for (const frequency of FREQUENCIES) Object.freeze(config.presets[frequency]);
  Object.freeze(config.presets);
  Object.freeze(config.defaultAmount);
  Object.freeze(config.frequencies);
  return Object.freeze(config);
}

const MAX_CLEAN_CONFIGS = 32;
const cleanConfigs = new Map<string, AmountConfig>();

function parseWithWarnings(attrs: AmountAttributes, warn: Warn): AmountConfig {
  const amountsWarner = limitWarnings(warn, MAX_WARNINGS_PER_ATTRIBUTE);
  const amountsText = typeof attrs.amounts === 'string' ? attrs.amounts : '';
  const parsed = parseAmountsAttribute(boundedText('amounts', amountsText, amountsWarner.warn));

  const presets = {} as Record<Frequency, number[]>;
  for (const frequency of FREQUENCIES) presets[frequency] = presetsFor(frequency, parsed);
  warnAmounts(parsed, presets, amountsText, amountsWarner.warn);
  amountsWarner.flush('amounts', amountsText);

  // Without `frequencies`, offer what `amounts` names, else the one `frequency` asks for.
  const asked = parseFrequency(attrs.frequency);
  const offeredByDefault =
    parsed.named.length > 0 ? [...parsed.named] : [asked ?? ('monthly' as Frequency)];
  const frequenciesWarner = limitWarnings(warn, MAX_WARNINGS_PER_ATTRIBUTE);
  const frequencies = parseFrequencies(attrs.frequencies, offeredByDefault, frequenciesWarner.warn);
  frequenciesWarner.flush('frequencies', attrs.frequencies ?? '');
  const frequency = parseSelectedFrequency(attrs.frequency, frequencies, warn);

  const defaultAmount = {} as Record<Frequency, number>;
  for (const each of FREQUENCIES) defaultAmount[each] = usualDefault(presets[each]);
  const askedDefault = attrs.defaultAmount;
  if (typeof askedDefault === 'string' && askedDefault.trim() !== '') {
    const reading = readAmount(askedDefault);
    const fallback = defaultAmount[frequency];
    if (!reading.ok) {
      warn('default-amount', askedDefault, DEV ? `${reading.problem}. Using ${fallback}.` : '');
    } else if (!presets[frequency].includes(reading.value)) {
      warn(
        'default-amount',
        askedDefault,
        DEV
          ? `${reading.value} is not one of the ${frequency} amounts (${list(presets[frequency])}). Using ${fallback}.`
          : '',
      );
    } else {
      defaultAmount[frequency] = reading.value;
    }
  }

  const maxAmount = parseNumberAttribute(
    'max-amount',
    attrs.maxAmount,
    DEFAULT_MAX_AMOUNT,
    readAmount,
    warn,
  );
  let minAmount = parseNumberAttribute(
    'min-amount',
    attrs.minAmount,
    DEFAULT_MIN_AMOUNT,
    readAmount,
    warn,
  );
  if (minAmount > maxAmount) {
    const fallback = Math.min(DEFAULT_MIN_AMOUNT, maxAmount);
    warn(
      'min-amount',
      attrs.minAmount ?? String(minAmount),
      DEV ? `${minAmount} is above the maximum ${maxAmount}. Using ${fallback}.` : '',
    );
    minAmount = fallback;
  }

  return {
    frequencies,
    frequency,
    presets,
    defaultAmount,
    minAmount,
    maxAmount,
    currency: parseCurrency(attrs.currency, warn),
    locale: resolveLocale([attrs.locale], warn),
  };
}

// ——— What a reader types into "Other amount" ———

/** Nobody types a 64-character amount; longer input is not a number. */
const MAX_TYPED_LENGTH = 64;
/** Zero of each decimal-digit block readers commonly type besides ASCII. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0xff10, // Full-width (Japanese, Chinese input methods)
];

function toAsciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out;
}

const decimalSeparators = new Map<string, string>();
/** "." in en, "," in de and ru. Anything else is treated as ".". */
function decimalSeparatorOf(locale: string): '.' | ',' {
  let separator = decimalSeparators.get(locale);
  if (separator === undefined) {
    try {
      separator =
        new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
          ?.value ?? '.';
    } catch {
      separator = '.';
    }
    if (decimalSeparators.size < 50) decimalSeparators.set(locale, separator);
  }
  return separator === ',' ? ',' : '.';
}

/** Valid digit grouping: 1–3 leading digits, then groups of 2 or 3 (Indian 1,00,000), the last of 3. */
function isValidGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || rest.length === 0) return false;
  if (first.startsWith('0')) return false;
  return rest.every((group, index) =>
    index === rest.length - 1 ? group.length === 3 : group.length === 2 || group.length === 3,
  );
}

/**
 * A reader's "Other amount" as a number, for their locale: "1 000,50" in ru, "1,000.50" in
 * en, "1.000" in de, "$5", "٥", "-3" (negative, so the check can say "too small").
 * A lone separator followed by exactly three digits is read as grouping ("1,000" is a
 * thousand in en), otherwise as the decimal mark. null when it is not a number.
 */
export function parseTypedAmount(input: string, locale: string): number | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text === '' || text.length > MAX_TYPED_LENGTH) return null;
  text = toAsciiDigits(text)
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/[\s\u066c'’ʼ]/g, ' ') // spaces, Arabic thousands mark, Swiss apostrophes group digits
    .replace(/^[\p{Sc} ]+|[\p{Sc} ]+$/gu, '');
  let sign = 1;
  if (/^[-\u2212]/.test(text)) {
    sign = -1;
    text = text.slice(1).replace(/^[\p{Sc} ]+/u, '');
  }
  if (!/^[\d., ]+$/.test(text) || !/\d/.test(text)) return null;

  const decimal = chooseDecimalMark(text, decimalSeparatorOf(locale));
  const [integerPart = '', fraction = '', ...more] = decimal ? text.split(decimal) : [text];
  if (more.length > 0 || /[^\d]/.test(fraction)) return null;
  const groups = integerPart.split(/[., ]/);
  if (groups.length > 1 && !isValidGrouping(groups)) return null;
  const digits = groups.join('');
  if (digits === '' && fraction === '') return null;
  const value = Number(`${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? sign * value : null;
}

/** Which of "." and "," is the decimal mark in what the reader typed, or null (an integer). */
function chooseDecimalMark(text: string, localeDecimal: '.' | ','): '.' | ',' | null {
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot !== -1 && comma !== -1) return dot > comma ? '.' : ',';
  const mark = dot !== -1 ? '.' : comma !== -1 ? ',' : null;
  if (!mark) return null;
  if (text.indexOf(mark) !== text.lastIndexOf(mark)) return null; // "1.000.000": grouping
  if (mark === localeDecimal) return mark;
  const [before = '', after = ''] = text.split(mark);
  const looksGrouped = after.length === 3 && /^[1-9]/.test(before.replace(/ /g, ''));
  return looksGrouped ? null : mark;
}

export type CustomAmountCheck =
  | { ok: true; amount: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'too-small' | 'too-large' };

/** Validates "Other amount" against the config's bounds; the element turns reasons into messages. */
export function checkCustomAmount(input: string, config: AmountConfig): CustomAmountCheck {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'empty' };
  const amount = parseTypedAmount(input, config.locale);
  if (amount === null) return { ok: false, reason: 'not-a-number' };
  if (!(amount > 0) || amount < config.minAmount) return { ok: false, reason: 'too-small' };
  if (amount > config.maxAmount) return { ok: false, reason: 'too-large' };
  return { ok: true, amount };
}
