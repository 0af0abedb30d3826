import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import type { WriteReport } from "../../src/excel/types";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import type { FakeCell, FakeSheet } from "../doubles/fakeWorkbook";
import sample from "../fixtures/store-survey-40.json";
import { sampleRawSurvey } from "../taskpane/sampleSurvey";

/*
 * The summary, action plan and details sheets written through the real gateway to the recording fake, seeded
 * with the README's sample survey (a copy: test/fixtures/store-survey-40.json). Expected figures:
 * test/fixtures/store_survey_reference.py (NumPy 2.4, SciPy 1.17).
 */

const rowsOf = (change?: (row: FakeCell[]) => FakeCell[]): FakeCell[][] => [
  sample.headers,
  ...sample.rows.map((row) => {
    const cells = row.map((cell) => cell ?? "") as FakeCell[];
    return change ? change(cells) : cells;
  }),
];
const SELECTION = `Survey!A1:BR${sample.rows.length + 1}`;

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

async function write(fake: FakeOffice, language = "en-US"): Promise<WriteReport> {
  const gateway = createExcelGateway();
  const survey = await gateway.readSurvey({ source: { sheetName: "Survey", address: SELECTION.slice(7) } });
  const settings = defaultSettings(survey, detectColumnRoles(survey));
  const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels(language), survey);
  const before = fake.state.syncCount;
  const report = await gateway.writeResults(plan, { replaceExisting: true });
  expect(fake.state.syncCount - before).toBe(report.syncs);
  return report;
}

/** the sheet's cells as text rows, for reading */
function textRows(sheet: FakeSheet, rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => String(sheet.cellAt(r, c))),
  );
}

describe("the summary sheet", () => {
  it("names the worst items and the store where each is worst (store_survey_reference.py)", async () => {
    office = installFakeOffice(globalThis, {
      sheets: [{ name: "Survey", rows: rowsOf() }],
      selection: SELECTION,
    });
    const report = await write(office);
    expect(report.summarySheetName).toBe("CX Gap summary");
    const summary = office.state.sheet("CX Gap summary")!;
    const cells = textRows(summary, 30, 9);
    const header = cells.findIndex((row) => row[0] === "Rank");
    expect(cells[header]).toEqual([
      "Rank",
      "Item",
      "Priority",
      "Dimension",
      "Below expectation by",
      "Customers below expectation",
      "Importance",
      "Worst 门店 Store",
      "Gap there",
    ]);
    // priority order 6, 8, 7, 9, 5: importance × shortfall 12.62625, 12.48, 12.4038…, 11.397…, 10.9225; the
    // survey's headers are bare codes (E6, P6…), so the items read as the standard SERVQUAL statements' short names
    expect(cells.slice(header + 1, header + 6).map((row) => row[1])).toEqual([
      "Sincere problem solving",
      "Service on time",
      "Right the first time",
      "Error-free records",
      "Keeps promises",
    ]);
    const first = header + 1;
    expect(summary.cellAt(first, 2)).toBeCloseTo(12.62625, 12);
    expect(summary.cellAt(first, 4)).toBeCloseTo(1.95, 12);
    expect(summary.cellAt(first, 5)).toBeCloseTo(0.85, 14);
    expect(summary.cellAt(first, 6)).toBeCloseTo(6.475, 12);
    expect(summary.cellAt(first, 7)).toBe("Online 线上");
    expect(summary.cellAt(first, 8)).toBeCloseTo(-2.84615384615385, 12);
    // what priority means, once, in words; one sentence per SERVQUAL dimension
    expect(cells.filter((row) => row[0]!.startsWith("Priority = "))).toHaveLength(1);
    expect(
      cells.filter((row) => /^(Tangibles|Reliability|Responsiveness|Assurance|Empathy): /.test(row[0]!)),
    ).toHaveLength(5);
    // the ranked priority chart, first at the top, on the first screen (rows 1–30, columns A–J)
    const chart = office.state.charts.find((c) => c.sheet === "CX Gap summary");
    expect(chart).toMatchObject({ type: "BarClustered" });
    // its one series given explicitly (ranks' items as categories, priorities as values), not inferred from cells
    expect(chart?.series[0]).toMatchObject({
      values: `C${first + 1}:C${first + 5}`,
      xValues: `B${first + 1}:B${first + 5}`,
    });
    expect(chart?.axes?.category?.reversed).toBe(true);
    expect(chart?.series[0]?.hasDataLabels).toBe(true);
    const end = /^[A-J](\d+)$/.exec(chart?.position?.[1] ?? "");
    expect(Number(end?.[1])).toBeLessThanOrEqual(31);
  });
});

