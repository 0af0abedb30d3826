import { detectColumnRoles, readHeader } from "../../src/survey";
import type { Cell } from "../../src/survey";
import { servqualSurvey, STORE_SURVEY } from "./fixtures";

const rolesOf = (headers: string[], rows: Cell[][]) =>
  detectColumnRoles({ headers, rows }).columns.map((c) => [c.role, c.item]);

describe("readHeader", () => {
  it.each([
    ["E1", "expectation", "1"],
    ["P22", "perception", "22"],
    ["e_01", "expectation", "1"],
    ["P-3", "perception", "3"],
    ["Exp_Speed", "expectation", "speed"],
    ["Perc_Speed", "perception", "speed"],
    ["Speed_Exp", "expectation", "speed"],
    ["Exp1", "expectation", "1"],
    ["Staff (E)", "expectation", "staff"],
    ["Staff（P）", "perception", "staff"],
    ["Q1_E", "expectation", "1"],
    ["Q1 P", "perception", "1"],
    ["Expectation 4", "expectation", "4"],
    ["Perception 4", "perception", "4"],
    ["Price experience", "perception", "price"],
    ["Importance_Q4", "importance", "4"],
    ["Imp_Speed", "importance", "speed"],
    ["期望1", "expectation", "1"],
    ["感知1", "perception", "1"],
    ["体验_服务速度", "perception", "服务速度"],
    ["服务速度期望", "expectation", "服务速度"],
    ["重要性1", "importance", "1"],
    ["第3题 期望", "expectation", "3"],
    // a letter code and a role word together (mixed-language questionnaires)
    ["E1 期望", "expectation", "1"],
    ["P1 感知", "perception", "1"],
    ["I3 重要性", "importance", "3"],
    ["E12 Expectation", "expectation", "12"],
    ["P_07 体验", "perception", "7"],
  ])("%s → %s item %s", (header, role, item) => {
    expect(readHeader(header)).toEqual({ role, item });
  });

  it("pairs 'E1 期望' with 'P1 感知' by item", () => {
    const layout = detectColumnRoles({
      headers: ["E1 期望", "P1 感知", "E2 期望", "P2 感知"],
      rows: [
        [5, 4, 6, 6],
        [6, 5, 7, 5],
      ],
    });
    expect(layout.pairs.map((pair) => [pair.item, pair.expectationColumn, pair.perceptionColumn])).toEqual([
      ["1", 0, 1],
      ["2", 2, 3],
    ]);
  });

  it.each([
    ["Overall satisfaction", "overall"],
    ["总体满意度", "overall"],
    ["满意度", "overall"],
    ["ID", "respondentId"],
    ["Respondent", "respondentId"],
    ["编号", "respondentId"],
    ["Store", "segment"],
    ["Region", "segment"],
    ["门店", "segment"],
    ["地区", "segment"],
    ["Comments", undefined],
  ])("%s → %s", (header, role) => {
    expect(readHeader(header).role).toBe(role);
  });
});

