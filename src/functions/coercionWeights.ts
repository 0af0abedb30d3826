/*
 * The SERVQUAL weights argument policy (importance points per dimension, shared or per respondent).
 */
import type { Answer, DimensionWeights } from "../core";
import { isOmitted, sizeOf, surveyAnswers } from "./coercionCells";
import { ExcelFunctionError } from "./excelError";
import type { MessageCatalogue } from "./messages";

/**
 * Policy "weights" (SERVQUAL importance points): omitted means unweighted; one row (or one column)
 * with a number for each dimension is shared by all respondents; as many rows as respondents, one
 * column per dimension, weights each respondent separately (a row with a blank cell leaves that
 * respondent out of the weighted score). Negative points, or points adding up to 0 (shared, or in
 * a complete respondent row), are a #VALUE! explaining the allocation.
 */
export function dimensionWeights(
  value: unknown,
  dimensions: readonly string[],
  respondents: number,
  m: MessageCatalogue,
): DimensionWeights | undefined {
  const argument = "weights";
  if (isOmitted(value)) return undefined;
  const points = surveyAnswers(value, argument, m);
  const { rows, columns } = sizeOf(points);
  const count = dimensions.length;
  let shared: readonly Answer[] | undefined;
  if (rows === 1 && columns === count) shared = points[0]!;
  else if (columns === 1 && rows === count && count > 1 && respondents !== count)
    shared = points.map((row) => row[0] ?? null);
  if (shared !== undefined) {
    const numbers = shared.map((point, index) => {
      if (point === null)
        throw new ExcelFunctionError("#VALUE!", m.weightMissing(dimensions[index] ?? String(index + 1)));
      if (point < 0) throw new ExcelFunctionError("#VALUE!", m.weightsNegative());
      return point;
    });
    if (numbers.every((point) => point === 0)) throw new ExcelFunctionError("#VALUE!", m.weightsAllZero());
    return { kind: "shared", points: numbers };
  }
  if (columns !== count) throw new ExcelFunctionError("#VALUE!", m.weightsShape(count, respondents));
  if (rows !== respondents) throw new ExcelFunctionError("#VALUE!", m.weightsRowCount(rows, respondents));
  points.forEach((row, index) => {
    let complete = true;
    let total = 0;
    for (const point of row) {
      if (point === null) complete = false;
      else if (point < 0) throw new ExcelFunctionError("#VALUE!", m.weightsNegative());
      else total += point;
    }
    if (complete && total === 0)
      throw new ExcelFunctionError("#VALUE!", m.respondentWeightsAllZero(index + 1));
  });
  return { kind: "perRespondent", points };
}
