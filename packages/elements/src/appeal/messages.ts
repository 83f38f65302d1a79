import type { Frequency } from '@support-kit/core';
import { pickMessages } from '../shared/pick-messages.js';

/**
 * Default copy of `<support-appeal>`, in the kit's own generic words. Every piece is
 * replaceable: the heading, body and CTA label by slots, the button labels by attributes.
 */
export interface AppealMessages {
  /** The language of these strings, for the `lang` of the appeal's own text. */
  lang: string;
  /** "A message from {org}"; without `org`, a generic heading. */
  heading(org: string | null): string;
  /** Paragraphs of the default message; `from` is the smallest preset, already formatted. */
  body(from: string, monthly: boolean): string[];
  /** Label of the call to action for the chosen amount (formatted), or without one. */
  cta(amount: string | null, frequency: Frequency): string;
  close: string;
  minimize: string;
  expand: string;
  remindLater: string;
}

const en: AppealMessages = {
  lang: 'en',
  heading: (org) => (org ? `A message from ${org}` : 'A message to our readers'),
  body: (from, monthly) => [
    'Independent reporting takes time, money and, sometimes, courage. We keep our journalism open to everyone, and we answer to our readers alone.',
    monthly
      ? `If you value what we do, please support us monthly, starting from just ${from}. It takes a minute to set up, and every contribution helps.`
      : `If you value what we do, please support us, starting from just ${from}. It takes a minute, and every contribution helps.`,
  ],
  cta: (amount, frequency) => {
    if (amount === null) return 'Support us';
    if (frequency === 'monthly') return `Give ${amount} a month`;
    if (frequency === 'annual') return `Give ${amount} a year`;
    return `Give ${amount}`;
  },
  close: 'Close',
  minimize: 'Minimize',
  expand: 'Expand',
  remindLater: 'Remind me later',
};

const ru: AppealMessages = {
  lang: 'ru',
  heading: (org) => (org ? `${org}: обращение к читателям` : 'Обращение к читателям'),
  body: (from, monthly) => [
    'Независимая журналистика требует времени, денег, а иногда и смелости. Наши материалы открыты для всех, и отчитываемся мы только перед читателями.',
    monthly
      ? `Если вам важна наша работа, поддержите нас ежемесячным взносом — от ${from}. Оформление займёт минуту, и каждый взнос помогает.`
      : `Если вам важна наша работа, поддержите нас — от ${from}. Это займёт минуту, и каждый взнос помогает.`,
  ],
  cta: (amount, frequency) => {
    if (amount === null) return 'Поддержать';
    if (frequency === 'monthly') return `Поддержать: ${amount} в месяц`;
    if (frequency === 'annual') return `Поддержать: ${amount} в год`;
    return `Поддержать: ${amount}`;
  },
  close: 'Закрыть',
  minimize: 'Свернуть',
  expand: 'Развернуть',
  remindLater: 'Напомнить позже',
};

/** The copy for a resolved locale: Russian for `ru*`, English otherwise. */
export function appealMessages(locale: string): AppealMessages {
  return pickMessages(locale, { en, ru });
}
