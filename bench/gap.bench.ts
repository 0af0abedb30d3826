/*
 * CX.GAP as Excel calls it: two Excel-shaped ranges of 1,048,576 rows × 22 items (1–7, about 3 %
 * blanks arriving as null or as empty text, at the same cells in both, so that the paired means
 * equal the difference of the column means), against the same means computed with
 * @formulajs/formulajs AVERAGE per column, given the columns ready-made. Goal: faster.
 *
 * formulajs AVERAGE spreads its values into one function call (anyError.apply), which overflows the
 * call stack long before a million values, so it averages blocks of 65,536 rows, combined by COUNT.
 */
import { AVERAGE, COUNT } from "@formulajs/formulajs";
import { gap } from "../src/functions/functions";
import { describe, EXCEL_ROWS, measure, seededRandom } from "./measure";

const ITEMS = 22;

function excelRanges(): { experience: unknown[][]; expectation: unknown[][] } {
  const random = seededRandom(3);
  const experience = new Array<unknown[]>(EXCEL_ROWS);
  const expectation = new Array<unknown[]>(EXCEL_ROWS);
  for (let r = 0; r < EXCEL_ROWS; r++) {
    const e = new Array<unknown>(ITEMS);
    const x = new Array<unknown>(ITEMS);
    for (let j = 0; j < ITEMS; j++) {
      const blank = random();
      if (blank < 0.03) {
        const cell = blank < 0.015 ? null : "";
        e[j] = cell;
        x[j] = cell;
      } else {
        e[j] = 1 + Math.floor(random() * 7);
        x[j] = 1 + Math.floor(random() * 7);
      }
    }
    experience[r] = e;
    expectation[r] = x;
  }
  return { experience, expectation };
}

const BLOCK = 65_536;

/** AVERAGE of a whole column with formulajs: block averages weighted by their COUNT. */
function formulajsColumnAverage(column: unknown[]): number {
  let sum = 0;
  let count = 0;
  for (let start = 0; start < column.length; start += BLOCK) {
    const block = column.slice(start, start + BLOCK);
    const n = COUNT(block) as number;
    if (n > 0) {
      sum += (AVERAGE(block) as number) * n;
      count += n;
    }
  }
  return sum / count;
}

function columns(range: unknown[][]): unknown[][] {
  return Array.from({ length: ITEMS }, (_, j) => range.map((row) => row[j]));
}

export default function gapBench(): void {
  const { experience, expectation } = excelRanges();
  const gaps = measure(() => gap(experience as never, expectation as never)[0] as number[]);
  console.log(`gap 1,048,576 × 22 (Excel-shaped, blanks as null and ""): ${describe(gaps)}`);

  const experienceColumns = columns(experience);
  const expectationColumns = columns(expectation);
  // One run: formulajs takes seconds here, and its time varies less than the margin.
  const formulajs = measure(
    () =>
      experienceColumns.map(
        (column, j) => formulajsColumnAverage(column) - formulajsColumnAverage(expectationColumns[j]!),
      ),
    1,
  );
  console.log(
    `@formulajs/formulajs AVERAGE per column (blocks of 65,536 rows), 2 × 22 columns: ${describe(formulajs)}`,
  );

  let largestDifference = 0;
  gaps.result.forEach((value, j) => {
    largestDifference = Math.max(largestDifference, Math.abs(value - formulajs.result[j]!));
  });
  const ratio = gaps.milliseconds / formulajs.milliseconds;
  console.log(
    `gap / formulajs AVERAGE: ${ratio.toFixed(2)}× (goal < 1×) ${ratio < 1 ? "OK" : "SLOWER THAN GOAL"}; ` +
      `largest difference between the two: ${largestDifference.toExponential(1)}`,
  );
}
