import type { AnswerMatrix } from "./answer";
import { ExactSum } from "./exactSum";

/*
 * The two exact ways servqualScores turns respondents' dimension sums into a dimension's mean of
 * respondent means: one exact fraction for whole-number answers, ExactSum over respondent means for
 * any others.
 */

/** Each dimension's mean over respondents of their mean expectation, and of their mean perception. */
export interface DimensionMeans {
  expectation(d: number): number;
  perception(d: number): number;
}

/** The widest dimension whose pair counts 1…k have a least common multiple below 2^53 (lcm(1…40) ≈ 5.3e15). */
export const WIDEST_EXACT_DIMENSION = 40;

/**
 * Σ_k (sums[k] / k) / n over the pair counts k of dimension d, as one exact fraction: the sums are
 * exact integers, so with L the least common multiple of 1…widest (widest ≤ WIDEST_EXACT_DIMENSION)
 * the numerator Σ_k sums[k] · L / k is summed exactly (ExactSum.addProduct), and the mean is
 * numerator / (L · n), rounded once for the usual sizes.
 */
export function meanOfRespondentMeans(
  sums: Float64Array,
  respondentsByPairs: Float64Array,
  d: number,
  widest: number,
  respondents: number,
): number {
  let multiple = 1;
  for (let k = 2; k <= widest; k++) multiple = (multiple * k) / greatestCommonDivisor(multiple, k);
  const numerator = new ExactSum();
  const base = d * (widest + 1);
  for (let k = 1; k <= widest; k++) {
    if (respondentsByPairs[base + k] !== 0) numerator.addProduct(sums[base + k]!, multiple / k);
  }
  return numerator.value / (multiple * respondents);
}

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * For answers that are not all whole numbers: each respondent's dimension means (their paired answers
 * summed, divided by the pair count), summed over respondents exactly (ExactSum), divided by n.
 */
export function exactMeansOverRespondents(
  perception: AnswerMatrix,
  expectation: AnswerMatrix,
  firstOfDimension: Int32Array,
  itemsOfDimension: Int32Array,
): DimensionMeans {
  const dimensions = firstOfDimension.length - 1;
  const perceptionSums = Array.from({ length: dimensions }, () => new ExactSum());
  const expectationSums = Array.from({ length: dimensions }, () => new ExactSum());
  const counts = new Float64Array(dimensions);
  for (let r = 0; r < perception.length; r++) {
    const perceptionRow = perception[r]!;
    const expectationRow = expectation[r]!;
    for (let d = 0; d < dimensions; d++) {
      let expectationTotal = 0;
      let perceptionTotal = 0;
      let pairs = 0;
      for (let t = firstOfDimension[d]!; t < firstOfDimension[d + 1]!; t++) {
        const j = itemsOfDimension[t]!;
        const p = perceptionRow[j];
        const e = expectationRow[j];
        if (typeof p === "number" && typeof e === "number") {
          perceptionTotal += p;
          expectationTotal += e;
          pairs++;
        }
      }
      if (pairs === 0) continue;
      perceptionSums[d]!.add(perceptionTotal / pairs);
      expectationSums[d]!.add(expectationTotal / pairs);
      counts[d]!++;
    }
  }
  return {
    expectation: (d) => expectationSums[d]!.value / counts[d]!,
    perception: (d) => perceptionSums[d]!.value / counts[d]!,
  };
}
