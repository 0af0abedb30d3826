import { csat } from "../../src/functions/functions";
import { errorCell, inLanguage, thrownBy } from "./helpers";

// Satisfaction on a 1–5 scale, one row per respondent, with the channel; blanks, text and TRUE are missing
// answers; "Online", "online" and "ONLINE" are one channel.
const scores = [5, 4, "", 3, 5, 2, 4, "n/a", 5, 1, 4, 5, true, 3, 4, 5].map((s) => [s]);
const channels = ["Online", "Store", "Store", "online", "Store", "Online", "Phone", "Store", "Phone", "Phone", "ONLINE",
  "Store", "Phone", "Online", "Store", "Phone"].map((s) => [s]); // prettier-ignore

function expectRow(actual: unknown[], expected: Array<string | number>): void {
  expect(actual.slice(0, 3)).toEqual(expected.slice(0, 3));
  expected.slice(3).forEach((value, i) => expect(actual[i + 3] as number).toBeCloseTo(value as number, 14));
}

describe("CX.CSAT", () => {
  test("published check: 18 of 20 → Wilson [0.6989663547715128, 0.972133518786232] (the JSDoc example)", () => {
    const answers = [...Array(9).fill(5), ...Array(9).fill(4), 3, 2].map((s) => [s]);
    const result = csat(answers);
    expect(result[0]).toEqual(["Group", "n", "Satisfied", "CSAT", "CI low", "CI high"]);
    expect(result[1]!.slice(0, 4)).toEqual(["All", 20, 18, 0.9]);
    expect(Number((result[1]![4] as number).toPrecision(15))).toBe(0.698966354771513);
    expect(Number((result[1]![5] as number).toPrecision(15))).toBe(0.972133518786232);
  });

  // R 4.2.2: prop.test(sum(x >= 4), length(x), correct = FALSE)$conf.int per channel
  test("by channel, then All, against R's prop.test(x, n, correct = FALSE)", () => {
    const result = csat(scores, undefined, undefined, channels);
    expect(result).toHaveLength(5);
    expectRow(result[1]!, ["Online", 5, 2, 0.4, 0.11762077423264794, 0.76927571872398703]);
    expectRow(result[2]!, ["Store", 4, 4, 1, 0.51010916354540281, 1]);
    expectRow(result[3]!, ["Phone", 4, 3, 0.75, 0.30064184258240201, 0.95441273919029945]);
    expectRow(result[4]!, ["All", 13, 9, 0.69230769230769229, 0.42369343180549041, 0.87319296344289477]);
  });

  test("top_box 3 of an inferred 7-point scale (5–7 satisfied), 90 % interval (R prop.test)", () => {
    const result = csat([[7, 6, 5, 4, 7, 3, 6, 2, 1, 5]], 3, undefined, undefined, 0.9);
    expectRow(result[1]!, ["All", 10, 6, 0.6, 0.35163859786012186, 0.80577300812319652]);
  });

  test("scale_top given: on a 0–10 scale the top 2 boxes are 9 and 10", () => {
    const result = csat([[10], [9], [8], [5], [""]], 2, 10);
    expect(result[1]!.slice(0, 4)).toEqual(["All", 4, 2, 0.5]);
    // inferred from these answers, the top would be 10 as well
    expect(csat([[10], [9], [8], [5]])[1]!.slice(0, 4)).toEqual(["All", 4, 2, 0.5]);
  });

  test("group labels constructor and __proto__ work; numbers as labels read as displayed", () => {
    const result = csat([[5], [1], [4], [5]], null, null, [["__proto__"], ["constructor"], [2024], ["2024"]]);
    expect(result.map((row) => row.slice(0, 3))).toEqual([
      ["Group", "n", "Satisfied"],
      ["__proto__", 1, 1],
      ["constructor", 1, 0],
      ["2024", 2, 2],
      ["All", 4, 3],
    ]);
  });

  test("in Chinese", () => {
    const result = inLanguage("zh-CN", () => csat(scores, undefined, undefined, channels));
    expect(result[0]).toEqual(["组别", "样本量", "满意人数", "CSAT", "置信下限", "置信上限"]);
    expect(result[4]![0]).toBe("全部");
  });

  test("errors: answers off any known scale, scale_top below an answer, an error cell", () => {
    expect(thrownBy(() => csat([[3], [140]])).message).toContain("scale_top");
    expect(thrownBy(() => csat([[3], [6]], 2, 5)).message).toBe(
      "scale_top must be the top of the answer scale, at least 6.",
    );
    expect(thrownBy(() => csat([[3], [errorCell("#N/A")]])).code).toBe("#N/A");
  });
});
