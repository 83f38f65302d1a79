import { html, type TemplateResult } from 'lit';
import type { Frequency } from '@support-kit/core';
import { pickMessages } from '../shared/pick-messages.js';
import { amountIn, amountThenStop } from '../shared/text-language.js';

/** Text to render: a plain string, or one with an isolated amount or name in it. */
type Copy = string | TemplateResult;

/**
 * Default copy of `<support-appeal>`, in the kit's own generic words. Every piece is
 * replaceable: the heading, body and CTA label by slots, the button labels by attributes.
 */
export interface AppealMessages {
  /** The language of these strings, for the `lang` of the appeal's own text. */
  lang: string;
  /** "A message from {org}"; without `org`, a generic heading. */
  heading(org: string | null): Copy;
  /**
   * Paragraphs of the default message; `from` is the smallest preset, already formatted in
   * `locale` (which may not be the language of these strings: the amount is isolated).
   */
  body(from: string, monthly: boolean, locale: string): Copy[];
  /** Label of the call to action for the chosen amount (formatted in `locale`), or without one. */
  cta(amount: string | null, frequency: Frequency, locale: string): Copy;
  close: string;
  minimize: string;
  remindLater: string;
}

const en: AppealMessages = {
  lang: 'en',
  // The site's name may be written right to left: isolated, it cannot reorder the heading.
  heading: (org) => (org ? html`A message from <bdi>${org}</bdi>` : 'A message to our readers'),
  body: (from, monthly, locale) => [
    'Independent reporting takes time, money and, sometimes, courage. We keep our journalism open to everyone, and we answer to our readers alone.',
    monthly
      ? html`If you value what we do, please support us monthly, starting from just
        ${amountThenStop(from, locale)} It takes a minute to set up, and every contribution helps.`
      : html`If you value what we do, please support us, starting from just
        ${amountThenStop(from, locale)} It takes a minute, and every contribution helps.`,
  ],
  cta: (amount, frequency, locale) => {
    if (amount === null) return 'Support us';
    if (frequency === 'monthly') return html`Give ${amountIn(amount, locale)} a month`;
    if (frequency === 'annual') return html`Give ${amountIn(amount, locale)} a year`;
    return html`Give ${amountIn(amount, locale)}`;
  },
  close: 'Close',
  minimize: 'Minimize',
  remindLater: 'Remind me later',
};

const ru: AppealMessages = {
  lang: 'ru',
  heading: (org) =>
    org ? html`<bdi>${org}</bdi>: обращение к читателям` : 'Обращение к читателям',
  body: (from, monthly, locale) => [
    'Независимая журналистика требует времени, денег, а иногда и смелости. Наши материалы открыты для всех, и отчитываемся мы только перед читателями.',
    monthly
      ? html`Если вам важна наша работа, поддержите нас ежемесячным взносом — от
        ${amountThenStop(from, locale)} Оформление займёт минуту, и каждый взнос помогает.`
      : html`Если вам важна наша работа, поддержите нас — от ${amountThenStop(from, locale)} Это
        займёт минуту, и каждый взнос помогает.`,
  ],
  cta: (amount, frequency, locale) => {
    if (amount === null) return 'Поддержать';
    if (frequency === 'monthly') return html`Поддержать: ${amountIn(amount, locale)} в месяц`;
    if (frequency === 'annual') return html`Поддержать: ${amountIn(amount, locale)} в год`;
    return html`Поддержать: ${amountIn(amount, locale)}`;
  },
  close: 'Закрыть',
  minimize: 'Свернуть',
  remindLater: 'Напомнить позже',
};

/** The copy for a resolved locale: Russian for `ru*`, English otherwise. */
export function appealMessages(locale: string): AppealMessages {
  return pickMessages(locale, { en, ru });
}
