import type { Frequency } from './amounts.js';
import { DEV, shorten, type Warn } from './warn.js';

export interface CheckoutValues {
  amount: number;
  currency: string;
  frequency: Frequency;
  campaign: string;
  locale: string;
}

/** The placeholders a template may use; each is replaced by its URL-encoded value. */
export const CHECKOUT_PLACEHOLDERS = [
  'amount',
  'currency',
  'frequency',
  'campaign',
  'locale',
] as const;

/**
 * Longer than any real checkout address; refusing it keeps the URL parser's work bounded.
 * It holds for the template and for the URL once filled in (a campaign id can be long).
 */
const MAX_URL_LENGTH = 4096;
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * C0 and C1 controls and DEL. The URL parser silently drops tab and newline
 * ("java\tscript:" is "javascript:") and other code may drop the rest, so a template
 * holding any of them is refused rather than cleaned.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** Character references that spell the parts of a scheme: `javascript&colon;`, `&#58;`, `&#x3A`. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  period: '.',
  amp: '&',
  nbsp: '\u00a0',
};

/**
 * What the text would become if something on the way decoded HTML character references
 * (a server template, innerHTML, a CMS). Unknown names are left as they are.
 */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_REFERENCES[body.toLowerCase()] ?? match;
  });
}

/** The URL a browser would follow for `href`, or null when it is not http(s) or does not parse. */
function safeHttpUrl(candidate: string, baseUrl: string): URL | null {
  let url: URL;
  try {
    url = new URL(candidate, baseUrl);
  } catch {
    try {
      url = new URL(candidate); // an unusable base still lets an absolute template through
    } catch {
      return null;
    }
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url : null;
}

/** encodeURIComponent throws on a lone surrogate; a campaign id must not be able to do that. */
function encodeValue(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );
}

const PLACEHOLDER = /\{([a-z-]+)\}/gi;

function isPlaceholder(name: string): boolean {
  return (CHECKOUT_PLACEHOLDERS as readonly string[]).includes(name);
}

/** `.` `..` and their percent-encoded spellings, which the URL parser resolves away. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Whether a path segment of `filled` (before any `?` or `#`) is a dot-segment that a value
 * helped to spell (an empty value counts: `/.{campaign}/` is a dot-segment only without it): `/give/{campaign}` with `..` would climb out of `/give/`. Values are
 * URL-encoded, so they never hold a slash, a backslash, `?` or `#` themselves; the template's own `../`
 * stays allowed.
 */
