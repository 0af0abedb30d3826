import fc from "fast-check";
import { segments } from "../../src/functions/functions";
import { assertProperty } from "../seededProperty";
import { errorCell, formatted, thrownBy, whatExcelShows, withFirstNumberFormatted } from "./helpers";

/*
 * CX.SEGMENTS reads its two ranges in one pass as they came, and falls back to the careful reading
 * (values checked whole, then segments, then the labels) for anything unusual. These tests hold the
 * two readings to the same answers: the careful one is the reference (it is the reading the other
 * tests of test/functions/segments.test.ts checked against R before the single pass existed), and
 * every case below sends the single pass to it or must give what it gives.
 *
 * A formatted number arrives as a data type whose basicValue is the number
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue); only the careful
 * reading looks inside, so replacing one score by such a cell of the same number sends the whole call
 * there without changing what it must answer.
 */

const scoreCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 3, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, "", "n/a", true, false) },
);

/** Spellings Excel groups together or apart: case, numbers against their digits as text, TRUE against "TRUE". */
const labelCell: fc.Arbitrary<unknown> = fc.constantFrom(
  "North",
  "NORTH",
  "north",
  "South",
  "constructor",
  "CONSTRUCTOR",
  "__proto__",
  12,
  "12",
  0,
  -0,
  true,
  "TRUE",
  false,
  "",
  null,
  undefined,
);

describe("CX.SEGMENTS reads in one pass what the careful reading would read the same", () => {
  test("random ranges: the single pass gives the careful reading's table (or error), cell for cell", () => {
    const ranges = fc
      .tuple(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, columns]) => {
        const range = (cell: fc.Arbitrary<unknown>) =>
          fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          });
        return fc.tuple(range(scoreCell), range(labelCell));
      });
    let compared = 0;
    assertProperty(
      fc.property(ranges, ([values, labels]) => {
        const careful = withFirstNumberFormatted(values);
        fc.pre(careful !== undefined);
        const fast = whatExcelShows(() => segments(values as never, labels as never));
        expect(fast).toEqual(whatExcelShows(() => segments(careful as never, labels as never)));
        if (Array.isArray(fast)) compared++;
      }),
      { numRuns: 300 },
    );
    // most draws spill a table; the comparison is not only of errors
    expect(compared).toBeGreaterThan(100);
  });

  test("a formatted number counts as its number (the careful reading's data-type policy)", () => {
    expect(segments([[formatted(5)], [3], [4], [6]] as never, [["A"], ["A"], ["B"], ["B"]] as never)).toEqual(
      segments([[5], [3], [4], [6]] as never, [["A"], ["A"], ["B"], ["B"]] as never),
    );
  });
});

describe("CX.SEGMENTS: what the single pass leaves to the careful reading", () => {
  const labels = [["A"], ["A"], ["B"], ["B"]];

  test("an error cell in values beside a blank label is still that error", () => {
    const error = thrownBy(() =>
      segments([[1], [errorCell("#NUM!")], [3], [4]] as never, [["A"], [null], ["B"], ["B"]] as never),
    );
    expect(error.code).toBe("#NUM!");
    expect(error.message).toContain("values");
  });

  test("an error text in segments beside a blank score is still that error", () => {
    const error = thrownBy(() =>
      segments([[1], [""], [3], [4]] as never, [["A"], ["#DIV/0!"], ["B"], ["B"]] as never),
    );
    expect(error.code).toBe("#DIV/0!");
    expect(error.message).toContain("segments");
  });

  test("error cells in both: the one in values, though it comes later (values are checked whole first)", () => {
    const error = thrownBy(() =>
      segments(
        [[1], [2], [3], [errorCell("#NUM!")]] as never,
        [[errorCell("#N/A")], ["A"], ["B"], ["B"]] as never,
      ),
    );
    expect(error.code).toBe("#NUM!");
    expect(error.message).toContain("values");
  });

  test("more segment rows than value rows are refused, naming segments", () => {
    const error = thrownBy(() => segments([[1], [2], [3]] as never, labels as never));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("segments");
  });

  test("ranges of the same height but different widths are refused, naming segments", () => {
    const error = thrownBy(() =>
      segments(
        [
          [1, 2],
          [3, 4],
        ] as never,
        [["A"], ["B"]] as never,
      ),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("segments");
  });

  test("a ragged range is refused, naming it", () => {
    const error = thrownBy(() => segments([[1], [2, 3], [4], [5]] as never, labels as never));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("values");
  });

  test("an infinite score is #NUM!; a NaN score (never sent by Excel) is a blank", () => {
    expect(thrownBy(() => segments([[1], [Infinity], [3], [4]] as never, labels as never)).code).toBe(
      "#NUM!",
    );
    expect(segments([[1], [NaN], [3], [4], [2]] as never, [...labels, ["A"]] as never)).toEqual(
      segments([[1], [null], [3], [4], [2]] as never, [...labels, ["A"]] as never),
    );
  });

  test("an infinite label (never sent by Excel) leaves its respondent out, as a blank label does", () => {
    expect(
      segments(
        [[1], [9], [3], [4], [2]] as never,
        [...labels.slice(0, 1), [Infinity], ...labels.slice(1)] as never,
      ),
    ).toEqual(
      segments(
        [[1], [9], [3], [4], [2]] as never,
        [...labels.slice(0, 1), [null], ...labels.slice(1)] as never,
      ),
    );
  });

  test("text beginning with # that is no error value is an ordinary label", () => {
    const table = segments(
      [[1], [2], [3], [4]] as never,
      [["#1 store"], ["#1 STORE"], ["B"], ["B"]] as never,
    );
    expect(table.map((row) => row[0])).toEqual(["Segment", "#1 store", "B", "All"]);
    expect(table[1]![1]).toBe(2);
  });

  // Excel orders (and so tells apart) numbers, text and logical values as three kinds, "…, -2, -1, 0, 1, 2,
  // …, A-Z, FALSE, TRUE", and matches text ignoring case:
  // https://learn.microsoft.com/en-us/office/vba/api/excel.worksheetfunction.match
  test("TRUE and the text TRUE are two segments, as are 12 and the text 12; TRUE and true (text) are one", () => {
    const table = segments(
      [[1], [2], [3], [4], [5], [6]] as never,
      [[true], ["TRUE"], ["true"], [12], ["12"], [true]] as never,
    );
    expect(table.map((row) => [row[0], row[1]])).toEqual([
      ["Segment", "n"],
      ["TRUE", 2],
      ["TRUE", 2],
      [12, 1],
      ["12", 1],
      ["All", 6],
    ]);
  });
});
