import type { MemorySummary } from '@support-kit/core';
import { pickMessages, type ByLanguage } from '../shared/pick-messages.js';

/** Default copy of `<support-privacy>`. */
export interface PrivacyMessages {
  lang: string;
  /** The visible heading (the `heading` slot's fallback). */
  heading: string;
  /** Short sentences: what the kit remembers on this device. */
  remembers(summary: MemorySummary, locale: string): string;
  /** What a person holding the unlocked device could learn from what remains. */
  exposure(summary: MemorySummary): string;
  /** That deleted records may stay in the browser's files, and how to remove everything. */
  residue: string;
  /** The text of the site's "how to clear this site's data" link. */
  clearLink: string;
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
    heading: "What this site's appeals remember on this device",
    remembers({ hidden, views, reading }, locale) {
      const facts: string[] = [];
      if (hidden)
        facts.push(
          plural(hidden, locale, {
            one: 'You hid one appeal for a while.',
            other: 'You hid # appeals for a while.',
          }),
        );
      if (views)
        facts.push(
          plural(views, locale, {
            one: 'You saw an appeal once.',
            other: 'You saw appeals # times.',
          }),
        );
      if (reading?.counting)
        facts.push(
          plural(reading.reads, locale, {
            one: 'You read # article here in the last year.',
            other: 'You read # articles here in the last year.',
          }),
        );
      if (reading && !reading.counting) facts.push('Your reading is not counted, as you asked.');
      const intro = facts.length
        ? 'They remember this, on this device only.'
        : 'They remember nothing about you on this device.';
      return [intro, ...facts, 'Nothing of it leaves your browser.'].join(' ');
    },
    exposure({ hidden, views, reading }) {
      if (!hidden && !views && !reading) return '';
      const facts = ['Someone holding this unlocked device could read it.'];
      facts.push('Any of it shows that this browser has visited this site.');
      if (views || reading?.counting)
        facts.push('It is kept day by day: it shows on which days you were here.');
      if (reading?.counting)
        facts.push(
          "It names no article. But on a day with few new articles, today's count could point to the ones you read.",
        );
      return facts.join(' ');
    },
    residue:
      "After you erase it, the browser may keep deleted records in its files for a while, until it tidies them up. To remove everything this site stored, clear this site's data in your browser's settings.",
    clearLink: "How to clear this site's data",
    stop: 'Stop counting my reading',
    resume: 'Count my reading again',
    forget: 'Forget all of it',
    stopped: 'Your reading is no longer counted. Its count and the views of appeals are erased.',
    resumed: 'Your reading is counted again on this device.',
    forgotten: (optedOut) =>
      optedOut
        ? 'Forgotten. Only your wish not to be counted is kept.'
        : "Forgotten. This site's appeals remember nothing on this device now.",
  },
  ru: {
    lang: 'ru',
    heading: 'Что просьбы этого сайта помнят на этом устройстве',
    remembers({ hidden, views, reading }, locale) {
      const facts: string[] = [];
      if (hidden)
        facts.push(
          plural(hidden, locale, {
            one: 'Вы отложили # просьбу.',
            few: 'Вы отложили # просьбы.',
            other: 'Вы отложили # просьб.',
          }),
        );
      if (views)
        facts.push(
          plural(views, locale, {
            one: 'Вы видели просьбу # раз.',
            few: 'Вы видели просьбы # раза.',
            other: 'Вы видели просьбы # раз.',
          }),
        );
      if (reading?.counting)
        facts.push(
          plural(reading.reads, locale, {
            one: 'За год вы прочли здесь # статью.',
            few: 'За год вы прочли здесь # статьи.',
            other: 'За год вы прочли здесь # статей.',
          }),
        );
      if (reading && !reading.counting) facts.push('Ваше чтение не считается, как вы и просили.');
      const intro = facts.length
        ? 'Вот что они помнят, только на этом устройстве.'
        : 'Они ничего не помнят о вас на этом устройстве.';
      return [intro, ...facts, 'Ничто из этого не покидает ваш браузер.'].join(' ');
    },
    exposure({ hidden, views, reading }) {
      if (!hidden && !views && !reading) return '';
      const facts = ['Тот, у кого в руках это разблокированное устройство, может это прочесть.'];
      facts.push('Любая из этих записей показывает, что этот браузер заходил на этот сайт.');
      if (views || reading?.counting)
        facts.push('Записи ведутся по дням: по ним видно, в какие дни вы здесь были.');
      if (reading?.counting)
        facts.push(
          'Названий статей в них нет. Но в день, когда новых статей мало, сегодняшний счёт может на них указать.',
        );
      return facts.join(' ');
    },
    residue:
      'После удаления браузер может ещё какое-то время хранить удалённые записи в своих файлах, пока не наведёт в них порядок. Чтобы убрать всё, что сохранил этот сайт, удалите данные сайта в настройках браузера.',
    clearLink: 'Как удалить данные этого сайта',
    stop: 'Не считать моё чтение',
    resume: 'Снова считать моё чтение',
    forget: 'Забыть всё это',
    stopped: 'Ваше чтение больше не считается. Счёт и просмотры просьб стёрты.',
    resumed: 'Ваше чтение снова считается на этом устройстве.',
    forgotten: (optedOut) =>
      optedOut
        ? 'Забыто. Сохранена только ваша просьба не считать чтение.'
        : 'Забыто. Просьбы этого сайта больше ничего не помнят на этом устройстве.',
  },
};

export function privacyMessages(locale: string): PrivacyMessages {
  return pickMessages(locale, MESSAGES);
}
