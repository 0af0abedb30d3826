import fc from "fast-check";
import { drivers } from "../../src/functions/functions";
import { whatExcelShows, withFirstNumberFormatted } from "./helpers";
import { assertProperty } from "../seededProperty";

/*
 * CX.DRIVERS reads its ranges as they came, two cells a step while both are small whole answers, a cell
 * at a time otherwise, and falls back to the careful reading for anything unusual. These tests hold the
 * two readings to the same answers: the careful one is the reference (test/functions/drivers.test.ts checks
 * it against R), and every case below must give what it gives, to the last bit.
 *
 * A formatted number arrives as a data type whose basicValue is the number
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue); only the careful reading
 * looks inside, so one such cell of the same number sends the whole call there without changing what it
 * must answer.
 */

/** Mostly 1–7 answers; the edges of what a block may multiply four at a time (1–7) and as it came (±11), just beyond, not whole, missing. */
const answerCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 2, arbitrary: fc.constantFrom(-11, 11, 0, 8, 12, -12, 2.5, 1e6, -0.25) },
  { weight: 2, arbitrary: fc.constantFrom(null, "", "n/a", true) },
);

describe("CX.DRIVERS's two readings", () => {
  test("cells as they came give what the careful reading gives, blocks of rows and edge answers included", () => {
    const survey = fc
      .record({ p: fc.integer({ min: 1, max: 8 }), rows: fc.integer({ min: 3, max: 600 }) })
      .chain(({ p, rows }) =>
        fc.record({
          outcome: fc.array(fc.array(answerCell, { minLength: 1, maxLength: 1 }), {
            minLength: rows,
            maxLength: rows,
          }),
          drivers: fc.array(fc.array(answerCell, { minLength: p, maxLength: p }), {
            minLength: rows,
            maxLength: rows,
          }),
        }),
      );
    assertProperty(
      fc.property(survey, ({ outcome: y, drivers: x }) => {
        const careful = withFirstNumberFormatted(x);
        if (careful === undefined) return;
        expect(whatExcelShows(() => drivers(y as never, x as never))).toEqual(
          whatExcelShows(() => drivers(y as never, careful as never)),
        );
      }),
      { numRuns: 60 },
    );
  });
});
