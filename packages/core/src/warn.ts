import { DEV as FULL_WARNINGS } from '#dev';

/**
 * How core reports bad input: one call per bad part, naming the attribute and the value it
 * ignored, with a sentence saying what it did instead. Core never logs by itself; elements
 * pass a warner bound to their tag name so the console says where the problem is.
 */
export type Warn = (attribute: string, value: string, message: string) => void;

/** True but in production builds: warnings explain themselves in full (see dev.ts). */
export const DEV: boolean = FULL_WARNINGS;

/** Long values are cut in messages so one absurd attribute cannot flood the console. */
const MAX_VALUE_IN_MESSAGE = 120;

/**
 * `<support-amounts>: ignoring amounts="2,x" — "x" is not a number. Using 2.`; in the
 * production drop-in, where messages are empty, `<support-amounts>: ignoring amounts="2,x"`.
 */
export function consoleWarner(tagName: string): Warn {
  return (attribute, value, message) => {
    console.warn(
      `<${tagName}>: ignoring ${attribute}="${shorten(value)}"${message ? ` — ${message}` : ''}`,
    );
  };
}

/**
 * A console warner that says each problem once per element, however often the element
 * re-reads its attributes (Lit re-renders; frameworks set the same value again). A problem is
 * the attribute, the value and the message: one value can have several problems
 * (`snooze-days="x,y,99999"`), and each of them is said. `tagName` may be a function: an
 * element inside another one names the element the editor wrote on.
 */
export function consoleWarnerOnce(tagName: string | (() => string)): Warn {
  const said = new Set<string>();
  return (attribute, value, message) => {
    const key = `${attribute}\u0000${value}\u0000${message}`;
    if (said.has(key)) return;
    said.add(key);
    consoleWarner(typeof tagName === 'string' ? tagName : tagName())(attribute, value, message);
  };
}

/** A warner that drops everything: for callers that validate silently (tests, re-parses). */
export const silentWarner: Warn = () => {};

/** Cuts a value for display in a message, saying how long it really was. */
export function shorten(value: string, max = MAX_VALUE_IN_MESSAGE): string {
  const text = String(value);
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * Wraps a warner so that one attribute produces at most `max` warnings, then a single
 * "and N more" line: a page with 10,000 bad presets gets six console lines, not 10,000.
 */
export function limitWarnings(
  warn: Warn,
  max: number,
): { warn: Warn; flush: (attribute: string, value: string) => void } {
  let sent = 0;
  let dropped = 0;
  return {
    warn(attribute, value, message) {
      if (sent < max) {
        sent += 1;
        warn(attribute, value, message);
      } else {
        dropped += 1;
      }
    },
    flush(attribute, value) {
      if (dropped > 0)
        warn(attribute, value, DEV ? `${dropped} more problems like the ones above.` : '');
      dropped = 0;
    },
  };
}
