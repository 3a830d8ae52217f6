import { describe, expect, it } from 'vitest';
import { createRandom, splitmix32, xoshiro128ss } from './random';

describe('xoshiro128**', () => {
  it('matches the reference C implementation (Blackman & Vigna) from state 1,2,3,4', () => {
    // Produced by compiling the published xoshiro128starstar.c next() with s = {1, 2, 3, 4}.
    const next = xoshiro128ss([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => next())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });
  it('matches the reference C implementation after 1000 steps from a mixed state', () => {
    const next = xoshiro128ss([0xdeadbeef, 0x12345678, 0xcafebabe, 0x0badf00d]);
    for (let i = 0; i < 1000; i++) next();
    expect(next()).toBe(3651887776);
    expect(next()).toBe(234329462);
  });
  it('rejects the all-zero state', () => {
    expect(() => xoshiro128ss([0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('splitmix32', () => {
  it('gives different, 32-bit unsigned outputs for consecutive calls', () => {
    const next = splitmix32(42);
    const xs = Array.from({ length: 100 }, () => next());
    expect(new Set(xs).size).toBe(100);
    for (const x of xs) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(2 ** 32);
    }
  });
});

describe('createRandom', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const c = createRandom(124);
    const sa = Array.from({ length: 50 }, () => a.nextNormal());
    const sb = Array.from({ length: 50 }, () => b.nextNormal());
    const sc = Array.from({ length: 50 }, () => c.nextNormal());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('distinguishes seeds that differ only above 32 bits', () => {
    expect(createRandom(1).nextUint32()).not.toBe(createRandom(1 + 2 ** 32).nextUint32());
  });

  it('gives uniforms in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const r = createRandom(7);
    const n = 200000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.nextUniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // sd of mean ≈ 0.00065
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('gives standard normals: mean ≈ 0, sd ≈ 1, 2.5% below −1.96', () => {
    const r = createRandom(99);
    const n = 200000;
    let sum = 0;
    let sumSq = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      const z = r.nextNormal();
      sum += z;
      sumSq += z * z;
      if (z < -1.959963984540054) below++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01); // sd of mean ≈ 0.0022
    expect(Math.abs(Math.sqrt(sumSq / n) - 1)).toBeLessThan(0.01);
    expect(Math.abs(below / n - 0.025)).toBeLessThan(0.002); // sd ≈ 0.00035
  });

  it('rejects a non-integer seed', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});
