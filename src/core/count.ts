import type { Answer } from "./answer";

/**
 * How many answers are present (numbers, not `null`).
 *
 * The "n" reported next to every CX mean, so a reader can judge how much it rests on.
 *
 * @example
 * count([4, null, 5, 3]) // => 3
 */
export function count(values: readonly Answer[]): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] === "number") n++;
  }
  return n;
}
