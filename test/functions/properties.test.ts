import fc from "fast-check";
import { csat, gap, ipa, kano, keyexp, nps, servqual } from "../../src/functions/functions";
import { ExcelFunctionError } from "../../src/functions/excelError";
import { assertProperty } from "../seededProperty";
import { errorCell, expectSpillOrExcelError } from "./helpers";

/** Text that is also the name of a JavaScript object property: a lookup keyed by user text must not find them. */
const PROPERTY_NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"] as const;

/** Any cell Excel (or a caller in Node) might pass: answers, blanks, text, booleans, errors, oddities. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 100, 1e308, -1e308, 5e-324) },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom("mean", "median", "scale", "TRUE", "#N/A", "#REF!") },
  { weight: 1, arbitrary: fc.constantFrom(...PROPERTY_NAMES) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#VALUE!", "#DIV/0!", "#NUM!", "#N/A", "#NAME?").map(errorCell) },
);

const range = (cell: fc.Arbitrary<unknown> = anyCell) =>
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([rows, columns]) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** An argument as it might arrive: omitted, a single value, a range (sometimes empty or ragged). */
const anyArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: range() },
  { weight: 2, arbitrary: fc.constantFrom(undefined, null) },
  { weight: 1, arbitrary: anyCell },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[1, 2], [3]], {}) },
);

/** Spills seen, per function: the property must be exercised on successful results too, not only on errors. */
const spills = new Map<string, number>();

function spillOrExcelError(call: () => unknown[][], name = "any"): void {
  expectSpillOrExcelError(call, spills, name);
}

/** Cells of a plausible survey: mostly ratings, some blanks, text and booleans, rarely an extreme number. */
const surveyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 1, max: 7 }) },
  { weight: 6, arbitrary: fc.double({ min: 0, max: 10, noNaN: true }) },
  { weight: 6, arbitrary: fc.constantFrom(null, "", "n/a", true, false) },
  { weight: 1, arbitrary: fc.constantFrom(0, -3, 1e308, 5e-324, 150) },
);

/** A k-item layout shared by the arguments of one call: respondents × k, one row of k, or a column of k. */
const items = fc.integer({ min: 1, max: 6 });
const itemsRange = (k: number, cell = surveyCell) =>
  fc.oneof(
    fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: k, maxLength: k }),
  );
const optional = (arbitrary: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary },
    { weight: 1, arbitrary: anyArgument },
  );

const settings = { numRuns: 400 };

