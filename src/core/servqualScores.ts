import type { AnswerMatrix } from "./answer";
import { CoreInputError } from "./coreInputError";
import { checkWeights, type DimensionWeights } from "./dimensionWeights";
import { groupDimensions } from "./groupDimensions";

/** Scores of one dimension. */
export interface ServqualDimensionScore {
  /** The dimension label as first written in dimensionOfItem (labels differing only in case are one dimension). */
  key: string;
  /** Mean over respondents of their mean expectation on the dimension's paired items. */
  expectation: number;
  /** Mean over respondents of their mean perception on the very same items. */
  perception: number;
  /** perception − expectation of the two numbers above, bit for bit. */
  gap: number;
  /** Respondents with at least one paired item in this dimension. */
  respondents: number;
  /** Normalised importance share (the weights sum to 1 over dimensions); only with weights. */
  weight?: number;
  /** This dimension's contribution to the weighted score; only with weights. */
  weightedGap?: number;
}

/** SERVQUAL scores of each dimension and overall. */
export interface ServqualResult {
  /** In order of first appearance in dimensionOfItem. */
  dimensions: ServqualDimensionScore[];
  /**
   * Unweighted means of the dimension columns (gap = perception − expectation, which equals the mean
   * of the dimension gaps up to rounding) and, with weights, weightedScore = Σ weightedGap.
   */
  overall: { expectation: number; perception: number; gap: number; weightedScore?: number };
}

/**
 * SERVQUAL scores: expectation, perception and gap (perception − expectation) of each service-quality
 * dimension, overall and, given importance weights, weighted.
 *
 * Method of Parasuraman, Zeithaml & Berry (1988, Journal of Retailing 64(1); weighting as in
 * Parasuraman, Berry & Zeithaml, 1991, Journal of Retailing 67(4)):
 * 1. per respondent, over the items of a dimension where both answers exist, the mean expectation and
 *    the mean perception of those same items;
 * 2. per dimension, the mean of those over the respondents who have the dimension; gap = P − E;
 * 3. overall: the mean of the dimension columns, gap = P − E;
 * 4. weighted score = Σ w_d · gap_d with the weights divided by their total. With per-respondent
 *    weights each respondent who has weights and every dimension is weighted on their own gaps, and
 *    the results averaged; weight and weightedGap are then those respondents' averages.
 * Negative numbers are fine as answers (e.g. centred scales) but not as weights.
 * Sums over respondents are compensated (Neumaier, 1974), and the pass over the answers allocates
 * nothing, so a million respondents take a fraction of a second.
 *
 * @throws CoreInputError `empty` without items or respondents; `shape` when the matrices differ in rows,
 * a row differs from dimensionOfItem in width, or the weights do not match the dimensions or rows;
 * `insufficient` when a dimension has no paired answer at all, or no respondent can carry
 * per-respondent weights; `range` for a non-finite answer or negative, non-finite or all-zero weights.
 * @example
 * servqualScores([[4, 3, 5], [5, null, 4]], [[5, 4, 5], [5, 5, 5]], ["a", "a", "b"],
 *   { kind: "shared", points: [60, 40] })
 * // => dimensions: a { expectation: 4.75, perception: 4.25, gap: -0.5, respondents: 2, weight: 0.6, weightedGap: -0.3 },
 * //                b { expectation: 5, perception: 4.5, gap: -0.5, respondents: 2, weight: 0.4, weightedGap: -0.2 }
 * //    overall: { expectation: 4.875, perception: 4.375, gap: -0.5, weightedScore: -0.5 }
 */
