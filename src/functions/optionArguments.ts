import { excelErrorCodeOf, isOmitted, rangeOf } from "./coercion";
import type { MeasureMessageCatalogue } from "./measureMessages";
import { passedOnError, refusal } from "./errorPolicy";

/**
 * The one cell of an optional setting (a 1 × 1 range is unwrapped), or undefined when omitted or blank.
 * An error cell is that error; anything larger than one cell is `invalid`.
 */
function settingCell(
  value: unknown,
  argument: string,
  invalid: () => string,
  m: MeasureMessageCatalogue,
): unknown {
  if (isOmitted(value)) return undefined;
  let cell = value;
  if (Array.isArray(cell)) {
    const range = rangeOf(cell, argument, m);
    if (range.length !== 1 || range[0]!.length !== 1) throw refusal("fixable", invalid());
    cell = range[0]![0];
  }
  const code = excelErrorCodeOf(cell);
  if (code !== undefined) {
    throw passedOnError(code, m.errorCell(argument, code, 1, 1));
  }
  return cell;
}

/**
 * Policy "a word setting": omitted or blank gives `fallback`; otherwise one of `words` (keys, any case,
 * surrounding spaces ignored), else a #VALUE! with the `invalid` message. The words are looked up in a
 * Map, never as object keys, so text such as "constructor" is just an unknown word.
 */
export function wordSetting<T>(
  value: unknown,
  argument: string,
  words: ReadonlyMap<string, T>,
  fallback: T,
  invalid: () => string,
  m: MeasureMessageCatalogue,
): T {
  const cell = settingCell(value, argument, invalid, m);
  if (cell === undefined) return fallback;
  const word = typeof cell === "string" ? words.get(cell.trim().toLowerCase()) : undefined;
  if (word === undefined) throw refusal("fixable", invalid());
  return word;
}

/**
 * Policy "a confidence level": omitted or blank is 0.95; otherwise a number strictly between 0 and 1
 * (0.9, 0.95, 0.99), else a #VALUE! saying so.
 */
export function confidenceSetting(value: unknown, m: MeasureMessageCatalogue): number {
  const invalid = () => m.confidenceInvalid();
  const cell = settingCell(value, "confidence", invalid, m);
  if (cell === undefined) return 0.95;
  if (typeof cell === "number" && cell > 0 && cell < 1) return cell;
  throw refusal("fixable", invalid());
}
