import type { Answer, AnswerMatrix } from "./answer";
import { CoreInputError, type CoreInputReason } from "./coreInputError";

/**
 * Importance weights of the dimensions, usually 100 points allocated across them:
 * - `shared`: one row for all respondents, one number per dimension in order of first appearance;
 * - `perRespondent`: one row per respondent (the same rows as the survey), one number per dimension.
 *   A row with a missing weight (`null`) leaves that respondent out of the weighted score.
 */
export type DimensionWeights =
  { kind: "shared"; points: readonly number[] } | { kind: "perRespondent"; points: AnswerMatrix };

/** Weights as given, before they are checked: a shared weight may still be missing. */
export type GivenWeights =
  { kind: "shared"; points: readonly Answer[] } | { kind: "perRespondent"; points: AnswerMatrix };

/**
 * What is wrong with weights, as a code with its parameters (dimension and respondent 0-based):
 * - `weightsShape`: not one weight per dimension (shared), or rows of weights of another width;
 * - `weightsRowCount`: per respondent, but not one row per respondent (`rows` given);
 * - `weightMissing`: a shared weight without a number;
 * - `weightNegative`: a negative weight;
 * - `weightsAllZero`: shared weights adding up to 0, or a complete respondent's row of 0s (`respondent`);
 * - `weightsNotFinite`: a weight, or a total, that is not a finite number.
 */
export type WeightsProblem =
  | { code: "weightsShape" }
  | { code: "weightsRowCount"; rows: number }
  | { code: "weightMissing"; dimension: number }
  | { code: "weightNegative" }
  | { code: "weightsAllZero"; respondent?: number }
  | { code: "weightsNotFinite" };

/**
 * The one check of SERVQUAL importance weights, wherever they come from (the =CX.SERVQUAL argument, the
 * pane's settings, servqualScores itself): the first thing wrong with them, in this order — shape (width,
 * then row count), then weight by weight (missing, not finite, negative) and the totals (all 0, not finite),
 * row by row — or undefined when they can be used.
 *
 * @example
 * weightsProblem({ kind: "shared", points: [40, null] }, 2, 10) // => { code: "weightMissing", dimension: 1 }
 * weightsProblem({ kind: "shared", points: [0, 0] }, 2, 10) // => { code: "weightsAllZero" }
 * weightsProblem({ kind: "shared", points: [60, 40] }, 2, 10) // => undefined
 */
export function weightsProblem(
  weights: GivenWeights,
  dimensions: number,
  rows: number,
): WeightsProblem | undefined {
  if (weights.kind === "shared") {
    if (weights.points.length !== dimensions) return { code: "weightsShape" };
    let total = 0;
    for (let d = 0; d < dimensions; d++) {
      const w = weights.points[d];
      if (typeof w !== "number") return { code: "weightMissing", dimension: d };
      if (!Number.isFinite(w)) return { code: "weightsNotFinite" };
      if (w < 0) return { code: "weightNegative" };
      total += w;
    }
    if (!(total > 0)) return { code: "weightsAllZero" };
    return Number.isFinite(total) ? undefined : { code: "weightsNotFinite" };
  }
  const points = weights.points;
  if (points.some((row) => row.length !== dimensions)) return { code: "weightsShape" };
  if (points.length !== rows) return { code: "weightsRowCount", rows: points.length };
  for (let r = 0; r < rows; r++) {
    const row = points[r]!;
    let total = 0;
    let complete = true;
    for (let d = 0; d < dimensions; d++) {
      const w = row[d];
      if (typeof w !== "number") {
        complete = false;
        continue;
      }
      if (!Number.isFinite(w)) return { code: "weightsNotFinite" };
      if (w < 0) return { code: "weightNegative" };
      total += w;
    }
    if (complete && total === 0) return { code: "weightsAllZero", respondent: r };
    if (!Number.isFinite(total)) return { code: "weightsNotFinite" };
  }
  return undefined;
}

const REASON_OF_WEIGHTS_PROBLEM: Readonly<Record<WeightsProblem["code"], CoreInputReason>> = {
  weightsShape: "shape",
  weightsRowCount: "shape",
  weightMissing: "range",
  weightNegative: "range",
  weightsAllZero: "range",
  weightsNotFinite: "range",
};

/** Validates servqualScores weights before any answer is read (see weightsProblem). */
export function checkWeights(weights: DimensionWeights, dimensions: number, rows: number): void {
  const problem = weightsProblem(weights, dimensions, rows);
  if (problem === undefined) return;
  throw new CoreInputError(
    "servqualScores",
    REASON_OF_WEIGHTS_PROBLEM[problem.code],
    `weights that can be used (${problem.code}, ${dimensions} dimensions, ${rows} respondents)`,
    { problem },
  );
}