export function servqualScores(
  perception: AnswerMatrix,
  expectation: AnswerMatrix,
  dimensionOfItem: readonly string[],
  weights?: DimensionWeights,
): ServqualResult {
  const name = "servqualScores";
  const items = dimensionOfItem.length;
  const rows = perception.length;
  if (items === 0) throw new CoreInputError(name, "empty", "at least one item in dimensionOfItem");
  if (rows !== expectation.length) {
    throw new CoreInputError(
      name,
      "shape",
      `perception and expectation with the same number of respondent rows (got ${rows} and ${expectation.length})`,
    );
  }
  if (rows === 0) throw new CoreInputError(name, "empty", "at least one respondent row");
  for (let r = 0; r < rows; r++) {
    const perceptionWidth = perception[r]!.length;
    const expectationWidth = expectation[r]!.length;
    if (perceptionWidth !== items || expectationWidth !== items) {
      throw new CoreInputError(
        name,
        "shape",
        `every perception and expectation row to have ${items} items, one per dimensionOfItem label ` +
          `(row ${r + 1} has ${perceptionWidth} and ${expectationWidth})`,
      );
    }
  }
  // Labels differing only in case are one dimension, as Excel compares text.
  const { names: keys, indexOfItem: dimensionIndex } = groupDimensions(dimensionOfItem);
  const dimensions = keys.length;
  if (weights !== undefined) checkWeights(weights, dimensions, rows);
  const respondentWeights = weights?.kind === "perRespondent" ? weights.points : undefined;

  // Per-respondent scratch (reset after each row) and per-dimension accumulators.
  const rowExpectation = new Float64Array(dimensions);
  const rowPerception = new Float64Array(dimensions);
  const rowPairs = new Int32Array(dimensions);
  const expectationSum = new Float64Array(dimensions);
  const expectationCompensation = new Float64Array(dimensions);
  const perceptionSum = new Float64Array(dimensions);
  const perceptionCompensation = new Float64Array(dimensions);
  const respondents = new Float64Array(dimensions);
  const shareSum = new Float64Array(dimensions);
  const weightedGapSum = new Float64Array(dimensions);
  let weightedRespondents = 0;

  for (let r = 0; r < rows; r++) {
    const perceptionRow = perception[r]!;
    const expectationRow = expectation[r]!;
    for (let j = 0; j < items; j++) {
      const p = perceptionRow[j];
      const e = expectationRow[j];
      if (typeof p === "number" && typeof e === "number") {
        const d = dimensionIndex[j]!;
        rowPerception[d]! += p;
        rowExpectation[d]! += e;
        rowPairs[d]!++;
      }
    }
    let hasEveryDimension = true;
    for (let d = 0; d < dimensions; d++) {
      const pairs = rowPairs[d]!;
      if (pairs === 0) {
        hasEveryDimension = false;
        continue;
      }
      const meanExpectation = rowExpectation[d]! / pairs;
      const meanPerception = rowPerception[d]! / pairs;
      // Neumaier's compensated summation over respondents.
      let sum = expectationSum[d]!;
      let total = sum + meanExpectation;
      expectationCompensation[d]! +=
        Math.abs(sum) >= Math.abs(meanExpectation)
          ? sum - total + meanExpectation
          : meanExpectation - total + sum;
      expectationSum[d] = total;
      sum = perceptionSum[d]!;
      total = sum + meanPerception;
      perceptionCompensation[d]! +=
        Math.abs(sum) >= Math.abs(meanPerception)
          ? sum - total + meanPerception
          : meanPerception - total + sum;
      perceptionSum[d] = total;
      respondents[d]!++;
    }
    if (respondentWeights !== undefined && hasEveryDimension) {
      const weightRow = respondentWeights[r]!;
      let weightTotal = 0;
      for (let d = 0; d < dimensions; d++) {
        const w = weightRow[d];
        if (typeof w !== "number") {
          weightTotal = NaN;
          break;
        }
        weightTotal += w;
      }
      if (weightTotal > 0) {
        for (let d = 0; d < dimensions; d++) {
          const share = (weightRow[d] as number) / weightTotal;
          const pairs = rowPairs[d]!;
          shareSum[d]! += share;
          weightedGapSum[d]! += share * (rowPerception[d]! / pairs - rowExpectation[d]! / pairs);
        }
        weightedRespondents++;
      }
    }
    for (let d = 0; d < dimensions; d++) {
      rowExpectation[d] = 0;
      rowPerception[d] = 0;
      rowPairs[d] = 0;
    }
  }

  const scores: ServqualDimensionScore[] = [];
  let expectationTotal = 0;
  let perceptionTotal = 0;
  for (let d = 0; d < dimensions; d++) {
    const key = keys[d]!;
    const n = respondents[d]!;
    if (n === 0) {
      throw new CoreInputError(
        name,
        "insufficient",
        `at least one respondent with a paired answer in dimension ${key}`,
      );
    }
    const dimensionExpectation = (expectationSum[d]! + expectationCompensation[d]!) / n;
    const dimensionPerception = (perceptionSum[d]! + perceptionCompensation[d]!) / n;
    if (!Number.isFinite(dimensionExpectation) || !Number.isFinite(dimensionPerception)) {
      throw new CoreInputError(
        name,
        "range",
        `finite answers (dimension ${key} has a NaN or infinite answer)`,
      );
    }
    expectationTotal += dimensionExpectation;
    perceptionTotal += dimensionPerception;
    scores.push({
      key,
      expectation: dimensionExpectation,
      perception: dimensionPerception,
      gap: dimensionPerception - dimensionExpectation,
      respondents: n,
    });
  }
  const overallExpectation = expectationTotal / dimensions;
  const overallPerception = perceptionTotal / dimensions;
  const result: ServqualResult = {
    dimensions: scores,
    overall: {
      expectation: overallExpectation,
      perception: overallPerception,
      gap: overallPerception - overallExpectation,
    },
  };
  if (weights === undefined) return result;

  if (weights.kind === "shared") {
    let pointsTotal = 0;
    for (let d = 0; d < dimensions; d++) pointsTotal += weights.points[d]!;
    for (let d = 0; d < dimensions; d++) {
      const score = scores[d]!;
      score.weight = weights.points[d]! / pointsTotal;
      score.weightedGap = score.weight * score.gap;
    }
  } else {
    if (weightedRespondents === 0) {
      throw new CoreInputError(
        name,
        "insufficient",
        "at least one respondent with a weight for every dimension and a paired answer in every dimension",
      );
    }
    for (let d = 0; d < dimensions; d++) {
      const score = scores[d]!;
      score.weight = shareSum[d]! / weightedRespondents;
      score.weightedGap = weightedGapSum[d]! / weightedRespondents;
    }
  }
  let weightedScore = 0;
  for (const score of scores) weightedScore += score.weightedGap!;
  result.overall.weightedScore = weightedScore;
  return result;
}
