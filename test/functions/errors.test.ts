import { gap, ipa, keyexp, servqual } from "../../src/functions/functions";
import type { ExcelFunctionError } from "../../src/functions/excelError";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

/*
 * One case per error the functions can return: the Excel code, and a message that names the
 * argument (or the item/dimension) at fault, in English and in Chinese.
 */
const survey = [
  [4, 5, 3],
  [3, 4, 5],
];
const servqual22 = Array.from({ length: 3 }, (_, r) =>
  Array.from({ length: 22 }, (_, c) => ((r + c) % 5) + 1),
);
const fiveItems = [
  [4, 5, 3, 2, 4],
  [3, 4, 5, 5, 4],
];
const fiveDimensions = [["A", "B", "C", "D", "E"]];

interface ErrorCase {
  name: string;
  /** Returns the error: thrown, or found in a result cell. */
  error: () => ExcelFunctionError;
  code: string;
  /** Text the message must contain in both languages (an argument name, a number). */
  names: string;
}

const thrown = (call: () => unknown) => () => thrownBy(call);
const inCell = (call: () => unknown[][], row: number, column: number) => () => errorIn(call()[row]![column]);

const cases: ErrorCase[] = [
  {
    name: "an error cell keeps its code",
    error: thrown(() => gap([[1, errorCell("#N/A")]], [[1, 2]])),
    code: "#N/A",
    names: "experience",
  },
  {
    name: "an error text such as #DIV/0! is that error",
    error: thrown(() => gap([[1, 2]], [["#DIV/0!", 2]])),
    code: "#DIV/0!",
    names: "expectation",
  },
  {
    name: "#REF! and other errors become #VALUE!",
    error: thrown(() => gap([[1, errorCell("#REF!")]], [[1, 2]])),
    code: "#VALUE!",
    names: "#REF!",
  },
  {
    name: "an infinite number",
    error: thrown(() => gap([[1, Infinity]], [[1, 2]])),
    code: "#NUM!",
    names: "experience",
  },
  {
    name: "not a range",
    error: thrown(() => gap({ rows: 1 } as never, survey)),
    code: "#VALUE!",
    names: "experience",
  },
  { name: "an empty range", error: thrown(() => gap(survey, [])), code: "#VALUE!", names: "expectation" },
  {
    name: "a ragged range",
    error: thrown(() => gap([[1, 2], [3]], survey)),
    code: "#VALUE!",
    names: "experience",
  },
  {
    name: "paired ranges that do not line up",
    error: thrown(() =>
      gap(survey, [
        [1, 2],
        [3, 4],
      ]),
    ),
    code: "#VALUE!",
    names: "expectation",
  },
  {
    name: "an item without pairs",
    error: inCell(() => gap([[1, null]], [[1, 2]]), 0, 1),
    code: "#VALUE!",
    names: "2",
  },
  {
    name: "a statistic from one pair",
    error: inCell(
      () =>
        gap(
          [
            [1, 2],
            [2, ""],
          ],
          [
            [1, 2],
            [3, 4],
          ],
          true,
        ),
      2,
      2,
    ),
    code: "#VALUE!",
    names: "2",
  },
  {
    name: "t with a zero spread",
    error: inCell(() => gap([[2], [3]], [[1], [2]], true), 5, 1),
    code: "#DIV/0!",
    names: "1",
  },
  {
    name: "statistics from summaries",
    error: inCell(() => gap([[1, 2]], [[2, 2]], true), 2, 1),
    code: "#N/A",
    names: "expectation",
  },
  {
    name: "stats neither TRUE nor FALSE",
    error: thrown(() => gap(survey, survey, "maybe" as never)),
    code: "#VALUE!",
    names: "stats",
  },
  {
    name: "a per-item value missing",
    error: thrown(() => keyexp([[5, "", 3]], [[1, 2, 3]])),
    code: "#VALUE!",
    names: "importance",
  },
  {
    name: "a respondent column without numbers",
    error: thrown(() =>
      ipa(survey, [
        [1, "", 3],
        [2, "x", 3],
      ]),
    ),
    code: "#VALUE!",
    names: "performance",
  },
  {
    name: "importance and performance of different lengths",
    error: thrown(() => keyexp([[5, 4]], [[1, 2, 3]])),
    code: "#VALUE!",
    names: "importance",
  },
  {
    name: "labels neither a row nor a column",
    error: thrown(() =>
      ipa(
        [[1, 2, 3, 4]],
        [[1, 2, 3, 4]],
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ),
    ),
    code: "#VALUE!",
    names: "labels",
  },
  {
    name: "too few labels",
    error: thrown(() => keyexp([[1, 2, 3]], [[1, 2, 3]], [["a", "b"]])),
    code: "#VALUE!",
    names: "labels",
  },
  {
    name: "an error cell in labels",
    error: thrown(() => keyexp([[1, 2]], [[1, 2]], [["a", errorCell("#N/A")]])),
    code: "#N/A",
    names: "labels",
  },
  {
    name: "SERVQUAL without dimensions for 5 columns",
    error: thrown(() => servqual(fiveItems, fiveItems)),
    code: "#VALUE!",
    names: "dimensions",
  },
  {
    name: "a blank dimension label",
    error: thrown(() => servqual(fiveItems, fiveItems, [["A", "B", "", "D", "E"]])),
    code: "#VALUE!",
    names: "dimensions",
  },
  {
    name: "a dimension without pairs",
    error: thrown(() =>
      servqual(
        [
          [1, ""],
          [2, null],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        [["A", "B"]],
      ),
    ),
    code: "#VALUE!",
    names: "B",
  },
  {
    name: "weights of the wrong width",
    error: thrown(() => servqual(fiveItems, fiveItems, fiveDimensions, [[1, 2, 3]])),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "weights with the wrong number of rows",
    error: thrown(() =>
      servqual(servqual22, servqual22, undefined, [
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 5],
      ]),
    ),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "a blank shared weight",
    error: thrown(() => servqual(fiveItems, fiveItems, fiveDimensions, [[20, 20, "", 20, 20]])),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "a negative shared weight",
    error: thrown(() => servqual(fiveItems, fiveItems, fiveDimensions, [[20, 20, -5, 20, 20]])),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "a negative weight of one respondent",
    error: thrown(() =>
      servqual(fiveItems, fiveItems, fiveDimensions, [
        [20, 20, 20, 20, 20],
        [1, 1, 1, -1, 1],
      ]),
    ),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "weights adding up to 0",
    error: thrown(() => servqual(fiveItems, fiveItems, fiveDimensions, [[0, 0, 0, 0, 0]])),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "one respondent giving every dimension 0 points",
    error: thrown(() =>
      servqual(fiveItems, fiveItems, fiveDimensions, [
        [20, 20, 20, 20, 20],
        [0, 0, 0, 0, 0],
      ]),
    ),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "per-respondent weights that no respondent can carry",
    error: thrown(() =>
      servqual(fiveItems, fiveItems, fiveDimensions, [
        [20, 20, "", 20, 20],
        [20, null, 20, 20, 20],
      ]),
    ),
    code: "#VALUE!",
    names: "weights",
  },
  {
    name: "reference that is text",
    error: thrown(() => keyexp([[1, 2]], [[1, 2]], undefined, [["top"]])),
    code: "#VALUE!",
    names: "reference",
  },
  {
    name: "reference below the data",
    error: thrown(() => keyexp([[1, 2]], [[4, 6]], undefined, [[5]])),
    code: "#VALUE!",
    names: "reference",
  },
  {
    name: "expectations of the wrong count",
    error: thrown(() => keyexp([[1, 2]], [[4, 6]], undefined, [[5, 6, 7]])),
    code: "#VALUE!",
    names: "reference",
  },
  {
    name: "no known scale for KEYEXP",
    error: thrown(() => keyexp([[1, 2]], [[40, 160]])),
    code: "#VALUE!",
    names: "performance",
  },
  {
    name: "no known scale for the IPA scale crosshair",
    error: thrown(() => ipa([[1, 250]], [[4, 6]], undefined, [["scale"]])),
    code: "#VALUE!",
    names: "importance",
  },
  {
    name: "an unknown crosshair",
    error: thrown(() => ipa([[1, 2]], [[4, 6]], undefined, [["middle"]])),
    code: "#VALUE!",
    names: "crosshair",
  },
  {
    name: "numbers too large to subtract, in the item's own cell",
    error: inCell(() => gap([[1.7e308], [1e308]], [[-1.7e308], [0]]), 0, 0),
    code: "#VALUE!",
    names: "experience",
  },
];

describe.each(cases)("$name", ({ error, code, names }) => {
  test(`is ${code}, and the English message names ${names}`, () => {
    const english = error();
    expect(english.code).toBe(code);
    expect(english.message).toContain(names);
    expect(english.message).toMatch(/^[\x20-\x7e×−“”]+$/);
  });

  test(`is ${code} in Chinese too, naming ${names}`, () => {
    const chinese = inLanguage("zh-CN", error);
    expect(chinese.code).toBe(code);
    expect(chinese.message).toContain(names);
    if (code === "#VALUE!" || code === "#N/A") {
      expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
      // no English sentence left inside (argument names and the words "mean", "median" are fine)
      expect(chinese.message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i);
    }
  });
});
