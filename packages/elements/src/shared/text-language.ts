import { html, type TemplateResult } from 'lit';
import { fullStopAfter, localeDirection } from '@support-kit/core';

/** The primary language subtag: "ar" of "ar-EG". */
const language = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * The `lang` and `dir` a run of the kit's built-in text needs inside an element that speaks
 * `around`: none when it is in that language, else its own. The kit has English and Russian
 * copy; in an `ar` appeal its English fallback must say lang="en" dir="ltr", or browsers lay
 * it out right to left and screen readers voice it as Arabic.
 */
export function ownLanguage(
  lang: string,
  around: string,
): { lang: string; dir: 'ltr' | 'rtl' } | null {
  return language(lang) === language(around) ? null : { lang, dir: localeDirection(lang) };
}

/** Built-in text, in a span of its own language when that differs from the one around it. */
export function textIn(
  text: string | TemplateResult,
  lang: string,
  around: string,
): string | TemplateResult {
  const own = ownLanguage(lang, around);
  return own ? html`<span lang=${own.lang} dir=${own.dir}>${text}</span>` : text;
}

/**
 * A formatted amount inside a sentence, isolated in its locale's language and direction: an
 * Arabic "‏5 د.إ." in an English sentence would otherwise reorder the words around it.
 */
export function amountIn(amount: string, locale: string): TemplateResult {
  return html`<bdi lang=${locale} dir=${localeDirection(locale)}>${amount}</bdi>`;
}

/** An amount that ends a sentence, and the sentence's full stop unless the amount has one. */
export function amountThenStop(amount: string, locale: string): TemplateResult {
  return html`${amountIn(amount, locale)}${fullStopAfter(amount)}`;
}
