// A small seeded random-number generator for reproducible Monte Carlo intervals.
// xoshiro128** (Blackman & Vigna, 2018) seeded through splitmix32, uniform doubles with
// 53 random bits, and standard normal draws by the Box–Muller transform.

export interface RandomSource {
  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  nextUniform(): number;
  /** Standard normal draw (mean 0, sd 1). */
  nextNormal(): number;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** splitmix32: expands one 32-bit seed into a well-mixed stream for the generator state. */
export function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

/** xoshiro128** on an explicit 4-word state (not all zero). */
export function xoshiro128ss(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state.map((s) => s >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('The xoshiro128** state must not be all zeros.');
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

/** A reproducible random source: the same integer seed always gives the same stream. */
export function createRandom(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`The random seed must be a whole number (got ${String(seed)}).`);
  }
  // Fold the high bits of large seeds in, so seeds differing only above bit 32 still differ.
  const high = Math.floor(seed / 0x100000000);
  const mix = splitmix32((seed ^ Math.imul(high | 0, 0x85ebca6b)) | 0);
  const next = xoshiro128ss([mix(), mix(), mix(), mix()]);
  let spare: number | null = null;

  const nextUniform = (): number => {
    const a = next() >>> 5; // 27 bits
    const b = next() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  };

  const nextNormal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - nextUniform(); // (0, 1]: keeps log finite
    const u2 = nextUniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };

  return { nextUint32: next, nextUniform, nextNormal };
}
