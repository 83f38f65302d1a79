/**
 * A pure function of one string, remembered: Intl constructors (Locale, NumberFormat,
 * getCanonicalLocales) cost far more than a Map lookup, and every element update asks the
 * same few questions again. Bounded: past `max` distinct inputs the memory starts over.
 */
export function memo<T>(compute: (input: string) => T, max = 64): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    const key = String(input);
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
