import fc from "fast-check";
import { alpha, drivers, segments } from "../../src/functions/functions";
import { assertProperty } from "../seededProperty";
import { errorCell, expectSpillOrExcelError } from "./helpers";

/*
 * CX.ALPHA, CX.DRIVERS and CX.SEGMENTS on arbitrary cells: every call spills a rectangle of finite
 * numbers, text, TRUE/FALSE and Excel errors, or throws an Excel error; never another exception, NaN,
 * infinity or a hang. Seeded through assertProperty: a failure prints the seed and the command that repeats it.
 */
const settings = { numRuns: 300 };

const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 100, 1e308, -1e308, 5e-324, 1e200) },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom("constructor", "__proto__", "toString", "North", "north", "#N/A") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#VALUE!", "#DIV/0!", "#NUM!", "#N/A", "#REF!").map(errorCell) },
);

/** Cells of a plausible survey: mostly ratings, some blanks, text and booleans, rarely an extreme number. */
const surveyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 6, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
  { weight: 6, arbitrary: fc.constantFrom(null, "", "n/a", true, false) },
  { weight: 1, arbitrary: fc.constantFrom(0, -3, 1e308, 5e-324, 150) },
);

const labelCell: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom("North", "north", "South", "constructor", "__proto__", "hasOwnProperty"),
  },
  { weight: 2, arbitrary: fc.constantFrom(1, 2, "1", true, null, "") },
  { weight: 1, arbitrary: anyCell },
);

const grid = (cell: fc.Arbitrary<unknown>, rows: number, columns: number) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

const anyRange = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) => grid(anyCell, rows, columns));

const anyArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anyRange },
  { weight: 2, arbitrary: fc.constantFrom(undefined, null) },
  { weight: 1, arbitrary: anyCell },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[1, 2], [3]], {}) },
);

const spills = new Map<string, number>();

function spillOrExcelError(call: () => unknown[][], name: string): void {
  // CX.SEGMENTS' Significant column holds TRUE/FALSE
  expectSpillOrExcelError(call, spills, name, { booleans: true });
}

describe("arbitrary arguments: a rectangle of finite numbers, text, TRUE/FALSE and Excel errors, or an Excel error", () => {
  test("CX.ALPHA", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, (items, details, missing, labels) =>
        spillOrExcelError(
          () => alpha(items as never, details as never, missing as never, labels as never),
          "any ALPHA",
        ),
      ),
      settings,
    );
  });

  test("CX.DRIVERS", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, (outcome, x, labels) =>
        spillOrExcelError(() => drivers(outcome as never, x as never, labels as never), "any DRIVERS"),
      ),
      settings,
    );
  });

  test("CX.SEGMENTS", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, (values, labels, adjust, confidence) =>
        spillOrExcelError(
          () => segments(values as never, labels as never, adjust as never, confidence as never),
          "any SEGMENTS",
        ),
      ),
      settings,
    );
  });
});

describe("plausible surveys", () => {
  const respondents = fc.integer({ min: 1, max: 40 });

  test("CX.ALPHA", () => {
    assertProperty(
      fc.property(
        fc
          .tuple(respondents, fc.integer({ min: 1, max: 8 }))
          .chain(([n, k]) =>
            fc.tuple(
              grid(surveyCell, n, k),
              fc.boolean(),
              fc.constantFrom(undefined, "listwise", "pairwise", "Pairwise"),
            ),
          ),
        ([items, details, missing]) =>
          spillOrExcelError(() => alpha(items as never, details, missing), "plausible ALPHA"),
      ),
      settings,
    );
  });

  test("CX.DRIVERS: and where it spills, the weights and the Shapley values add up to R²", () => {
    assertProperty(
      fc.property(
        fc
          .tuple(respondents, fc.integer({ min: 1, max: 17 }))
          .chain(([n, p]) => fc.tuple(grid(surveyCell, n, 1), grid(surveyCell, n, p))),
        ([outcome, x]) => {
          spillOrExcelError(() => drivers(outcome as never, x as never), "plausible DRIVERS");
          let table: unknown[][];
          try {
            table = drivers(outcome as never, x as never);
          } catch {
            return;
          }
          const body = table.slice(1, -1);
          const rSquared = table[table.length - 1]![3] as number;
          const sum = (column: number) => body.reduce((total, row) => total + (row[column] as number), 0);
          expect(Math.abs(sum(3) - rSquared)).toBeLessThan(1e-9);
          if (body.length <= 15) expect(Math.abs(sum(5) - rSquared)).toBeLessThan(1e-9);
        },
      ),
      { ...settings, numRuns: 200 },
    );
  });

  test("CX.SEGMENTS", () => {
    assertProperty(
      fc.property(
        fc
          .tuple(respondents, fc.integer({ min: 1, max: 3 }))
          .chain(([n, columns]) =>
            fc.tuple(
              grid(surveyCell, n, columns),
              grid(labelCell, n, columns),
              fc.constantFrom(undefined, "holm", "BH", "none"),
              fc.constantFrom(undefined, 0.9, 0.99),
            ),
          ),
        ([values, labels, adjust, confidence]) =>
          spillOrExcelError(
            () => segments(values as never, labels as never, adjust, confidence),
            "plausible SEGMENTS",
          ),
      ),
      settings,
    );
  });
});

afterAll(() => {
  // error paths are easy to reach at random; results must have been checked too
  for (const name of ["plausible ALPHA", "plausible DRIVERS", "plausible SEGMENTS"]) {
    expect({ name, spills: spills.get(name) ?? 0 }).toEqual({ name, spills: expect.any(Number) });
    expect(spills.get(name) ?? 0).toBeGreaterThan(30);
  }
});
