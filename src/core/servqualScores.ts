import type { AnswerMatrix } from "./answer";
import { CoreInputError } from "./coreInputError";
import { checkWeights, type DimensionWeights } from "./dimensionWeights";
import { exactSum } from "./exactSum";
import { groupDimensions } from "./groupDimensions";
import { addUpRespondents } from "./servqualRespondentSums";
import { checkPairedWidths, pairedRows } from "./pairedMatrices";
import {
  exactMeansOverRespondents,
  meanOfRespondentMeans,
  WIDEST_EXACT_DIMENSION,
  type DimensionMeans,
} from "./meansOverRespondents";

/** Fewer respondents than this, each with 32-bit integer sums, add up exactly in doubles. */
const EXACT_COUNT = 2 ** 21;

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
 * Means are exact: with whole-number answers each respondent's dimension sums are integers, grouped
 * by how many items the respondent paired, so a dimension's mean of respondent means is one exact
 * fraction rounded once; other answers have each respondent's mean summed with ExactSum (as Python's
 * math.fsum). The pass over the answers allocates nothing, so a million respondents take a fraction
 * of a second. `notAnAnswer`, if given, is called with every entry that is neither a number nor null
 * (text, a logical value…), so a caller handing over cells as they came can refuse the unexpected.
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
  notAnAnswer?: (entry: unknown) => void,
): ServqualResult {
  const name = "servqualScores";
  const items = dimensionOfItem.length;
  if (items === 0) throw new CoreInputError(name, "empty", "at least one item in dimensionOfItem");
  const sides = "perception and expectation";
  const rows = pairedRows(name, perception, expectation, sides);
  checkPairedWidths(name, perception, expectation, items, sides, ", one per dimensionOfItem label");
  // Labels differing only in case are one dimension, as Excel compares text.
  const { names: keys, indexOfItem: dimensionIndex } = groupDimensions(dimensionOfItem);
  const dimensions = keys.length;
  if (weights !== undefined) checkWeights(weights, dimensions, rows);
  const respondentWeights = weights?.kind === "perRespondent" ? weights.points : undefined;

  // The items of each dimension, listed together, so one respondent's dimension sums stay in locals.
  const firstOfDimension = new Int32Array(dimensions + 1);
  for (let j = 0; j < items; j++) firstOfDimension[dimensionIndex[j]! + 1]!++;
  for (let d = 0; d < dimensions; d++) firstOfDimension[d + 1]! += firstOfDimension[d]!;
  const itemsOfDimension = new Int32Array(items);
  const filled = firstOfDimension.slice(0, dimensions);
  for (let j = 0; j < items; j++) itemsOfDimension[filled[dimensionIndex[j]!]!++] = j;
  let widest = 0;
  for (let d = 0; d < dimensions; d++)
    widest = Math.max(widest, firstOfDimension[d + 1]! - firstOfDimension[d]!);

  // Respondents' answer sums grouped by dimension and by how many paired items they answered in it
  // (slot d · (widest + 1) + pairs): with whole-number answers these sums are exact integers, and the
  // dimension's mean of respondent means, Σ_k (sum_k / k) / n, is then one exact fraction.
  const stride = widest + 1;
  const slots = dimensions * stride;
  const expectationByPairs = new Float64Array(slots);
  const perceptionByPairs = new Float64Array(slots);
  const respondentsByPairs = new Float64Array(slots);
  const shareSum = new Float64Array(dimensions);
  const weightedGapSum = new Float64Array(dimensions);
  // [0]: respondents weighted on their own weights
  const weightedCount = new Float64Array(1);
  // Every respondent's dimension sums a 32-bit integer, with fewer than 2^21 respondents: exact.
  const wholeSums =
    addUpRespondents(
      perception,
      expectation,
      respondentWeights,
      notAnAnswer,
      firstOfDimension,
      itemsOfDimension,
      stride,
      expectationByPairs,
      perceptionByPairs,
      respondentsByPairs,
      shareSum,
      weightedGapSum,
      weightedCount,
    ) &&
    rows < EXACT_COUNT &&
    widest <= WIDEST_EXACT_DIMENSION;
  const weightedRespondents = weightedCount[0]!;

  const respondents = new Float64Array(dimensions);
  for (let slot = 0; slot < slots; slot++)
    respondents[Math.floor(slot / (widest + 1))]! += respondentsByPairs[slot]!;
  const means: DimensionMeans = wholeSums
    ? {
        expectation: (d) =>
          meanOfRespondentMeans(expectationByPairs, respondentsByPairs, d, widest, respondents[d]!),
        perception: (d) =>
          meanOfRespondentMeans(perceptionByPairs, respondentsByPairs, d, widest, respondents[d]!),
      }
    : exactMeansOverRespondents(perception, expectation, firstOfDimension, itemsOfDimension);
  const scores: ServqualDimensionScore[] = [];
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
    const dimensionExpectation = means.expectation(d);
    const dimensionPerception = means.perception(d);
    if (!Number.isFinite(dimensionExpectation) || !Number.isFinite(dimensionPerception)) {
      throw new CoreInputError(
        name,
        "range",
        `finite answers small enough to add up (dimension ${key} has a NaN, infinite or too large answer)`,
        { problem: { code: "tooLarge" }, subject: key },
      );
    }
    scores.push({
      key,
      expectation: dimensionExpectation,
      perception: dimensionPerception,
      gap: dimensionPerception - dimensionExpectation,
      respondents: n,
    });
  }
  const overallExpectation = exactSum(scores.map((score) => score.expectation)) / dimensions;
  const overallPerception = exactSum(scores.map((score) => score.perception)) / dimensions;
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
