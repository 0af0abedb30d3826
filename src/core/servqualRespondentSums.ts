import type { AnswerMatrix } from "./answer";

/**
 * servqualScores's one pass over the respondents; returns whether every respondent's dimension sums are
 * whole numbers. A module-level function ending with its loop, its arguments arrays and functions only:
 * V8 compiles the loop while it runs and keeps that code for the next call, which an object of a shape
 * made per call (freed with it, and with it the feedback naming it) would undo (see README, Tests and
 * benchmarks).
 */
export function addUpRespondents(
  perception: AnswerMatrix,
  expectation: AnswerMatrix,
  respondentWeights: readonly (readonly unknown[])[] | undefined,
  notAnAnswer: ((entry: unknown) => void) | undefined,
  firstOfDimension: Int32Array,
  itemsOfDimension: Int32Array,
  stride: number,
  expectationByPairs: Float64Array,
  perceptionByPairs: Float64Array,
  respondentsByPairs: Float64Array,
  shareSum: Float64Array,
  weightedGapSum: Float64Array,
  weightedCount: Float64Array,
): boolean {
  const rows = perception.length;
  const dimensions = firstOfDimension.length - 1;
  const rowExpectation = new Float64Array(dimensions);
  const rowPerception = new Float64Array(dimensions);
  const rowPairs = new Int32Array(dimensions);
  let wholeSums = true;
  for (let r = 0; r < rows; r++) {
    const perceptionRow = perception[r]!;
    const expectationRow = expectation[r]!;
    let hasEveryDimension = true;
    for (let d = 0; d < dimensions; d++) {
      let expectationTotal = 0;
      let perceptionTotal = 0;
      let pairs = 0;
      const last = firstOfDimension[d + 1]!;
      for (let t = firstOfDimension[d]!; t < last; t++) {
        const j = itemsOfDimension[t]!;
        const p = perceptionRow[j];
        const e = expectationRow[j];
        if (typeof p === "number" && typeof e === "number") {
          perceptionTotal += p;
          expectationTotal += e;
          pairs++;
        } else if (notAnAnswer !== undefined) {
          if (p !== null && typeof p !== "number") notAnAnswer(p);
          if (e !== null && typeof e !== "number") notAnAnswer(e);
        }
      }
      if (pairs === 0) {
        hasEveryDimension = false;
        continue;
      }
      if (respondentWeights !== undefined) {
        rowPairs[d] = pairs;
        rowExpectation[d] = expectationTotal;
        rowPerception[d] = perceptionTotal;
      }
      const slot = d * stride + pairs;
      expectationByPairs[slot]! += expectationTotal;
      perceptionByPairs[slot]! += perceptionTotal;
      respondentsByPairs[slot]!++;
      if ((expectationTotal | 0) !== expectationTotal || (perceptionTotal | 0) !== perceptionTotal)
        wholeSums = false;
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
        weightedCount[0]!++;
      }
    }
  }
  return wholeSums;
}
