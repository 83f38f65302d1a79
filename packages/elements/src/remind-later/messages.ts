import { pickMessages, type ByLanguage } from '../shared/pick-messages.js';

/** Default copy of `<support-remind-later>`; the element's slot replaces it. */
export interface RemindLaterMessages {
  label: string;
}

const MESSAGES: ByLanguage<RemindLaterMessages> = {
  en: { label: 'Remind me later' },
  ru: { label: 'Напомнить позже' },
};

/** The copy for a resolved locale: Russian for `ru*`, English otherwise. */
export function remindLaterMessages(locale: string): RemindLaterMessages {
  return pickMessages(locale, MESSAGES);
}