describe("for arbitrary ranges of mixed cells every function spills a rectangle of finite numbers, text and Excel errors, or throws an Excel error", () => {
  test("CX.GAP", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, (a, b, stats) => {
        spillOrExcelError(() => gap(a as never, b as never, stats as never), "CX.GAP");
      }),
      settings,
    );
  });

  test("CX.GAP on same-shaped survey ranges", () => {
    assertProperty(
      fc.property(
        range().chain((a) =>
          fc.tuple(
            fc.constant(a),
            fc.array(fc.array(anyCell, { minLength: a[0]!.length, maxLength: a[0]!.length }), {
              minLength: a.length,
              maxLength: a.length,
            }),
          ),
        ),
        fc.boolean(),
        ([a, b], stats) => spillOrExcelError(() => gap(a as never, b as never, stats), "CX.GAP survey"),
      ),
      settings,
    );
  });

  test("CX.KEYEXP on plausible arguments", () => {
    assertProperty(
      fc.property(
        items.chain((k) =>
          fc.tuple(
            itemsRange(k),
            itemsRange(k),
            optional(itemsRange(k, anyCell)),
            optional(fc.oneof(fc.constantFrom([[5]], [[7]], [[10]], [[3]]), itemsRange(k))),
          ),
        ),
        ([a, b, labels, reference]) =>
          spillOrExcelError(
            () => keyexp(a as never, b as never, labels as never, reference as never),
            "CX.KEYEXP plausible",
          ),
      ),
      settings,
    );
  });

  test("CX.IPA on plausible arguments", () => {
    assertProperty(
      fc.property(
        items.chain((k) =>
          fc.tuple(
            itemsRange(k),
            itemsRange(k),
            optional(itemsRange(k, anyCell)),
            optional(
              fc.oneof(
                fc.constantFrom([["median"]], [["scale"]], [[3, 4]], "mean"),
                fc.constantFrom(...PROPERTY_NAMES).map((name) => [[name]]),
              ),
            ),
          ),
        ),
        ([a, b, labels, crosshair]) =>
          spillOrExcelError(
            () => ipa(a as never, b as never, labels as never, crosshair as never),
            "CX.IPA plausible",
          ),
      ),
      settings,
    );
  });

  test("CX.SERVQUAL on plausible arguments", () => {
    const labels = (k: number) =>
      fc.array(
        fc.array(fc.constantFrom("A", "B", "C", 1, ...PROPERTY_NAMES), { minLength: k, maxLength: k }),
        {
          minLength: 1,
          maxLength: 1,
        },
      );
    assertProperty(
      fc.property(
        items.chain((k) =>
          fc.tuple(
            fc.array(fc.array(surveyCell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 6 }),
            itemsRange(k),
            fc.oneof({ weight: 6, arbitrary: labels(k) }, { weight: 1, arbitrary: anyArgument }),
            optional(
              fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }), {
                minLength: 1,
                maxLength: 2,
              }),
            ),
          ),
        ),
        ([a, b, dimensions, weights]) =>
          spillOrExcelError(
            () => servqual(a as never, b as never, dimensions as never, weights as never),
            "CX.SERVQUAL plausible",
          ),
      ),
      settings,
    );
  });

  test("CX.KEYEXP", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, (a, b, labels, reference) => {
        spillOrExcelError(
          () => keyexp(a as never, b as never, labels as never, reference as never),
          "CX.KEYEXP",
        );
      }),
      settings,
    );
  });

  test("CX.SERVQUAL", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, (a, b, dimensions, weights) => {
        spillOrExcelError(
          () => servqual(a as never, b as never, dimensions as never, weights as never),
          "CX.SERVQUAL",
        );
      }),
      settings,
    );
  });

  test("CX.IPA", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, (a, b, labels, crosshair) => {
        spillOrExcelError(() => ipa(a as never, b as never, labels as never, crosshair as never), "CX.IPA");
      }),
      settings,
    );
  });
});

afterAll(() => {
  // The error paths are easy to reach at random; make sure results were checked as well.
  for (const name of ["CX.GAP survey", "CX.KEYEXP plausible", "CX.IPA plausible", "CX.SERVQUAL plausible"]) {
    expect({ name, spills: spills.get(name) ?? 0 }).toEqual({ name, spills: expect.any(Number) });
    expect(spills.get(name) ?? 0).toBeGreaterThan(40);
  }
});

