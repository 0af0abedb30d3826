/*
 * Excel keeps 15 significant digits of a number ("Excel stores and calculates floating-point numbers
 * … with 15 digits of precision": https://learn.microsoft.com/en-us/office/troubleshoot/excel/floating-point-arithmetic-inaccurate-result),
 * so two results a user sees as the same number are the same number to them: 1.7 × (5 − 4.4) and
 * 0.3 × (5 − 1.6) both show 1.02, though in binary the first is 1.0199999999999994 and the second
 * 1.02. Every "is it a tie?" and "is it on the line?" decision goes through this one module.
 */

/**
 * `value` rounded to 15 significant digits, the number Excel holds and shows.
 *
 * @example
 * asExcelShows(1.0199999999999994) // => 1.02
 */
export function asExcelShows(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(15));
}

/**
 * a − b to the digits its operands have: Excel holds 4.1 to 15 significant digits, down to 1e-14, so
 * 4.1 − 4 is 0.1 to that precision, although the binary difference is 0.09999999999999964. The
 * difference is rounded to the last of the 15 significant digits of the larger operand (and then
 * to 15 significant digits of its own).
 *
 * @example
 * differenceAsExcelShows(4.1, 4) // => 0.1
 * differenceAsExcelShows(3.1, 3) // => 0.1 (binary: 0.10000000000000009)
 */
export function differenceAsExcelShows(a: number, b: number): number {
  const difference = a - b;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  if (difference === 0 || !Number.isFinite(difference) || larger === 0) return asExcelShows(difference);
  const lastDigit = Math.floor(Math.log10(larger)) - 14;
  // Scale by a power of ten given as an exact integer where possible (10 ** -14 is not exact).
  const rounded =
    lastDigit < 0
      ? Math.round(difference * 10 ** -lastDigit) / 10 ** -lastDigit
      : Math.round(difference / 10 ** lastDigit) * 10 ** lastDigit;
  return asExcelShows(Number.isFinite(rounded) ? rounded : difference);
}

/**
 * True when Excel shows `a` and `b` as the same number (15 significant digits).
 *
 * @example
 * excelEqual(4.1 - 4, 0.1) // => true
 * excelEqual(0.1, 0.1000000000001) // => false
 */
export function excelEqual(a: number, b: number): boolean {
  return a === b || asExcelShows(a) === asExcelShows(b);
}

/**
 * Orders two numbers as Excel shows them: 0 when they show as the same number, else negative when
 * `a` is smaller. A consistent order (it compares the rounded numbers), so it can drive a sort.
 *
 * @example
 * compareAsExcelShows(1.7 * (5 - 4.4), 0.3 * (5 - 1.6)) // => 0
 * compareAsExcelShows(2, 3) // => -1
 */
export function compareAsExcelShows(a: number, b: number): number {
  if (a === b) return 0;
  const shownA = asExcelShows(a);
  const shownB = asExcelShows(b);
  return shownA < shownB ? -1 : shownA > shownB ? 1 : 0;
}
