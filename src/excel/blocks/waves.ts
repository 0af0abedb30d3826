import { ownValue, type SurveyAnalysis, type WaveAnalysis, type WaveChange } from "../../survey";
import { itemName } from "../../core/domainNames";
import type { CellBox } from "../a1";
import { changeLabelsFor } from "../changeLabels";
import { WAVE_CHART_HEIGHT, waveLinesChart } from "../charts/waveLines";
import type { ResultLabels } from "../resultLabels";
import type { PlannedCell } from "../types";
import { FORMAT, numberCell, textLine } from "../sheets/sheetCells";
import type { ResultBlockPlan, SummarySection } from "./context";
import { columnsOf, type Column, type ResultsSheetLayout } from "./layout";

export const declaration = { key: "waves", live: false, charts: ["waveLines"] } as const;

/** four decimals; below 0.0001 "<0.0001" rather than a p of 0.0000 (as the item table's p) */
const P_VALUE = '[<0.0001]"<0.0001";0.0000';
const DF = "0.0";

/**
 * The change-over-time block of the details sheet (pure), from the layout's next free row down: a heading naming the wave column,
 * the gap of each dimension (and overall) in each wave with the change between the last two waves, Welch's t,
 * its df, p, Holm's p and a verdict in words; a line chart of the dimension gaps over the waves beside it; the
 * same table for the items; one line on how the change is tested. With one wave: the gaps of that wave and a
 * line saying what to do for a change. Undefined without a wave column.
 *
 * The line chart has one series per dimension row and the waves as categories (series by rows, as Microsoft's
 * quarterly line-chart sample: https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseriesby;
 * chart type "Line": https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype), each series given
 * explicitly like every chart of the add-in (charts.ts).
 */
export function planChangeOverTime(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
  layout: ResultsSheetLayout,
): void {
  const waves = analysis.waves;
  if (!waves || waves.waves.length === 0) return;
  const text = changeLabelsFor(labels.language);
  const dimensionName = (key: string): string => ownValue(labels.dimensionNames, key) ?? key;
  const waveNames = waves.waves.map((w) => w.wave);
  const change = waves.latestChange;
  const changeColumns: Column[] = change
    ? [
        { header: text.change(change.previous, change.last), format: FORMAT.number },
        { header: labels.t, format: FORMAT.number },
        { header: text.df, format: DF },
        { header: labels.p, format: P_VALUE },
        { header: text.adjustedP, format: P_VALUE },
        { header: text.verdict, format: FORMAT.text },
      ]
    : [];
  const changeCells = (c: WaveChange | undefined): PlannedCell[] =>
    change
      ? [
          numberCell(c?.change),
          numberCell(c?.test?.t),
          numberCell(c?.test?.df),
          numberCell(c?.test?.p),
          numberCell(c?.test?.adjustedP),
          { text: c ? text.verdictCell(c.direction, c.significant, c.test !== undefined) : "" },
        ]
      : [];

  layout.add(textLine(layout.row, text.heading(waves.header), "heading"));
  layout.row += 1;
  if (!change) {
    layout.add(textLine(layout.row, text.oneWave(waveNames[0] ?? "")));
    layout.row += 1;
  }
  /** a table of gaps by wave, its change column highlighted where negative (a gap that grew worse) */
  const byWave = (title: string, name: string, named: Column[], rows: PlannedCell[][]): CellBox =>
    layout.table(
      title,
      name,
      [...named, ...waveNames.map((header) => ({ header, format: FORMAT.number })), ...changeColumns],
      rows,
      // long headers ("Change 2026Q1 → 2026Q2") wrap, so the columns above keep their widths
      {
        wrapHeader: true,
        highlightColumn: waveNames.length >= 2 ? named.length + waveNames.length : undefined,
      },
    );

  // Dimensions (and overall) by wave
  if (analysis.dimensions.length > 0) {
    const keys = analysis.dimensions.map((d) => d.key);
    const rows: PlannedCell[][] = keys.map((key) => [
      { text: dimensionName(key) },
      ...waves.waves.map((w) => numberCell(w.dimensionGaps[key])),
      ...changeCells(change?.dimensions.find((d) => d.key === key)),
    ]);
    rows.push([
      { text: labels.overall },
      ...waves.waves.map((w) => numberCell(w.overallGap)),
      ...changeCells(change?.overall),
    ]);
    const box = byWave(text.dimensionsTable, "CXGapWaveDimensions", columnsOf(labels, ["dimension"]), rows);
    if (waveNames.length >= 2) {
      const seriesNames = [...keys.map(dimensionName), labels.overall];
      layout.charts.push(waveLinesChart(box, waveNames.length, text, seriesNames));
      // the chart under the table, then a blank row
      layout.row += WAVE_CHART_HEIGHT + 1;
    }
  }

  // Items by wave
  if (analysis.items.length > 0) {
    const rows: PlannedCell[][] = analysis.items.map((item) => [
      { text: itemName(item.item, labels.language, item.name) },
      { text: item.dimension === undefined ? "" : dimensionName(item.dimension) },
      ...waves.waves.map((w) => numberCell(w.itemGaps[item.item])),
      ...changeCells(change?.items.find((c) => c.key === item.item)),
    ]);
    byWave(text.itemsTable, "CXGapWaveItems", columnsOf(labels, ["item", "dimension"]), rows);
  }
  if (change) {
    layout.add(textLine(layout.row, text.method));
    layout.row += 2;
  }
}

/**
 * The summary sheet's lines on change over time: the overall gap's change, what improved and what got worse
 * (items, significant ones first, then by size), or that the survey holds one wave so far.
 */
export function changeSummaryLines(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
): SummarySection | undefined {
  const waves: WaveAnalysis | undefined = analysis.waves;
  const change = waves?.latestChange;
  if (!waves || waves.waves.length === 0) return undefined;
  const text = changeLabelsFor(labels.language);
  if (!change) return { heading: text.heading(waves.header), lines: [text.oneWave(waves.waves[0]!.wave)] };
  const lines: string[] = [];
  const overall = change.overall;
  if (overall?.change !== undefined)
    lines.push(text.overallLine(overall.change, overall.test?.p, overall.significant));
  const namesOfItems = new Map(analysis.items.map((item) => [item.item, item.name]));
  const listed = (direction: "improved" | "worse"): string[] =>
    change.items
      .filter((c) => c.direction === direction && c.change !== undefined)
      .sort(
        (a, b) => Number(b.significant) - Number(a.significant) || Math.abs(b.change!) - Math.abs(a.change!),
      )
      .slice(0, 5)
      .map((c) =>
        text.named(itemName(c.key, labels.language, namesOfItems.get(c.key)), c.change!, c.significant),
      );
  const improved = listed("improved");
  const worse = listed("worse");
  if (improved.length > 0) lines.push(text.improvedLine(improved));
  if (worse.length > 0) lines.push(text.worseLine(worse));
  if (improved.length === 0 && worse.length === 0) lines.push(text.nothingChanged);
  return { heading: text.summaryHeading(change.previous, change.last), lines };
}

/** The change-over-time block: its tables and line chart on the results sheet, its lines on the summary. */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan({ analysis, labels, layout }) {
    planChangeOverTime(analysis, labels, layout);
  },
  summary({ analysis, labels }) {
    return changeSummaryLines(analysis, labels);
  },
};