function valueMakesDotSegment(filled: string, spans: ReadonlyArray<[number, number]>): boolean {
  const queryAt = filled.search(/[?#]/);
  const pathEnd = queryAt === -1 ? filled.length : queryAt;
  let start = 0;
  for (let at = 0; at <= pathEnd; at += 1) {
    if (at < pathEnd && filled[at] !== '/' && filled[at] !== '\\') continue;
    const segment = filled.slice(start, at);
    if (DOT_SEGMENT.test(segment) && spans.some(([from, to]) => from <= at && to >= start)) {
      return true;
    }
    start = at + 1;
  }
  return false;
}

function placeholderValue(name: string, values: CheckoutValues): string | null {
  switch (name) {
    case 'amount':
      return Number.isFinite(values.amount) ? String(values.amount) : null;
    case 'currency':
      return String(values.currency);
    case 'frequency':
      return String(values.frequency);
    case 'campaign':
      return String(values.campaign);
    case 'locale':
      return String(values.locale);
    default:
      return null;
  }
}

/**
 * Fills `{amount} {currency} {frequency} {campaign} {locale}` (each URL-encoded), resolves
 * the result against `baseUrl` (the page), and returns the absolute href — or null, with one
 * warning, unless it is http: or https:. The check runs after filling and resolving, so no
 * value and no casing, whitespace, control character, character reference or relative form
 * can smuggle in `javascript:`, `data:` or `vbscript:`. No template, no link, no warning.
 */
export function buildCheckoutUrl(
  template: string | null | undefined,
  values: CheckoutValues,
  baseUrl: string,
  warn: Warn,
): string | null {
  if (typeof template !== 'string') return null;
  const trimmed = template.trim();
  if (trimmed === '') return null;
  const refuse = (reason: string): null => {
    warn('checkout-url', template, DEV ? `${reason} No checkout link is shown.` : '');
    return null;
  };
  if (trimmed.length > MAX_URL_LENGTH) {
    return refuse(
      DEV ? `it is ${trimmed.length} characters long, more than ${MAX_URL_LENGTH}.` : '',
    );
  }
  if (CONTROL_CHARACTERS.test(trimmed)) return refuse(DEV ? 'it contains control characters.' : '');

  const unknown = new Set<string>();
  let missing = false;
  /** Where the values went in `filled`: [start, end) pairs. */
  const spans: Array<[number, number]> = [];
  let shift = 0;
  const filled = trimmed.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    if (!isPlaceholder(name)) {
      unknown.add(match);
      return match;
    }
    const value = placeholderValue(name, values);
    if (value === null) missing = true;
    const encoded = encodeValue(value ?? '');
    spans.push([offset + shift, offset + shift + encoded.length]);
    shift += encoded.length - match.length;
    return encoded;
  });
  if (missing) return refuse(DEV ? `the amount ${values.amount} cannot be put in a URL.` : '');
  if (filled.length > MAX_URL_LENGTH) {
    return refuse(
      DEV
        ? `once filled in it is ${filled.length} characters long, more than ${MAX_URL_LENGTH}.`
        : '',
    );
  }
  if (valueMakesDotSegment(filled, spans)) {
    return refuse(
      DEV ? 'a value would make a "." or ".." path segment, moving the link elsewhere.' : '',
    );
  }

  const url = safeHttpUrl(filled, baseUrl);
  if (!url) {
    return refuse(
      DEV
        ? `"${shorten(trimmed, 60)}" is not an http: or https: address once filled in and resolved.`
        : '',
    );
  }
  if (url.username || url.password) {
    return refuse(
      DEV ? 'it carries a user name or password (before an "@"), which hides the real host.' : '',
    );
  }
  // The values choose the amount and the path, never the site: the origin must be the one of
  // the template with its placeholders left empty.
  const skeleton = safeHttpUrl(
    trimmed.replace(PLACEHOLDER, (match, name: string) => (isPlaceholder(name) ? '' : match)),
    baseUrl,
  );
  if (!skeleton || skeleton.origin !== url.origin) {
    return refuse(
      DEV ? 'a placeholder is in its scheme, host or port; values must not choose the site.' : '',
    );
  }
  if (url.href.length > MAX_URL_LENGTH) {
    return refuse(
      DEV
        ? `once filled in it is ${url.href.length} characters long, more than ${MAX_URL_LENGTH}.`
        : '',
    );
  }
  const decoded = decodeCharacterReferences(filled);
  if (decoded !== filled) {
    const stripped = decoded.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, ''); // eslint-disable-line no-control-regex
    if (!safeHttpUrl(decoded, baseUrl) || !safeHttpUrl(stripped, baseUrl)) {
      return refuse(
        DEV ? 'its character references spell an address that is not http: or https:.' : '',
      );
    }
  }
  if (unknown.size > 0) {
    warn(
      'checkout-url',
      template,
      DEV
        ? `${[...unknown].join(', ')} is not a placeholder ({${CHECKOUT_PLACEHOLDERS.join('}, {')}}); it is left as written.`
        : '',
    );
  }
  return url.href;
}

/**
 * A plain link from an attribute (no placeholders), held to the checkout URL's rules: http:
 * or https: once resolved against `baseUrl`, no control characters, no scheme spelled with
 * character references, bounded length. Empty: null, silently; anything else refused: null
 * and one warning naming the attribute and the value.
 */
export function parseLinkUrl(
  attribute: string,
  text: string | null | undefined,
  baseUrl: string,
  warn: Warn,
): string | null {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return null;
  // Also safe once something on the way decodes character references ("javascript&colon;").
  const url =
    trimmed.length <= MAX_URL_LENGTH &&
    !CONTROL_CHARACTERS.test(trimmed) &&
    safeHttpUrl(decodeCharacterReferences(trimmed), baseUrl)
      ? safeHttpUrl(trimmed, baseUrl)
      : null;
  if (!url)
    warn(
      attribute,
      trimmed,
      DEV ? `"${shorten(trimmed, 60)}" is not an http: or https: address. No link is shown.` : '',
    );
  return url?.href ?? null;
}
