import { isOmitted, singleCell } from "./coercion";
import type { MeasureMessageCatalogue } from "./measureMessages";
import { refusal } from "./errorPolicy";

/**
 * Policy "an optional number": omitted (Excel passes null for an optional argument left out:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-parameter-options), or a
 * single blank cell, is `fallback`; a single finite number that `accept` allows is that number; an error
 * cell is that error; anything else (text, TRUE/FALSE, several cells, a number `accept` refuses) is a
 * #VALUE! with the message `invalid` gives.
 *
 * @example
 * optionalNumber(null, "answer_scale", 5, (x) => x === 5 || x === 3, m.answerScaleInvalid, m) // => 5
 */
export function optionalNumber(
  value: unknown,
  argument: string,
  fallback: number,
  accept: (value: number) => boolean,
  invalid: () => string,
  m: MeasureMessageCatalogue,
): number {
  if (isOmitted(value)) return fallback;
  const cell = singleCell(value, argument, m);
  if (typeof cell === "number" && Number.isFinite(cell) && accept(cell)) return cell;
  throw refusal("fixable", invalid());
}

/** Policy "confidence": an optional number strictly between 0 and 1, default 0.95. */
export function confidenceOf(value: unknown, m: MeasureMessageCatalogue): number {
  const argument = "confidence";
  return optionalNumber(
    value,
    argument,
    0.95,
    (x) => x > 0 && x < 1,
    () => m.numberInvalid(argument, 0, 1, 0.95, false),
    m,
  );
}
