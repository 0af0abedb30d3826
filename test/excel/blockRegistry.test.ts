/** @jest-environment jsdom */
import {
  RESULT_BLOCK_KEYS,
  SURVEY_BLOCKS,
  inBlockOrder,
  analyzeSurvey,
  defaultSettings,
  detectColumnRoles,
  type AnalysisSettings,
  type RawSurvey,
  type ResultBlockKey,
} from "../../src/survey";
import { BLOCK_PLANS, blockPlanOf, type ResultBlockPlan } from "../../src/excel/blocks";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { resultLabels } from "../../src/excel/resultLabels";
import { parseAddress } from "../../src/excel/a1";
import type { ChartKind } from "../../src/excel/types";
import { REVIEW_SECTIONS } from "../../src/taskpane/blocks";
import sample from "../fixtures/store-survey-40.json";

/*
 * The block registry as a new block would use it. The expected figures of the optional block below are the
 * respondents per store counted here straight from the fixture's store column (test/fixtures/README.md).
 */

const WRITTEN_AT = new Date(2026, 11, 1, 9, 30);
const survey: RawSurvey = {
  sheetName: "Survey",
  address: `A1:BR${sample.rows.length + 1}`,
  headers: sample.headers,
  rows: sample.rows,
};

const keys = (list: ReadonlyArray<{ key: string }>): string[] => list.map((entry) => entry.key);
/** whether `part` lists some of `whole`'s keys in `whole`'s order */
const inOrderOf = (part: string[], whole: string[]): boolean =>
  part.every(
    (key, i) => whole.includes(key) && (i === 0 || whole.indexOf(part[i - 1]!) < whole.indexOf(key)),
  );

test("the excel plans and the pane's review sections follow the survey registry's blocks, in its order", () => {
  expect(keys(SURVEY_BLOCKS)).toEqual([
    "itemGaps",
    "dimensionScores",
    "journey",
    "keyExperiences",
    "priorityMatrix",
    "kano",
    "headline",
    "derivedImportance",
    "reliability",
    "waves",
  ]);
  expect(keys(BLOCK_PLANS)).toEqual(keys(SURVEY_BLOCKS));
  expect(inOrderOf(keys(REVIEW_SECTIONS), keys(SURVEY_BLOCKS))).toBe(true);
  // a wrong order is caught
  expect(inOrderOf(["priorityMatrix", "dimensionScores"], keys(SURVEY_BLOCKS))).toBe(false);
});

test("each survey block has its excel plan under its key and, but for item gaps, its pane section", () => {
  expect(RESULT_BLOCK_KEYS).toEqual(keys(SURVEY_BLOCKS));
  for (const key of RESULT_BLOCK_KEYS) expect(blockPlanOf(key).key).toBe(key);
  // the pane shows item gaps through the dimension gaps and the key experiences (src/taskpane/blocks)
  const sections = new Set(keys(REVIEW_SECTIONS));
  expect(RESULT_BLOCK_KEYS.filter((key) => !sections.has(key))).toEqual(["itemGaps"]);
  expect(sections.size).toBe(REVIEW_SECTIONS.length);
  // a keyed registry is read in the survey registry's order, whatever order its keys were written in
  expect(inBlockOrder({ waves: "last", kano: "middle", itemGaps: "first" })).toEqual([
    "first",
    "middle",
    "last",
  ]);
});

/**
 * A block the survey may lack (as Kano pairs, a recommend column or a wave column may be absent): present only
 * with a segment column. It adds its own table and chart to the results sheet, a line to the summary sheet
 * and a row to the action plan. Its key and chart kind stand in for a new block's (a real one is added to
 * the registries and so to ResultBlockKey and ChartKind).
 */
