/**
 * The index of the first item for which `isBefore` is false, in a list ordered so that the
 * items for which it is true all come first (the length when it is true for every item). A
 * binary search: the one every ordered lookup of the core is built on.
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
