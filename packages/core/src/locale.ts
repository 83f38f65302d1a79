import { memo } from './memo.js';
import { DEV, shorten, type Warn } from './warn.js';

export const DEFAULT_LOCALE = 'en';

/** No real language tag comes close; longer values are refused before Intl sees them. */
const MAX_LOCALE_LENGTH = 64;

/**
 * The first candidate that Intl accepts, canonicalized ("EN-us" → "en-US"), else "en".
 * Candidates are in order of preference: the `locale` attribute, the nearest `lang`, the
 * document's. Empty ones are skipped silently (no attribute is not a mistake); a
 * non-empty one Intl refuses is reported once through `warn`.
 */
export function resolveLocale(
  candidates: ReadonlyArray<string | null | undefined>,
  warn?: Warn,
): string {
  const refused: string[] = [];
  let chosen = DEFAULT_LOCALE;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const canonical = canonicalLocale(candidate);
    if (canonical) {
      chosen = canonical;
      break;
    }
    refused.push(candidate);
  }
  for (const value of refused) {
    warn?.(
      'locale',
      value,
      DEV ? `"${shorten(value, 40)}" is not a BCP 47 language tag. Using "${chosen}".` : '',
    );
  }
  return chosen;
}

/** The canonical form of a tag, or null. Accepts the common "en_US" spelling of "en-US". */
export const canonicalLocale: (value: string) => string | null = memo((value) => {
  const tag = value.trim().replace(/_/g, '-');
  if (tag === '' || tag.length > MAX_LOCALE_LENGTH) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
});

/** Scripts written right to left (ISO 15924), for engines without Intl.Locale#getTextInfo. */
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);
/** Languages whose likely script is right to left, for engines without Locale#maximize. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** "rtl" for Arabic, Hebrew, Persian, Urdu… so an element can set `dir` for its own text. */
export const localeDirection: (locale: string) => 'ltr' | 'rtl' = memo((locale) => {
  try {
    const parsed = new Intl.Locale(locale);
    // An explicit script decides: WebKit's textInfo looks at the language only ("az-Arab" → ltr).
    if (parsed.script) return RTL_SCRIPTS.has(parsed.script) ? 'rtl' : 'ltr';
    // Chromium has getTextInfo(), Safari the older textInfo accessor, Firefox neither yet.
    const info = parsed as unknown as TextInfoLocale;
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    const script = parsed.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(parsed.language) ? 'rtl' : 'ltr';
  } catch {
    const language = String(locale).trim().toLowerCase().split(/[-_]/)[0] ?? '';
    return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  }
});
