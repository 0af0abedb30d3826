import { asExcelShows } from "../../src/core/asExcelShows";
import { parseAddress } from "../../src/excel/a1";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import type { WriteReport } from "../../src/excel/types";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { FakeCell, FakeSheet } from "../doubles/fakeWorkbook";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import reference from "../e2e/sample-kano-reference.json";
import sample from "../e2e/sample-survey.json";
import { SAMPLE_ADDRESS } from "../taskpane/sampleSurvey";

/*
 * The Kano block and the Kano rows of the action plan, written through the real gateway to the recording
 * fake from the README's sample survey. Expected figures: test/fixtures/kano_reference.py (Python 3, NumPy),
 * in test/e2e/sample-kano-reference.json.
 */

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

async function write(language: string): Promise<WriteReport> {
  office = installFakeOffice(globalThis, {
    sheets: [
      {
        name: sample.sheetName,
        rows: [sample.headers, ...sample.rows.map((r) => r.map((c) => c ?? ""))] as FakeCell[][],
      },
    ],
    selection: `'${sample.sheetName}'!${SAMPLE_ADDRESS}`,
  });
  const gateway = createExcelGateway();
  const survey = await gateway.readSurvey();
  const settings = defaultSettings(survey, detectColumnRoles(survey), language === "zh-CN" ? "zh-CN" : "en");
  const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels(language), survey);
  return gateway.writeResults(plan, { replaceExisting: false });
}

/** the row at which a column-A cell reads `text` */
function rowOf(sheet: FakeSheet, text: string, from = 0): number {
  for (let r = from; r < 400; r++) if (sheet.cellAt(r, 0) === text) return r;
  throw new Error(`${text} not found`);
}

const CATEGORY = {
  en: {
    M: "Must-be",
    O: "One-dimensional",
    A: "Attractive",
    I: "Indifferent",
    R: "Reverse",
    Q: "Questionable",
  },
  "zh-CN": { M: "必备型", O: "期望型", A: "魅力型", I: "无差异型", R: "反向型", Q: "可疑" },
};
const KIND = {
  en: { M: "Basic expectation", O: "Expected expectation", A: "Excitement expectation" },
  "zh-CN": { M: "基本期望", O: "期望期望", A: "兴奋期望" },
};

