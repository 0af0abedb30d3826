import { isOmitted, singleCell } from "./coercion";
import { ExcelFunctionError } from "./excelError";
import type { MessageCatalogue } from "./messages";

/**
 * Policy "an optional number": omitted, or a single blank cell, is `fallback`; a single finite number
 * that `accept` allows is that number; an error cell is that error; anything else (text, TRUE/FALSE,
 * several cells, a number `accept` refuses) is a #VALUE! with the message `invalid` gives.
 *
 * @example
 * optionalNumber(undefined, "confidence", 0.95, (x) => x > 0 && x < 1, m.confidenceInvalid, m) // => 0.95
 * optionalNumber([[0.9]], "confidence", 0.95, (x) => x > 0 && x < 1, m.confidenceInvalid, m) // => 0.9
 */
export function optionalNumber(
  value: unknown,
  argument: string,
  fallback: number,
  accept: (value: number) => boolean,
  invalid: () => string,
  m: MessageCatalogue,
): number {
  if (isOmitted(value)) return fallback;
  const cell = singleCell(value, argument, m);
  if (typeof cell === "number" && Number.isFinite(cell) && accept(cell)) return cell;
  throw new ExcelFunctionError("#VALUE!", invalid());
}
