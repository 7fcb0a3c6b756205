/**
 * Numbers sorted ascending in place, for the short lists of sort keys the matchers build per
 * clause: an insertion sort needs no comparator call and no typed-array copy, each of which
 * cost more than the sort itself on a dozen numbers. A long list goes through a typed array
 * (sorted numerically by the engine).
 */
const SHORT = 32;

export function sortNumbers(list: number[]): number[] {
  if (list.length > SHORT) {
    const sorted = Float64Array.from(list).sort();
    for (let i = 0; i < list.length; i++) list[i] = sorted[i]!;
    return list;
  }
  for (let i = 1; i < list.length; i++) {
    const value = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > value) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = value;
  }
  return list;
}