describe("CX.SERVQUAL's Gap column is always Perception − Expectation, exactly", () => {
  const answer = fc.oneof(
    { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 7 }) },
    { weight: 2, arbitrary: fc.constantFrom(null, "", "n/a", true) },
  );
  const survey = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 10 }))
    .chain(([rows, items]) =>
      fc.tuple(
        fc.array(fc.array(answer, { minLength: items, maxLength: items }), {
          minLength: rows,
          maxLength: rows,
        }),
        fc.array(fc.array(answer, { minLength: items, maxLength: items }), {
          minLength: rows,
          maxLength: rows,
        }),
        fc.array(fc.constantFrom("A", "B", "C"), { minLength: items, maxLength: items }),
        fc.option(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }), {
          nil: undefined,
        }),
      ),
    );

  test("for every dimension row and the Overall row", () => {
    let checked = 0;
    assertProperty(
      fc.property(survey, ([perception, expectation, labels, points]) => {
        let result: unknown[][];
        try {
          const dimensionCount = new Set(labels).size;
          const weights = points === undefined ? undefined : [points.slice(0, dimensionCount)];
          result = servqual(perception, expectation, [labels], weights);
        } catch (error) {
          expect(error).toBeInstanceOf(ExcelFunctionError);
          return;
        }
        for (const row of result.slice(1)) {
          const [, e, p, g] = row;
          if (typeof e === "number" && typeof p === "number") {
            expect(g).toBe(p - e);
            checked++;
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(500);
  });
});

describe("CX.KANO, CX.NPS and CX.CSAT on arbitrary and plausible ranges spill finite numbers, text, TRUE/FALSE and Excel errors, or throw an Excel error", () => {
  const seen = new Map<string, number>();

  function expectSpillWithFlagsOrExcelError(call: () => unknown[][], name: string): void {
    // CX.KANO's Significant column holds TRUE/FALSE; every spill has its header and at least one row
    expectSpillOrExcelError(call, seen, name, { booleans: true, minRows: 2 });
  }

  /** A Kano answer as typed: a code 1–5, an answer text, or something else entirely. */
  const kanoCell: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 1, max: 5 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom("I like it", "I expect it", "无所谓", "能忍受", "I dislike it that way"),
    },
    { weight: 2, arbitrary: anyCell },
  );
  const scoreCell: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 3, arbitrary: fc.constantFrom(null, "", "n/a", true) },
    { weight: 1, arbitrary: anyCell },
  );
  const groupCell: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("North", "north", "South", "constructor", "__proto__", 7) },
    { weight: 1, arbitrary: anyCell },
  );
  /** Two ranges of one shape (respondents × columns). */
  const paired = (first: fc.Arbitrary<unknown>, second: fc.Arbitrary<unknown>) =>
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 })).chain(([rows, columns]) => {
      const grid = (cell: fc.Arbitrary<unknown>) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        });
      return fc.tuple(grid(first), grid(second));
    });
  const settings = { numRuns: 400 };

  test("CX.KANO, any arguments", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, anyArgument, (f, d, l, s, t) =>
        expectSpillWithFlagsOrExcelError(() => kano(f as never, d as never, l as never, s, t), "CX.KANO"),
      ),
      settings,
    );
  });

  test("CX.KANO, plausible answers", () => {
    assertProperty(
      fc.property(
        paired(kanoCell, kanoCell),
        optional(fc.constantFrom(3, 5, [[5]])),
        optional(fc.double()),
        ([f, d], s, t) =>
          expectSpillWithFlagsOrExcelError(() => kano(f, d, undefined, s, t), "CX.KANO plausible"),
      ),
      settings,
    );
  });

  test("CX.NPS, any arguments", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, (s, g, c) =>
        expectSpillWithFlagsOrExcelError(() => nps(s as never, g as never, c), "CX.NPS"),
      ),
      settings,
    );
  });

  test("CX.NPS, plausible scores by group", () => {
    assertProperty(
      fc.property(
        paired(scoreCell, groupCell),
        fc.boolean(),
        optional(fc.double({ min: 0, max: 1 })),
        ([s, g], grouped, c) =>
          expectSpillWithFlagsOrExcelError(() => nps(s, grouped ? g : undefined, c), "CX.NPS plausible"),
      ),
      settings,
    );
  });

  test("CX.CSAT, any arguments", () => {
    assertProperty(
      fc.property(anyArgument, anyArgument, anyArgument, anyArgument, anyArgument, (s, b, t, g, c) =>
        expectSpillWithFlagsOrExcelError(() => csat(s as never, b, t, g as never, c), "CX.CSAT"),
      ),
      settings,
    );
  });

  test("CX.CSAT, plausible scores by group", () => {
    assertProperty(
      fc.property(
        paired(scoreCell, groupCell),
        optional(fc.integer({ min: 1, max: 4 })),
        optional(fc.constantFrom(5, 7, 10, 100, 3)),
        ([s, g], box, top) =>
          expectSpillWithFlagsOrExcelError(() => csat(s, box, top, g), "CX.CSAT plausible"),
      ),
      settings,
    );
  });

  afterAll(() => {
    for (const name of ["CX.KANO plausible", "CX.NPS plausible", "CX.CSAT plausible"]) {
      expect({ name, spills: seen.get(name) ?? 0 }).toEqual({ name, spills: expect.any(Number) });
      expect(seen.get(name) ?? 0).toBeGreaterThan(40);
    }
  });
});
