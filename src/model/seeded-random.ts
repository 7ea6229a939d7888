/**
 * mulberry32: a small, fast generator of numbers in [0, 1) from a seed. The demo year, the
 * benchmark's synthetic corpus and the danger model's training shuffle use it, so each is the
 * same on every machine and every run.
 */
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
