/**
 * Hashes are 31-bit (always small integers to the JavaScript engine: a 32-bit unsigned
 * value above 2^31 becomes a heap number and slows the indexing loops several times);
 * tables index them with a power-of-two mask well below 2^31.
 *
 * Hashes of word-id n-grams into table buckets. Different n-grams may share a bucket:
 * lookups check the words at each listed position, so a collision costs a comparison,
 * never a wrong answer.
 */
export function bigramHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x68e31da4, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  return (h ^ (h >>> 13)) & 0x7fffffff;
}

/** The hash of (a, b, c) from the hash of (a, b): the indexer computes both at each position. */
export function extendHash(pair: number, c: number): number {
  const h = Math.imul(pair ^ c, 0xc2b2ae3d);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

export function trigramHash(a: number, b: number, c: number): number {
  return extendHash(bigramHash(a, b), c);
}

/** Smallest power of two ≥ n (at least `min`). */
export function powerOfTwoAtLeast(n: number, min = 1024): number {
  let size = min;
  while (size < n) size *= 2;
  return size;
}
