import type { MemorySummary } from '@support-kit/core';
import { pickMessages, type ByLanguage } from '../shared/pick-messages.js';

/** Default copy of `<support-privacy>`. */
export interface PrivacyMessages {
  lang: string;
  heading: string;
  /** One or two sentences: what the kit remembers on this device. */
  remembers(summary: MemorySummary, locale: string): string;
  stop: string;
  resume: string;
  forget: string;
  stopped: string;
  resumed: string;
  forgotten(optedOut: boolean): string;
}

/** The word for `count` by the locale's plural rules: forms keyed by category, `other` last resort. */
function plural(count: number, locale: string, forms: Partial<Record<string, string>>): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms['other'] ?? '';
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}

const MESSAGES: ByLanguage<PrivacyMessages> = {
  en: {
    lang: 'en',
    heading: 'What the support appeals remember',
    remembers({ hidden, views, reading }, locale) {
      const parts: string[] = [];
      if (hidden)
        parts.push(
          plural(hidden, locale, {
            one: 'one appeal you hid for a while',
            other: '# appeals you hid for a while',
          }),
        );
      if (views)
        parts.push(
          plural(views, locale, {
            one: 'that you saw an appeal once',
            other: 'that you saw appeals # times',
          }),
        );
      if (reading?.counting)
        parts.push(
          plural(reading.reads, locale, {
            one: 'that you read # article in the last year',
            other: 'that you read # articles in the last year',
          }),
        );
      const facts = parts.length
        ? `On this device only, this site's support appeals remember ${parts.join(', ')}.`
        : "This site's support appeals remember nothing about you on this device.";
      const flag =
        reading && !reading.counting ? ' Your reading is not counted, as you asked.' : '';
      return `${facts}${flag} Nothing of it leaves your browser.`;
    },
    stop: 'Stop counting my reading',
    resume: 'Count my reading again',
    forget: 'Forget all of it',
    stopped: 'Your reading is no longer counted, and its count is erased.',
    resumed: 'Your reading is counted again on this device.',
    forgotten: (optedOut) =>
      optedOut
        ? 'Forgotten. Only your wish not to be counted is kept.'
        : "Forgotten. This site's support appeals remember nothing on this device now.",
  },
  ru: {
    lang: 'ru',
    heading: 'Что помнят просьбы о поддержке',
    remembers({ hidden, views, reading }, locale) {
      const parts: string[] = [];
      if (hidden)
        parts.push(
          plural(hidden, locale, {
            one: '# просьбу, которую вы отложили',
            few: '# просьбы, которые вы отложили',
            other: '# просьб, которые вы отложили',
          }),
        );
      if (views)
        parts.push(
          plural(views, locale, {
            one: 'что вы видели просьбу # раз',
            few: 'что вы видели просьбы # раза',
            other: 'что вы видели просьбы # раз',
          }),
        );
      if (reading?.counting)
        parts.push(
          plural(reading.reads, locale, {
            one: 'что за год вы прочли # статью',
            few: 'что за год вы прочли # статьи',
            other: 'что за год вы прочли # статей',
          }),
        );
      const facts = parts.length
        ? `Только на этом устройстве просьбы о поддержке этого сайта помнят ${parts.join(', ')}.`
        : 'Просьбы о поддержке этого сайта ничего не помнят о вас на этом устройстве.';
      const flag =
        reading && !reading.counting ? ' Ваше чтение не считается, как вы и просили.' : '';
      return `${facts}${flag} Ничто из этого не покидает ваш браузер.`;
    },
    stop: 'Не считать моё чтение',
    resume: 'Снова считать моё чтение',
    forget: 'Забыть всё это',
    stopped: 'Ваше чтение больше не считается, счёт стёрт.',
    resumed: 'Ваше чтение снова считается на этом устройстве.',
    forgotten: (optedOut) =>
      optedOut
        ? 'Забыто. Сохранена только ваша просьба не считать чтение.'
        : 'Забыто. Просьбы о поддержке этого сайта больше ничего не помнят на этом устройстве.',
  },
};

export function privacyMessages(locale: string): PrivacyMessages {
  return pickMessages(locale, MESSAGES);
}
