import type { AmountConfig, Frequency } from './amounts.js';
import { DEFAULT_LOCALE } from './locale.js';
import { memo } from './memo.js';

function currencyFormatter(currency: string, locale: string, whole: boolean): Intl.NumberFormat {
  return formatterFor(locale, currency, whole ? 'whole' : '');
}

/** Building an Intl.NumberFormat costs far more than using one; pages format the same few often. */
const formatterFor = memo((locale: string, currency: string, whole: string) => {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  // Both digits bounds: engines before ES2023 throw when only the maximum is below the default minimum.
  if (whole) Object.assign(options, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat(DEFAULT_LOCALE, options); // a bad currency still throws here
  }
});

/**
 * An amount as readers expect it in their locale: "$2", "2 ₽", "¥500", "$2.50".
 * Whole amounts drop the ".00" — an appeal reads "from just $2", not "$2.00".
 * Never throws: an unknown currency or locale falls back to "2 XYZ".
 */
export function formatAmount(amount: number, currency: string, locale: string): string {
  return formattedAmount(locale, currency, String(amount));
}

/** Every render formats the same few presets again; a format() call costs tens of µs. */
const formattedAmount = memo((locale: string, currency: string, text: string) => {
  const amount = Number(text); // String(number) → Number gives the same number back
  try {
    return currencyFormatter(currency, locale, Number.isInteger(amount)).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}, 256);

/** The smallest preset of the frequency (default: the selected one) — "starting from just $2". */
export function startingFrom(config: AmountConfig, frequency?: Frequency): number {
  const presets = config.presets[frequency ?? config.frequency] ?? [];
  return presets.length > 0 ? Math.min(...presets) : config.minAmount;
}

/**
 * Where the currency sign sits, for the affixes of an amount input: "$" before in en-US,
 * "₽" after in ru, "€" after in de. Spaces around the sign are left to CSS.
 */
export function currencyAffixes(
  currency: string,
  locale: string,
): { readonly prefix: string; readonly suffix: string } {
  return affixesOf(currency, locale);
}

/** formatToParts was most of the time of every render of "Other amount". */
const affixesOf = memo((currency: string, locale: string) =>
  Object.freeze(readAffixes(currency, locale)),
);

function readAffixes(currency: string, locale: string): { prefix: string; suffix: string } {
  try {
    const parts = currencyFormatter(currency, locale, true).formatToParts(1);
    const firstNumber = parts.findIndex((part) => part.type === 'integer');
    if (firstNumber === -1) return { prefix: '', suffix: String(currency) };
    const symbolsIn = (slice: Intl.NumberFormatPart[]) =>
      slice
        .filter((part) => part.type === 'currency')
        .map((part) => part.value)
        .join('');
    return {
      prefix: symbolsIn(parts.slice(0, firstNumber)),
      suffix: symbolsIn(parts.slice(firstNumber + 1)),
    };
  } catch {
    return { prefix: '', suffix: String(currency) };
  }
}

/**
 * The full stop of a sentence that ends with `amount`: none when the amount ends with one
 * already, as "5 د.إ." does in Arabic (Intl may add a bidi mark after it), else ".".
 */
export function fullStopAfter(amount: string): '' | '.' {
  return /\.[\u200e\u200f\u061c\u2066-\u2069]*$/.test(amount) ? '' : '.';
}