const storesBlock: ResultBlockPlan = {
  key: "storeCounts" as ResultBlockKey,
  plan({ analysis, layout }) {
    const segments = analysis.segments;
    if (!segments) return;
    const top = layout.row + 1;
    const box = layout.table(
      "Respondents per store",
      "CXGapStores",
      [
        { header: segments.header, format: "@" },
        { header: "Respondents", format: "0" },
      ],
      segments.segments.map((s) => [{ text: s.segment }, s.respondents]),
    );
    layout.charts.push({
      kind: "storeBars" as ChartKind,
      chartType: "BarClustered",
      title: "Respondents per store",
      source: `A${box.row + 1}:B${box.row + box.rowCount}`,
      seriesBy: "Columns",
      extraSeries: [],
      position: `D${top + 1}:J${top + 10}`,
      requires: [],
    });
    layout.reserve(top, 10);
  },
  summary({ analysis }) {
    const segments = analysis.segments;
    if (!segments) return undefined;
    return {
      heading: "Stores",
      lines: segments.segments.map((s) => `${s.segment}: ${s.respondents} respondents`),
    };
  },
  actionPlan({ analysis }) {
    if (!analysis.segments) return [];
    return [
      {
        key: "stores",
        name: "Survey every store",
        dimension: "",
        rank: 99,
        gap: 0,
        experience: 0,
        targetExperience: 0,
        listed: true,
      },
    ];
  },
};

function planFor(settings: AnalysisSettings, blocks: readonly ResultBlockPlan[]) {
  return buildWritePlan(
    analyzeSurvey(survey, settings),
    settings,
    resultLabels("en-US"),
    survey,
    WRITTEN_AT,
    blocks,
  );
}

test("an optional block adds its table, chart, summary lines and action-plan row after the registry's", () => {
  const settings = defaultSettings(survey, detectColumnRoles(survey));
  const storeColumn = settings.roles.find((role) => role.role === "segment")!.column;
  const counted = new Map<string, number>();
  for (const row of sample.rows) {
    const store = String(row[storeColumn]).trim();
    counted.set(store, (counted.get(store) ?? 0) + 1);
  }

  const without = planFor(settings, BLOCK_PLANS);
  const plan = planFor(settings, [...BLOCK_PLANS, storesBlock]);

  // the registry's blocks are laid out as before; the new table follows them, under everything else
  expect(plan.tables.slice(0, -1)).toEqual(without.tables);
  const table = plan.tables.at(-1)!;
  expect(table.name).toBe("CXGapStores");
  const lastRowBefore = Math.max(
    ...without.blocks.map((block) => {
      const box = parseAddress(block.address);
      return box.row + box.rowCount;
    }),
  );
  expect(parseAddress(table.address).row).toBeGreaterThan(lastRowBefore);
  const cells = plan.blocks.find((block) => block.address === table.address)!.cells;
  expect(cells.slice(1)).toEqual([...counted].map(([store, n]) => [{ text: store }, n]));
  expect(plan.charts.map((chart) => chart.kind)).toEqual([
    ...without.charts.map((chart) => chart.kind),
    "storeBars",
  ]);

  // the summary: its lines after the dimension sentences, in the registry's order
  const summaryText = plan.summary!.blocks.map((block) => block.cells[0]?.[0]);
  const dimensionsHeading = summaryText.findIndex(
    (cell) => cell !== null && typeof cell === "object" && "text" in cell && cell.text === "By dimension",
  );
  const storesHeading = summaryText.findIndex(
    (cell) => cell !== null && typeof cell === "object" && "text" in cell && cell.text === "Stores",
  );
  expect(dimensionsHeading).toBeGreaterThan(0);
  expect(storesHeading).toBeGreaterThan(dimensionsHeading);
  expect(summaryText.slice(storesHeading + 1, storesHeading + 1 + counted.size)).toEqual(
    [...counted].map(([store, n]) => ({ text: `${store}: ${n} respondents` })),
  );

  // the action plan: its row after the ranked items
  expect(plan.actionPlan!.items.slice(0, -1)).toEqual(without.actionPlan!.items);
  expect(plan.actionPlan!.items.at(-1)!.key).toBe("stores");
});

test("without the column it needs, the optional block leaves every sheet as the registry alone writes it", () => {
  const detected = defaultSettings(survey, detectColumnRoles(survey));
  const settings: AnalysisSettings = {
    ...detected,
    roles: detected.roles.map((role) => (role.role === "segment" ? { ...role, role: "ignore" } : role)),
  };
  expect(planFor(settings, [...BLOCK_PLANS, storesBlock])).toEqual(planFor(settings, BLOCK_PLANS));
});
