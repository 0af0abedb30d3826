import fc from "fast-check";
import { kanoCounts, kanoCountsOfCells, KANO_TABLE_CELLS } from "../../src/core";
import { kanoAnswerColumns, kanoPairTalliesAsTheyCame } from "../../src/functions/kanoAnswers";
import { messagesFor } from "../../src/functions/messages";
import { assertProperty } from "../seededProperty";

/*
 * CX.KANO tallies both ranges as they came in one pass (kanoPairTalliesAsTheyCame), and reads them
 * carefully, a column of codes per feature counted pair by pair (kanoAnswerColumns, kanoCounts), only when
 * a row has another width or a cell is an error. The careful reading is the reference (test/functions/
 * kano.test.ts checks it against the published tables); the single pass must count what it counts.
 */

const m = messagesFor("en");

/** Answers on both scales, out-of-scale and non-whole numbers, typed answers in both languages, blanks, logicals. */
const kanoCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 6, -1, 2.5, 3.0000001) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("I like it", "i expect it.", " 无所谓 ", "不喜欢", "n/a", "5", "#note"),
  },
  { weight: 2, arbitrary: fc.constantFrom(null, "", true, false, { type: "Double", basicValue: 3 }) },
);

describe("CX.KANO's two readings", () => {
  test("one pass over both ranges counts what the columns of codes count, on both scales", () => {
    const ranges = fc
      .record({
        rows: fc.integer({ min: 1, max: 60 }),
        features: fc.integer({ min: 1, max: 6 }),
        scale: fc.constantFrom(3 as const, 5 as const),
      })
      .chain(({ rows, features, scale }) =>
        fc.record({
          scale: fc.constant(scale),
          functional: fc.array(fc.array(kanoCell, { minLength: features, maxLength: features }), {
            minLength: rows,
            maxLength: rows,
          }),
          dysfunctional: fc.array(fc.array(kanoCell, { minLength: features, maxLength: features }), {
            minLength: rows,
            maxLength: rows,
          }),
        }),
      );
    assertProperty(
      fc.property(ranges, ({ scale, functional, dysfunctional }) => {
        const features = functional[0]!.length;
        const tallies = new Float64Array(features * KANO_TABLE_CELLS);
        kanoPairTalliesAsTheyCame(functional, dysfunctional, scale, tallies, new Map());
        const f = kanoAnswerColumns(functional, "functional", scale, m);
        const d = kanoAnswerColumns(dysfunctional, "dysfunctional", scale, m);
        for (let c = 0; c < features; c++) {
          expect(kanoCountsOfCells(tallies, c * KANO_TABLE_CELLS)).toEqual(kanoCounts(f[c]!, d[c]!));
        }
      }),
      { numRuns: 300 },
    );
  });
});
