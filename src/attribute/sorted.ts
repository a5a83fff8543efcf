/** Small helpers over lists kept sorted by token index. */

/**
 * Inserts into a sorted list, after any equal keys; appending (the usual case) is
 * O(1), and the place of an earlier key is found by binary search.
 */
export function insertSorted<T>(list: T[], item: T, keyOf: (item: T) => number): void {
  const value = keyOf(item);
  const n = list.length;
  if (n === 0 || keyOf(list[n - 1]!) <= value) {
    list.push(item);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

/** How many values of a sorted list are below `limit`. */
export function countBefore(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last value below `limit` in a sorted list, or -1. */
export function lastBefore(sorted: readonly number[], limit: number): number {
  const n = countBefore(sorted, limit);
  return n > 0 ? sorted[n - 1]! : -1;
}
