/*
 * CX.SERVQUAL's core, servqualScores, on a whole-sheet survey: 1,048,576 respondents × 44 items
 * (22 expectation + 22 perception, 1–7, about 3 % missing), against a plain loop that only sums
 * the same numbers. Goal: at most 3× the plain loop.
 */
import {
  servqualScores,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
  type Answer,
  type AnswerMatrix,
} from "../src/core";
import { describe, EXCEL_ROWS, measure, seededRandom } from "./measure";

function survey(seed: number): AnswerMatrix {
  const random = seededRandom(seed);
  const rows = new Array<Answer[]>(EXCEL_ROWS);
  for (let r = 0; r < EXCEL_ROWS; r++) {
    const row = new Array<Answer>(22);
    for (let j = 0; j < 22; j++) row[j] = random() < 0.03 ? null : 1 + Math.floor(random() * 7);
    rows[r] = row;
  }
  return rows;
}

/** The least any scorer must do: visit every answer once and add it up. */
function sumOfAnswers(perception: AnswerMatrix, expectation: AnswerMatrix): number {
  let sum = 0;
  for (let r = 0; r < perception.length; r++) {
    const p = perception[r]!;
    const e = expectation[r]!;
    for (let j = 0; j < p.length; j++) {
      const pj = p[j];
      const ej = e[j];
      if (typeof pj === "number") sum += pj;
      if (typeof ej === "number") sum += ej;
    }
  }
  return sum;
}

export default function servqualBench(): void {
  const perception = survey(1);
  const expectation = survey(2);
  // Fastest of 5 runs each: the machine is shared, and the minimum is the least disturbed run.
  const plain = measure(() => sumOfAnswers(perception, expectation), 5);
  const scored = measure(
    () => servqualScores(perception, expectation, STANDARD_SERVQUAL_DIMENSION_OF_ITEM),
    5,
  );
  console.log(`plain loop summing 1,048,576 × 44 answers: ${describe(plain)}`);
  console.log(`servqualScores 1,048,576 × 44: ${describe(scored)}`);
  const ratio = scored.milliseconds / plain.milliseconds;
  console.log(
    `servqualScores / plain loop: ${ratio.toFixed(2)}× (goal ≤ 3×) ${ratio <= 3 ? "OK" : "SLOWER THAN GOAL"}`,
  );
  const weighted = measure(
    () =>
      servqualScores(perception, expectation, STANDARD_SERVQUAL_DIMENSION_OF_ITEM, {
        kind: "shared",
        points: [20, 30, 15, 20, 15],
      }),
    1,
  );
  console.log(`servqualScores with shared weights: ${describe(weighted)}`);
}
