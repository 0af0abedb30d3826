import type { AnswerMatrix } from "./answer";
import { CoreInputError } from "./coreInputError";

/**
 * Importance weights of the dimensions, usually 100 points allocated across them:
 * - `shared`: one row for all respondents, one number per dimension in order of first appearance;
 * - `perRespondent`: one row per respondent (the same rows as the survey), one number per dimension.
 *   A row with a missing weight (`null`) leaves that respondent out of the weighted score.
 */
export type DimensionWeights =
  { kind: "shared"; points: readonly number[] } | { kind: "perRespondent"; points: AnswerMatrix };

/** Validates servqualScores weights before any answer is read (shape, then finite, non-negative, positive totals). */
export function checkWeights(weights: DimensionWeights, dimensions: number, rows: number): void {
  const name = "servqualScores";
  if (weights.kind === "shared") {
    if (weights.points.length !== dimensions) {
      throw new CoreInputError(
        name,
        "shape",
        `one weight per dimension (${dimensions} dimensions, got ${weights.points.length} weights)`,
      );
    }
    let total = 0;
    for (let d = 0; d < dimensions; d++) {
      const w = weights.points[d]!;
      checkWeight(w, `weight ${d + 1}`);
      total += w;
    }
    if (!(total > 0)) throw new CoreInputError(name, "range", "weights with a positive total (all are 0)");
    if (!Number.isFinite(total))
      throw new CoreInputError(name, "range", "weights with a finite total", {
        problem: { code: "tooLarge" },
      });
    return;
  }
  if (weights.points.length !== rows) {
    throw new CoreInputError(
      name,
      "shape",
      `one row of weights per respondent (${rows} respondents, got ${weights.points.length} rows)`,
    );
  }
  for (let r = 0; r < rows; r++) {
    const row = weights.points[r]!;
    if (row.length !== dimensions) {
      throw new CoreInputError(
        name,
        "shape",
        `one weight per dimension in every row of weights (${dimensions} dimensions, row ${r + 1} has ${row.length})`,
      );
    }
    let total = 0;
    let complete = true;
    for (let d = 0; d < dimensions; d++) {
      const w = row[d];
      if (typeof w !== "number") {
        complete = false;
        continue;
      }
      checkWeight(w, `weight ${d + 1} of respondent ${r + 1}`);
      total += w;
    }
    if (complete && total === 0) {
      throw new CoreInputError(
        name,
        "range",
        `weights with a positive total (respondent ${r + 1} has all 0)`,
      );
    }
    if (!Number.isFinite(total)) {
      throw new CoreInputError(name, "range", `weights with a finite total (respondent ${r + 1})`, {
        problem: { code: "tooLarge" },
      });
    }
  }
}

function checkWeight(w: number, which: string): void {
  if (!Number.isFinite(w) || w < 0) {
    throw new CoreInputError(
      "servqualScores",
      "range",
      `weights that are finite and not negative (${which} is ${w})`,
      { problem: { code: "notFinite" } },
    );
  }
}
