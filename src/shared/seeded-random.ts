// A deterministic pseudo-random generator (mulberry32): 32 bits of state, fast, and good
// enough to look random. Same seed, same numbers on every machine, so generated text,
// generated cases and model training can be repeated exactly.

/** Floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
