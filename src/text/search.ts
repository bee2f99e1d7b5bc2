/** Binary search over sorted arrays, for range lookups that must stay fast on huge texts. */

/** Index of the first item whose key is >= `value` (items sorted by key); length when none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
