/**
 * Helpers for tests, exported as '@support-kit/core/testing' and from no other entry point:
 * the package's main entry and the drop-in do not contain them.
 */

/** A seeded random source in [0, 1) (mulberry32), for tests that need reproducible draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
