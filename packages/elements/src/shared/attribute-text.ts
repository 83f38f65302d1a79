/**
 * The text of a string property as an attribute would give it. Frameworks set properties with
 * any value — React 19 passes `days={7}` as a number, a fuzzer passes NaN or undefined — and a
 * property that is declared `string` must still never throw on `.trim()`.
 */
export function attributeText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

/** The campaign id a store record is kept under: the trimmed text, or `default`. */
export function campaignId(value: unknown): string {
  return attributeText(value)?.trim() || 'default';
}
