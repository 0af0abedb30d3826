import { csat, kano, nps } from "../../src/functions/functions";
import type { ExcelFunctionError } from "../../src/functions/excelError";
import { errorCell, errorIn, inLanguage, thrownBy } from "./helpers";

/*
 * One case per error CX.KANO, CX.NPS and CX.CSAT can return: the Excel code, and a message that names the
 * argument (or the feature/group) at fault, in English and in Chinese.
 */
interface ErrorCase {
  name: string;
  /** Returns the error: thrown, or found in a result cell. */
  error: () => ExcelFunctionError;
  code: string;
  /** Text the message must contain in both languages. */
  names: string;
}

const thrown = (call: () => unknown) => () => thrownBy(call);
const inCell = (call: () => unknown[][], row: number, column: number) => () => errorIn(call()[row]![column]);
const answers = [[1], [3], [5]];

const cases: ErrorCase[] = [
  {
    name: "KANO: an empty range",
    error: thrown(() => kano([], answers)),
    code: "#VALUE!",
    names: "functional",
  },
  {
    name: "KANO: functional and dysfunctional of different sizes",
    error: thrown(() => kano(answers, [[5], [5]])),
    code: "#VALUE!",
    names: "dysfunctional",
  },
  {
    name: "KANO: an error cell",
    error: thrown(() => kano([[1], [errorCell("#DIV/0!")]], [[5], [5]])),
    code: "#DIV/0!",
    names: "functional",
  },
  {
    name: "KANO: answer_scale neither 5 nor 3",
    error: thrown(() => kano(answers, answers, undefined, 4)),
    code: "#VALUE!",
    names: "answer_scale",
  },
  {
    name: "KANO: answer_scale as text",
    error: thrown(() => kano(answers, answers, undefined, "five")),
    code: "#VALUE!",
    names: "answer_scale",
  },
  {
    name: "KANO: tie_threshold above 1",
    error: thrown(() => kano(answers, answers, undefined, undefined, 6)),
    code: "#VALUE!",
    names: "tie_threshold",
  },
  {
    name: "KANO: labels of the wrong count",
    error: thrown(() => kano(answers, answers, [["a", "b"]])),
    code: "#VALUE!",
    names: "labels",
  },
  {
    name: "KANO: a feature nobody answered on both questions",
    error: inCell(() => kano([[1, 1]], [[5, ""]], [["Wi-Fi", "Parking"]]), 2, 8),
    code: "#VALUE!",
    names: "Parking",
  },
  {
    name: "KANO: Better of a feature with only R and Q pairs",
    error: inCell(() => kano([[5], [1]], [[1], [1]], [["Lounge"]]), 1, 11),
    code: "#DIV/0!",
    names: "Lounge",
  },
  {
    name: "NPS: a score that is not a whole number from 0 to 10",
    error: thrown(() => nps([[9], [12]])),
    code: "#VALUE!",
    names: "scores",
  },
  { name: "NPS: no scores", error: thrown(() => nps([["", "n/a"]])), code: "#VALUE!", names: "scores" },
  {
    name: "NPS: groups of another size",
    error: thrown(() => nps([[9], [7]], [["A"]])),
    code: "#VALUE!",
    names: "groups",
  },
  {
    name: "NPS: an error cell in groups",
    error: thrown(() => nps([[9], [7]], [["A"], [errorCell("#N/A")]])),
    code: "#N/A",
    names: "groups",
  },
  {
    name: "NPS: confidence of 95 (a percentage)",
    error: thrown(() => nps([[9], [7]], undefined, 95)),
    code: "#VALUE!",
    names: "confidence",
  },
  {
    name: "NPS: a group without anyone else",
    error: inCell(() => nps([[9], [7]], [["Web"], ["web"]]), 1, 10),
    code: "#DIV/0!",
    names: "Web",
  },
  {
    name: "NPS: a group and the rest both without spread",
    error: inCell(() => nps([[9], [10], [3]], [["Web"], ["Web"], ["Shop"]]), 1, 10),
    code: "#DIV/0!",
    names: "Web",
  },
  { name: "CSAT: no scores", error: thrown(() => csat([[""], [true]])), code: "#VALUE!", names: "scores" },
  {
    name: "CSAT: answers on no known scale",
    error: thrown(() => csat([[-2], [4]])),
    code: "#VALUE!",
    names: "scale_top",
  },
  {
    name: "CSAT: scale_top below an answer",
    error: thrown(() => csat([[4], [7]], undefined, 5)),
    code: "#VALUE!",
    names: "scale_top",
  },
  {
    name: "CSAT: top_box not a whole number below the scale top",
    error: thrown(() => csat([[4], [5]], 5)),
    code: "#VALUE!",
    names: "top_box",
  },
  {
    name: "CSAT: top_box 1.5",
    error: thrown(() => csat([[4], [5]], 1.5)),
    code: "#VALUE!",
    names: "top_box",
  },
  {
    name: "CSAT: an infinite number",
    error: thrown(() => csat([[4], [Infinity]])),
    code: "#NUM!",
    names: "scores",
  },
  {
    name: "CSAT: confidence 0",
    error: thrown(() => csat([[4], [5]], undefined, undefined, undefined, 0)),
    code: "#VALUE!",
    names: "confidence",
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
    expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
    // no English sentence left inside (argument names and terms such as "Better" are fine)
    expect(chinese.message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i);
  });
});
