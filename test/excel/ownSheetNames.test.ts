import { resultLabels } from "../../src/excel";
import { isSummarySheetName, SUMMARY_SHEET_BASE_NAMES } from "../../src/excel/ownSheetNames";

describe("the summary sheet's names", () => {
  it("are the names the results labels give it, in both languages", () => {
    expect([...SUMMARY_SHEET_BASE_NAMES]).toEqual([
      resultLabels("en").summary.sheetName,
      resultLabels("zh-CN").summary.sheetName,
    ]);
  });

  it.each([
    ["CX Gap summary", true],
    ["cx gap SUMMARY", true], // Excel compares sheet names without regard to case
    ["CX Gap summary 12", true],
    ["CX Gap 摘要 2", true],
    ["CX Gap summary 2b", false],
    ["CX Gap summary for the board", false],
    ["Board pack", false],
    ["CX Gap summary2", false],
  ])("%s bears a summary sheet's name: %s", (name, expected) => {
    expect(isSummarySheetName(name)).toBe(expected);
  });
});
