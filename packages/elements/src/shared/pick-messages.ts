/** The kit's built-in languages: every element ships copy for each. */
export interface ByLanguage<T> {
  en: T;
  ru: T;
}

/** The copy for a resolved locale: Russian for `ru*`, English otherwise. */
export function pickMessages<T>(locale: string, table: ByLanguage<T>): T {
  return locale.toLowerCase().split('-')[0] === 'ru' ? table.ru : table.en;
}
