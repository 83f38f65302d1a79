import { DEV, shorten, type Warn } from './warn.js';

/** A number attribute longer than this is not a number anyone meant. */
const MAX_NUMBER_LENGTH = 32;

/**
 * Attribute numbers are written for machines, not readers: "2", "2.5", ".5". Signs, locale
 * separators, exponents, hex and "Infinity" are refused rather than guessed at: NaN.
 */
export function parsePlainNumber(text: string): number {
  return text.length <= MAX_NUMBER_LENGTH && /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)
    ? Number(text)
    : NaN;
}

/** How one number in an attribute reads: a value (perhaps lowered, with a note) or a problem. */
export type NumberReading =
  { ok: true; value: number; note?: string } | { ok: false; problem: string };

/**
 * One number attribute: absent or blank gives `fallback` silently; a value `read` refuses
 * gives `fallback` with one warning; a value it lowered (its note) is used, with one warning.
 */
export function parseNumberAttribute(
  attribute: string,
  text: string | null | undefined,
  fallback: number,
  read: (text: string) => NumberReading,
  warn: Warn,
): number {
  if (typeof text !== 'string' || text.trim() === '') return fallback;
  const reading = read(text);
  if (!reading.ok) {
    warn(attribute, text, DEV ? `${reading.problem}. Using ${fallback}.` : '');
    return fallback;
  }
  if (reading.note) warn(attribute, text, DEV ? `${reading.note}. Using ${reading.value}.` : '');
  return reading.value;
}

/** An ARIA heading level: a whole number from 1 to 6. */
function readHeadingLevel(text: string): NumberReading {
  const value = parsePlainNumber(text.trim());
  return Number.isInteger(value) && value >= 1 && value <= 6
    ? { ok: true, value }
    : {
        ok: false,
        problem: DEV ? `"${shorten(text.trim(), 40)}" is not a heading level from 1 to 6` : '',
      };
}

/** `heading-level`: 1–6; absent gives 2, anything else gives 2 with one warning. */
export function parseHeadingLevel(text: string | null | undefined, warn: Warn): number {
  return parseNumberAttribute('heading-level', text, 2, readHeadingLevel, warn);
}