describe("the action plan sheet", () => {
  const OWNER = 7;
  const DUE = 8;
  const STATUS = 9;
  const NOTES = 10;

  it("keeps what the manager typed over a refresh, and the rows of items that left the list", async () => {
    office = installFakeOffice(globalThis, {
      sheets: [
        { name: "Survey", rows: rowsOf() },
        { name: "Action plan", rows: [["a stranger's sheet"]] },
      ],
      selection: SELECTION,
    });
    const first = await write(office);
    // a same-named sheet the add-in cannot prove is its own is never touched
    expect(first.actionPlanSheetName).toBe("Action plan 2");
    expect(office.state.sheet("Action plan")?.cellAt(0, 0)).toBe("a stranger's sheet");
    const plan = office.state.sheet("Action plan 2")!;
    const header = textRows(plan, 10, 11).findIndex((row) => row[0] === "Item key");
    expect(textRows(plan, header + 1, 12)[header]).toEqual([
      "Item key",
      "Item",
      "Dimension",
      "Priority rank",
      "Gap today",
      "Target gap",
      "Target experience (= expectation)",
      "Owner",
      "Due date",
      "Status",
      "Notes",
      "Why",
    ]);
    const keys = [1, 2, 3, 4, 5].map((i) => plan.cellAt(header + i, 0));
    expect(keys).toEqual(["6", "8", "7", "9", "5"]);

    // the manager types into the rows of items 6 and 9, and a row of their own below the plan
    const type = (r: number, c: number, value: FakeCell): void => void plan.written.set(`${r},${c}`, value);
    type(header + 1, OWNER, "Li Wei");
    type(header + 1, DUE, 46174); // 2026-06-01
    type(header + 1, STATUS, "In progress");
    type(header + 1, NOTES, "+86 script for the hotline");
    type(header + 4, OWNER, "Zhang Min");
    type(header + 7, NOTES, "Check the online returns page");

    // the next wave: item 6 now meets expectations online and in the stores (P = E), so it leaves the list
    const p6 = sample.headers.indexOf("P6");
    const e6 = sample.headers.indexOf("E6");
    office.state.sheet("Survey")!.seed!.cell = (
      (rows) => (r: number, c: number) =>
        rows[r]?.[c] ?? ""
    )(rowsOf((row) => row.map((cell, c) => (c === p6 ? row[e6]! : cell))));
    const refresh = await write(office);
    expect(refresh.syncs).toBe(4);
    expect(refresh.actionPlanSheetName).toBe("Action plan 2");
    expect(refresh.actionPlanRowsKept).toBe(3);

    const rows = textRows(plan, header + 10, 11).slice(header + 1);
    const byKey = (key: string): string[] | undefined => rows.find((row) => row[0] === key);
    // item 9 is still listed, with what was typed
    expect(byKey("9")?.[OWNER]).toBe("Zhang Min");
    // item 6 left the list: its row stays, marked, with every typed cell
    expect(byKey("6")?.slice(3, 4)).toEqual(["No longer in the fix-first list"]);
    expect(byKey("6")?.slice(OWNER)).toEqual([
      "Li Wei",
      "46174",
      "In progress",
      "+86 script for the hotline",
    ]);
    expect(byKey("6")?.[4]).toBe("0");
    // the manager's own row (no item key) is kept
    expect(rows.some((row) => row[NOTES] === "Check the online returns page")).toBe(true);
    // typed text is stored as text, never as a formula
    expect([...plan.formulas.keys()]).toEqual([]);
    // the new fifth item (10, priority 9.83125) joins the list
    expect(rows.slice(0, 5).map((row) => row[0])).toEqual(["8", "7", "9", "5", "10"]);
  });

  it("writes only on sheets the add-in owns, and reads the plan back in Chinese too", async () => {
    office = installFakeOffice(globalThis, {
      sheets: [{ name: "Survey", rows: rowsOf() }],
      selection: SELECTION,
    });
    const first = await write(office);
    const plan = office.state.sheet("Action plan")!;
    plan.written.set("4,7", "王芳");
    const writesBefore = office.state.writes.length;
    const report = await write(office, "zh-CN");
    expect(report.summarySheetName).toBe("CX Gap 摘要");
    expect(report.actionPlanSheetName).toBe("Action plan");
    expect(plan.cellAt(4, 7)).toBe("王芳");
    expect(plan.cellAt(3, 7)).toBe("负责人");
    const own = new Set(
      ["settings", report.sheetName, report.summarySheetName, report.actionPlanSheetName].map(String),
    );
    const earlier = new Set([first.sheetName, first.summarySheetName].map(String));
    for (const w of office.state.writes.slice(writesBefore)) {
      // the only sheets deleted are the add-in's own earlier summary and details
      if (w.kind === "deleteSheet") expect(earlier.has(w.sheet)).toBe(true);
      else expect(own.has(w.kind === "setting" ? "settings" : w.sheet)).toBe(true);
    }
  });
});

describe("the summary's first screen with every optional block", () => {
  it("keeps the priority chart within rows 1–31 and puts the Kano and change-over-time lines under it", () => {
    // the README's sample with its Kano pairs, recommend question and wave column (test/e2e/sample-survey.json)
    const survey = sampleRawSurvey();
    const settings = defaultSettings(survey, detectColumnRoles(survey));
    const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels("en-US"), survey);
    const summary = plan.summary!;
    const chart = summary.charts[0]!;
    const [, lastRow] = /:[A-Z]+(\d+)$/.exec(chart.position ?? "") ?? [];
    // one screen at 1366 × 768 with the pane open shows about 31 rows (issue 8)
    expect(Number(lastRow)).toBeLessThanOrEqual(31);
    const headingRow = (text: string): number => {
      const block = summary.blocks.find((b) => {
        const cell = b.cells[0]?.[0];
        return cell !== null && typeof cell === "object" && "text" in cell && cell.text.startsWith(text);
      });
      return Number(/^[A-Z]+(\d+)/.exec(block?.address ?? "")?.[1]);
    };
    expect(headingRow("By dimension")).toBeLessThan(Number(lastRow));
    expect(headingRow("Kinds of expectation (Kano)")).toBeGreaterThan(Number(lastRow));
    expect(headingRow("What changed from 2026Q1 to 2026Q2")).toBeGreaterThan(Number(lastRow));
  });
});
