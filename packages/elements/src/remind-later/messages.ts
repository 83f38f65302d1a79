import { pickMessages, type ByLanguage } from '../shared/pick-messages.js';

/** Default copy of `<support-remind-later>`; the element's slot replaces it. */
export interface RemindLaterMessages {
  /** The language of the label, for its `lang` where the locale has no copy of its own. */
  lang: string;
  label: string;
}

const MESSAGES: ByLanguage<RemindLaterMessages> = {
  en: { lang: 'en', label: 'Remind me later' },
  ru: { lang: 'ru', label: 'Напомнить позже' },
};

/** The copy for a resolved locale: Russian for `ru*`, English otherwise. */
export function remindLaterMessages(locale: string): RemindLaterMessages {
  return pickMessages(locale, MESSAGES);
}
