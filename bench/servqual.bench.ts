/*
 * CX.SERVQUAL's core, servqualScores, on a whole-sheet survey: 1,048,576 respondents × 44 items
 * (22 expectation + 22 perception, 1–7, about 3 % missing), against a plain loop that only sums
 * the same numbers. Goal: at most 3× the plain loop.
 *
 * Then the whole worksheet function as Excel calls it: =CX.SERVQUAL over 1,048,576 × 22 perception
 * and 22 expectation cells shaped as Excel passes them (about 5 % blank, arriving as null or as empty
 * text), coercion included, against a plain loop over the very same cells. Goal: at most 2×.
 */
import {
  servqualScores,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
  type Answer,
  type AnswerMatrix,
} from "../src/core";
import { servqual } from "../src/functions/functions";
import { compareAlternating, describe, describeRatio, EXCEL_ROWS, measure, seededRandom } from "./measure";

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

/** Excel-shaped cells: 1–7, about 5 % blank (half null, half empty text). */
function excelSurvey(seed: number): unknown[][] {
  const random = seededRandom(seed);
  const rows = new Array<unknown[]>(EXCEL_ROWS);
  for (let r = 0; r < EXCEL_ROWS; r++) {
    const row = new Array<unknown>(22);
    for (let j = 0; j < 22; j++) {
      const blank = random();
      row[j] = blank < 0.05 ? (blank < 0.025 ? null : "") : 1 + Math.floor(random() * 7);
    }
    rows[r] = row;
  }
  return rows;
}

/** The least any reader of Excel cells must do: visit every cell once and add up the numbers. */
function sumOfCells(perception: unknown[][], expectation: unknown[][]): number {
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
  const scored = compareAlternating(
    () => sumOfAnswers(perception, expectation),
    () => servqualScores(perception, expectation, STANDARD_SERVQUAL_DIMENSION_OF_ITEM),
  );
  console.log(describeRatio("servqualScores 1,048,576 × 44", scored));
  const weighted = measure(
    () =>
      servqualScores(perception, expectation, STANDARD_SERVQUAL_DIMENSION_OF_ITEM, {
        kind: "shared",
        points: [20, 30, 15, 20, 15],
      }),
    1,
  );
  console.log(`servqualScores with shared weights: ${describe(weighted)}`);

  const perceptionCells = excelSurvey(3);
  const expectationCells = excelSurvey(4);
  // Alternating rounds, medians of each: on a shared machine a slow spell then hits both sides alike.
  const whole = compareAlternating(
    () => sumOfCells(perceptionCells, expectationCells),
    () => servqual(perceptionCells as never, expectationCells as never),
  );
  console.log(describeRatio("=CX.SERVQUAL 1,048,576 × 22 P + 22 E (Excel-shaped, 5 % blank)", whole, 2));
}
