/** Smallest and largest of non-empty finite numbers (a loop: spreading a million values into Math.max overflows the stack). */
export function extremes(values: readonly number[]): { smallest: number; largest: number } {
  let smallest = Infinity;
  let largest = -Infinity;
  for (const value of values) {
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  return { smallest, largest };
}
