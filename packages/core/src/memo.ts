/**
 * A pure function of one or a few strings, remembered: Intl constructors (Locale,
 * NumberFormat, getCanonicalLocales) cost far more than a Map lookup, and every element update
 * asks the same few questions again. Bounded: past `max` distinct inputs the memory starts over.
 */
export function memo<A extends string[], T>(
  compute: (...args: A) => T,
  max = 64,
): (...args: A) => T {
  const known = new Map<string, T>();
  return (...args) => {
    const strings = args.map(String) as A; // callers in plain JS may pass anything
    const key = strings.length === 1 ? strings[0]! : JSON.stringify(strings);
    if (known.has(key)) return known.get(key) as T;
    const value = compute(...strings);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