describe.each([
  ["en-US", "en", "Kano: which kind of expectation each feature is", "Feature"],
  ["zh-CN", "zh-CN", "Kano 分析：各功能属于哪种期望", "功能"],
] as const)("the Kano block (%s)", (language, names, heading, featureHeader) => {
  it("writes each feature's kind, counts, strengths, Better, Worse and Fong's verdict as the reference computes them", async () => {
    const report = await write(language);
    expect(report.syncs).toBeLessThanOrEqual(5);
    expect(report.chartsDrawn).toContain("kanoBetterWorse");
    const sheet = office!.state.sheet(report.sheetName)!;
    const header = rowOf(sheet, heading) + 1;
    expect(sheet.cellAt(header, 0)).toBe(featureHeader);
    reference.features.forEach((expected, i) => {
      const r = header + 1 + i;
      const at = (c: number): unknown => sheet.cellAt(r, c);
      const letter = expected.category as keyof (typeof CATEGORY)["en"];
      expect(at(1)).toBe(KIND[names][letter as keyof (typeof KIND)["en"]] ?? "");
      expect(at(2)).toBe(CATEGORY[names][letter]);
      expect(at(3)).toBe(expected.n);
      expect([4, 5, 6, 7, 8, 9].map(at)).toEqual(
        ["M", "O", "A", "I", "R", "Q"].map((k) => expected.counts[k as "M"]),
      );
      const shown = (c: number): number => asExcelShows(at(c) as number);
      expect(shown(10)).toBe(asExcelShows(expected.categoryStrength));
      expect(shown(11)).toBe(asExcelShows(expected.totalStrength));
      expect(shown(12)).toBe(asExcelShows(expected.better));
      expect(shown(13)).toBe(asExcelShows(expected.worse));
      expect(shown(14)).toBe(asExcelShows(Math.abs(expected.worse)));
      expect(at(15)).toBe(
        expected.significant ? (names === "en" ? "Yes" : "是") : names === "en" ? "No" : "否",
      );
    });
    // the features that are gap items name them
    expect(sheet.cellAt(header + 1, 16)).toBe(names === "en" ? "Keeps promises" : "按时兑现承诺");
    expect(sheet.cellAt(header + 4, 16)).toBe("");
  });

  it("draws Better against |Worse|, both 0–1, split at 0.5 into four named quadrants, every feature labelled", async () => {
    const report = await write(language);
    const sheet = office!.state.sheet(report.sheetName)!;
    const header = rowOf(sheet, heading) + 1;
    const chart = office!.state.charts.find(
      (c) =>
        c.sheet === report.sheetName &&
        c.type === "XYScatter" &&
        c.series[0]?.values === `M${header + 2}:M${header + 7}`,
    );
    expect(chart).toBeDefined();
    // x: the |Worse| column (O), y: the Better column (M)
    expect(chart!.series[0]).toMatchObject({ xValues: `O${header + 2}:O${header + 7}`, pointCount: 6 });
    expect(Object.values(chart!.series[0]!.pointLabels)).toEqual(
      names === "en"
        ? [
            "Keeps promises",
            "Prompt service",
            "Error-free records",
            "Birthday surprise",
            "Free Wi-Fi",
            "Personal shopper",
          ]
        : ["按时兑现承诺", "服务迅速", "记录准确无误", "生日惊喜", "免费无线网络", "私人导购"],
    );
    expect(chart!.axes?.category).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart!.axes?.value).toMatchObject({ minimum: 0, maximum: 1 });
    expect(chart!.plotVisibleOnly).toBe(false);
    const quadrants = chart!.series[3]!;
    expect(Object.values(quadrants.pointLabels)).toEqual(
      names === "en"
        ? ["Excitement (attractive)", "Expected (one-dimensional)", "Indifferent", "Basic (must-be)"]
        : ["兴奋期望（魅力型）", "期望期望（期望型）", "无差异型", "基本期望（必备型）"],
    );
    // the quadrant-name points sit in their quadrants: excitement high Better, low |Worse|
    const anchors = parseAddress(quadrants.xValues!);
    const point = (i: number): [unknown, unknown] => [
      sheet.cellAt(anchors.row + i, 1),
      sheet.cellAt(anchors.row + i, 2),
    ];
    expect([0, 1, 2, 3].map(point)).toEqual([
      [0.25, 0.9],
      [0.75, 0.9],
      [0.25, 0.1],
      [0.75, 0.1],
    ]);
  });

  it("puts unmet basic expectations first in the action plan, saying why, and surprise moments after every fix", async () => {
    const report = await write(language);
    const plan = office!.state.sheet(report.actionPlanSheetName!)!;
    const header = rowOf(plan, names === "en" ? "Item key" : "题项键");
    const rows: unknown[][] = [];
    for (let r = header + 1; plan.cellAt(r, 0) !== ""; r++)
      rows.push(Array.from({ length: 12 }, (_, c) => plan.cellAt(r, c)));
    expect(rows.map((row) => row[0])).toEqual([
      "5",
      "9",
      expect.any(String),
      expect.any(String),
      expect.any(String),
      "kano:birthday surprise 生日惊喜",
      "kano:6",
    ]);
    const why = rows.map((row) => String(row[11]));
    expect(why[0]).toMatch(
      names === "en" ? /^Basic expectation \(must-be\) below expectation/ : /^基本期望（必备型）未达到/,
    );
    expect(why[1]).toBe(why[0]);
    expect(rows.slice(2, 5).every((row) => !String(row[11]).startsWith(why[0]!.slice(0, 6)))).toBe(true);
    expect(rows.slice(5).map((row) => row[3])).toEqual(
      names === "en" ? ["Surprise moment", "Surprise moment"] : ["惊喜时刻", "惊喜时刻"],
    );
    expect(why[5]).toContain(reference.features[3]!.better.toFixed(2));
    // a surprise moment has no gap to close
    expect(rows.slice(5).map((row) => row.slice(4, 7))).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("says on the summary why the unmet basic expectations lead the fix-first list, and names the surprise moments", async () => {
    const report = await write(language);
    const summary = office!.state.sheet(report.summarySheetName!)!;
    const heading = rowOf(summary, names === "en" ? "Kinds of expectation (Kano)" : "期望类型（Kano）");
    expect(summary.cellAt(heading + 1, 0)).toBe(
      names === "en"
        ? "Keeps promises and Error-free records come first: basic expectations (must-be) below expectation. Customers take them for granted, so falling short brings complaints."
        : "按时兑现承诺、记录准确无误排在最前：属于基本期望（必备型）且低于期望。顾客视为理所当然，做不到就会抱怨。",
    );
    const better = (i: number): string => reference.features[i]!.better.toFixed(2);
    expect(summary.cellAt(heading + 2, 0)).toBe(
      names === "en"
        ? `After the fixes, candidates for a planned surprise moment: Birthday surprise (Better ${better(3)}), Personal shopper (Better ${better(5)}).`
        : `改进之后，可安排惊喜时刻的功能：生日惊喜（Better ${better(3)}）、私人导购（Better ${better(5)}）。`,
    );
  });
});
