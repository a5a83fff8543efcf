/**
 * Hashes of word-id n-grams into table buckets. Different n-grams may share a bucket:
 * lookups check the words at each listed position, so a collision costs a comparison,
 * never a wrong answer.
 */
export function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae3d);
  return (h ^ (h >>> 16)) >>> 0;
}

export function bigramHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x68e31da4, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Smallest power of two ≥ n (at least `min`). */
export function powerOfTwoAtLeast(n: number, min = 1024): number {
  let size = min;
  while (size < n) size *= 2;
  return size;
}
