import type { AnswerMatrix } from "./answer";
import { CoreInputError } from "./coreInputError";
import { sumOfSquaredDeviations } from "./sampleStandardDeviation";

/**
 * Cronbach's alpha of a multi-item scale: k / (k − 1) · (1 − Σ item variances / variance of the
 * total), over the respondents who answered every item (listwise complete rows).
 *
 * Checks that the items meant to measure one thing (a SERVQUAL dimension, an experience area) do
 * hang together before their average is reported; values above about 0.7 are usually taken as
 * acceptable. Cronbach, "Coefficient alpha and the internal structure of tests", Psychometrika 16, 1951.
 *
 * @throws CoreInputError `empty` without rows; `shape` with fewer than two items or rows of different
 * widths; `insufficient` with fewer than two complete rows or a total score that does not vary;
 * `range` for a non-finite answer.
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3], [null, 1]]) // => 0.8571428571428569
 */
export function cronbachAlpha(items: AnswerMatrix): number {
  const name = "cronbachAlpha";
  const rows = items.length;
  if (rows === 0) throw new CoreInputError(name, "empty", "at least one respondent row");
  const k = items[0]!.length;
  if (k < 2) throw new CoreInputError(name, "shape", `at least two item columns (got ${k})`);
  let complete = 0;
  for (let r = 0; r < rows; r++) {
    const row = items[r]!;
    if (row.length !== k) {
      throw new CoreInputError(
        name,
        "shape",
        `every row to have ${k} items (row ${r + 1} has ${row.length})`,
      );
    }
    let isComplete = true;
    for (let j = 0; j < k; j++) {
      const value = row[j];
      if (typeof value !== "number") {
        isComplete = false;
      } else if (!Number.isFinite(value)) {
        throw new CoreInputError(name, "range", `finite answers (row ${r + 1}, item ${j + 1} is ${value})`, {
          problem: { code: "notFinite" },
        });
      }
    }
    if (isComplete) complete++;
  }
  if (complete < 2) {
    throw new CoreInputError(
      name,
      "insufficient",
      `at least two rows with every item answered (got ${complete})`,
      { problem: { code: "tooFew", needed: 2, got: complete } },
    );
  }
  // Column-major copy of the complete rows, then one more column for each row's total.
  const columns = Array.from({ length: k + 1 }, () => new Float64Array(complete));
  const totals = columns[k]!;
  for (let r = 0, c = 0; r < rows; r++) {
    const row = items[r]!;
    if (!row.every((value) => typeof value === "number")) continue;
    let total = 0;
    for (let j = 0; j < k; j++) {
      const value = row[j] as number;
      columns[j]![c] = value;
      total += value;
    }
    totals[c] = total;
    c++;
  }
  let itemSquares = 0;
  for (let j = 0; j < k; j++) itemSquares += sumOfSquaredDeviations(columns[j]!, name);
  const totalSquares = sumOfSquaredDeviations(totals, name);
  if (totalSquares === 0) {
    throw new CoreInputError(
      name,
      "insufficient",
      "total scores that vary across respondents (all are equal)",
      { problem: { code: "noVariation" } },
    );
  }
  // The n − 1 divisors of the variances cancel.
  return (k / (k - 1)) * ((totalSquares - itemSquares) / totalSquares);
}