describe("detectColumnRoles", () => {
  it("pairs three header styles, finds id, segment, importance and overall", () => {
    const layout = detectColumnRoles(STORE_SURVEY);
    expect(layout.columns.map((c) => c.role)).toEqual([
      "respondentId",
      "segment",
      "expectation",
      "perception",
      "importance",
      "expectation",
      "perception",
      "importance",
      "expectation",
      "perception",
      "importance",
      "overall",
    ]);
    expect(layout.pairs).toEqual([
      { item: "speed", expectationColumn: 2, perceptionColumn: 3, importanceColumn: 4 },
      { item: "staff", expectationColumn: 5, perceptionColumn: 6, importanceColumn: 7 },
      { item: "price", expectationColumn: 8, perceptionColumn: 9, importanceColumn: 10 },
    ]);
    expect(layout.scale).toEqual({ bottom: 1, top: 5 });
    expect(layout.suggestedFramework).toBe("experienceContents");
    expect(layout.problems).toEqual([
      { code: "nonNumericAnswers", severity: "warning", column: 8, header: "Price expectation", count: 1 },
    ]);
  });

  it("recognises the SERVQUAL-22 layout", () => {
    const layout = detectColumnRoles(servqualSurvey(12));
    expect(layout.pairs).toHaveLength(22);
    expect(layout.pairs[21]).toEqual({ item: "22", expectationColumn: 22, perceptionColumn: 44 });
    expect(layout.suggestedFramework).toBe("servqual22");
    expect(layout.columns[0]?.role).toBe("respondentId");
  });

  it("reads Chinese headers", () => {
    const headers = ["编号", "门店", "期望1", "感知1", "重要性1", "期望2", "体验2", "总体满意度"];
    const rows: Cell[][] = [
      [1, "北京", 5, 4, 5, 4, 4, 4],
      [2, "上海", 4, 4, 3, 5, 3, 3],
      [3, "北京", 3, 5, 4, 4, 4, 5],
    ];
    expect(rolesOf(headers, rows)).toEqual([
      ["respondentId", undefined],
      ["segment", undefined],
      ["expectation", "1"],
      ["perception", "1"],
      ["importance", "1"],
      ["expectation", "2"],
      ["perception", "2"],
      ["overall", undefined],
    ]);
  });

  it("ignores a repeated header and says so", () => {
    const layout = detectColumnRoles({
      headers: ["E1", "P1", "E1"],
      rows: [
        [4, 5, 3],
        [3, 3, 2],
      ],
    });
    expect(layout.columns.map((c) => c.role)).toEqual(["expectation", "perception", "ignore"]);
    expect(layout.problems).toContainEqual({
      code: "duplicateHeader",
      severity: "warning",
      column: 2,
      header: "E1",
    });
    expect(layout.pairs).toHaveLength(1);
  });

  it("reports an expectation column without its perception", () => {
    const layout = detectColumnRoles({ headers: ["E1", "P1", "E2"], rows: [[4, 5, 3]] });
    expect(layout.problems).toContainEqual({
      code: "unpairedColumn",
      severity: "warning",
      column: 2,
      header: "E2",
      item: "2",
    });
  });

  it("says when nothing pairs", () => {
    const layout = detectColumnRoles({ headers: ["Name", "Comment"], rows: [["a", "x"]] });
    expect(layout.pairs).toEqual([]);
    expect(layout.problems).toContainEqual({ code: "noPairs", severity: "error" });
  });

  it("takes unlabeled repeated text as a segment and free text as ignore", () => {
    const rows: Cell[][] = Array.from({ length: 12 }, (_, r) => [
      r % 2 ? "North" : "South",
      `comment ${r}`,
      3,
      4,
    ]);
    expect(rolesOf(["", "Notes", "E1", "P1"], rows).map(([role]) => role)).toEqual([
      "segment",
      "ignore",
      "expectation",
      "perception",
    ]);
  });

  it("takes unique integers without a header as respondent ids, answers are not ids", () => {
    const rows: Cell[][] = Array.from({ length: 12 }, (_, r) => [1000 + r, (r % 5) + 1, ((r + 2) % 5) + 1]);
    expect(rolesOf(["Key", "E1", "P1"], rows).map(([role]) => role)).toEqual([
      "respondentId",
      "expectation",
      "perception",
    ]);
  });

  it.each([
    [[1, 7, 3], { bottom: 1, top: 7 }],
    [[0, 10, 6], { bottom: 0, top: 10 }],
    [[2, 4, 5], { bottom: 1, top: 5 }],
    [[10, 85, 60], { bottom: 1, top: 100 }],
  ])("detects the scale of %j", (values, scale) => {
    const rows: Cell[][] = values.map((v) => [v, v]);
    expect(detectColumnRoles({ headers: ["E1", "P1"], rows }).scale).toEqual(scale);
  });

  it("counts answers given as numeric text as numbers and other text as not numeric", () => {
    const layout = detectColumnRoles({
      headers: ["E1", "P1"],
      rows: [
        [" 4 ", 5],
        ["TRUE", 3],
        [true, 2],
      ],
    });
    expect(layout.problems).toContainEqual({
      code: "nonNumericAnswers",
      severity: "warning",
      column: 0,
      header: "E1",
      count: 2,
    });
  });
});

describe("the recommend question (NPS), in English and Chinese", () => {
  it.each([
    "NPS",
    "NPS score",
    "Likelihood to recommend",
    "How likely are you to recommend us to a friend? (0-10)",
    "Would recommend",
    "推荐",
    "推荐意愿",
    "向朋友推荐的可能性（0–10）",
    "净推荐值 NPS",
    "推薦意願",
    "Q30 推荐可能性",
  ])("%s → recommend", (header) => {
    expect(readHeader(header)).toEqual({ role: "recommend" });
  });

  it.each(["Snapshot", "Overall satisfaction", "总体满意度", "P5 Keeps promises"])(
    "%s is not the recommend question",
    (header) => {
      expect(readHeader(header).role).not.toBe("recommend");
    },
  );

  it("takes the first recommend column and leaves a second one to the manager", () => {
    const headers = ["ID", "E1", "P1", "总体满意度", "推荐意愿", "Recommend to colleagues"];
    const rows = [
      [1, 4, 5, 6, 9, 8],
      [2, 3, 3, 5, 6, 7],
    ];
    expect(rolesOf(headers, rows).map(([role]) => role)).toEqual([
      "respondentId",
      "expectation",
      "perception",
      "overall",
      "recommend",
      "ignore",
    ]);
  });

  it("reports text in the recommend column", () => {
    const layout = detectColumnRoles({
      headers: ["E1", "P1", "NPS"],
      rows: [
        [4, 5, "n/a"],
        [3, 3, 9],
      ],
    });
    expect(layout.problems).toContainEqual({
      code: "nonNumericAnswers",
      severity: "warning",
      column: 2,
      header: "NPS",
      count: 1,
    });
  });
});
