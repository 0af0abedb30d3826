// Over 300 lines on purpose: the measure sections of the details sheet (NPS, CSAT, derived importance,
// reliability) built by one segment-table builder and one section placer, which they share.
import {
  ownValue,
  type CsatResult,
  type NpsResult,
  type ResultBlockKey,
  type SegmentMeasure,
  type SurveyAnalysis,
} from "../survey";
import { itemName } from "../core/domainNames";
import { boxAddress, type CellBox } from "./a1";
import { measureLabels, type MeasureLabels } from "./measureLabels";
import type { ResultLabels } from "./resultLabels";
import { FORMAT, gridBlock, numberCell, textLine } from "./sheets/sheetCells";
import type { ResultBlockPlan } from "./blocks/context";
import type { ResultsSheetLayout } from "./blocks/layout";
import type { PlannedBlock, PlannedCell, PlannedChart } from "./types";

const POINTS = "0.0";
const SHARE = "0.0%";
/** more segments than this make the interval chart unreadable: the table alone then */
const NPS_CHART_MAX_ROWS = 13;
const NPS_CHART_WIDTH = 9;
export const NPS_CHART_HEIGHT = 16;

/** A titled table of the results sheet, with lines of notes (warnings) between its title and the table. */
export interface MeasureSection {
  title: string;
  notes: string[];
  headers: string[];
  formats: string[];
  rows: PlannedCell[][];
  tableName: string;
}

/**
 * A section on the results sheet at the next free row: its title, its table (headers wrap, so only their
 * longest word sets a column's width: the columns are shared with the tables above) and its notes under it.
 * Returns the table's box.
 */
export function placeSection(layout: ResultsSheetLayout, section: MeasureSection): CellBox {
  return layout.table(
    section.title,
    section.tableName,
    section.headers.map((header, c) => ({ header, format: section.formats[c] ?? FORMAT.general })),
    section.rows,
    { wrapHeader: true, notes: section.notes },
  );
}

/**
 * The plan of a block that is one section (derived importance, reliability): nothing when the analysis lacks
 * the block, its section otherwise.
 */
export function sectionBlock(
  key: ResultBlockKey,
  sectionOf: (analysis: SurveyAnalysis, labels: ResultLabels) => MeasureSection | undefined,
): ResultBlockPlan {
  return {
    key,
    plan({ analysis, labels, layout }) {
      const section = sectionOf(analysis, labels);
      if (section) placeSection(layout, section);
    },
  };
}

function labelsOf(labels: ResultLabels): MeasureLabels {
  return measureLabels(labels.language);
}

const verdict = (m: MeasureLabels, significant: boolean | undefined): PlannedCell =>
  significant === undefined ? null : { text: significant ? m.yes : m.no };

/** A column of a headline measure's table: its header, number format and cell for one group. */
interface MeasureColumn<Measure> {
  header: string;
  format: string;
  cell: (measure: Measure) => PlannedCell;
}

/**
 * A headline measure's table: the segment column, n, the measure's own columns, its 95 % interval and, for
 * each segment, its difference from the rest, Holm's p and the verdict; the All row first, then one row per
 * segment. The interval and the difference are in the measure's `units` (points of NPS, a share for CSAT).
 */
function segmentTable<Measure extends { n: number; ciLow: number; ciHigh: number }>(
  m: MeasureLabels,
  overall: Measure,
  segments: ReadonlyArray<SegmentMeasure<Measure>> | undefined,
  own: ReadonlyArray<MeasureColumn<Measure>>,
  units: string,
): Pick<MeasureSection, "headers" | "formats" | "rows"> {
  const columns: Array<MeasureColumn<Measure>> = [
    { header: m.n, format: FORMAT.count, cell: (row) => row.n },
    ...own,
    { header: m.ciLow, format: units, cell: (row) => row.ciLow },
    { header: m.ciHigh, format: units, cell: (row) => row.ciHigh },
  ];
  const cellsOf = (measure: Measure): PlannedCell[] => columns.map((column) => column.cell(measure));
  return {
    headers: [m.segment, ...columns.map((c) => c.header), m.differenceVsRest, m.adjustedP, m.differs],
    formats: [FORMAT.text, ...columns.map((c) => c.format), units, FORMAT.pValue, FORMAT.text],
    rows: [
      [{ text: m.all }, ...cellsOf(overall), null, null, null],
      ...(segments ?? []).map((segment): PlannedCell[] => [
        { text: segment.segment },
        ...cellsOf(segment),
        numberCell(segment.versusRest?.difference),
        numberCell(segment.versusRest?.adjustedP),
        verdict(m, segment.versusRest?.significant),
      ]),
    ],
  };
}

/**
 * NPS overall (the All row first) and per segment: n, the shares of promoters, passives and detractors, NPS
 * and its 95 % interval, and each segment against the rest (difference, Holm-adjusted p, verdict).
 */
export function npsSection(analysis: SurveyAnalysis, labels: ResultLabels): MeasureSection | undefined {
  const nps = analysis.headline?.nps;
  if (!nps) return undefined;
  const m = labelsOf(labels);
  const columns: Array<MeasureColumn<NpsResult>> = [
    { header: m.promoters, format: SHARE, cell: (row) => row.promoters },
    { header: m.passives, format: SHARE, cell: (row) => row.passives },
    { header: m.detractors, format: SHARE, cell: (row) => row.detractors },
    { header: m.nps, format: POINTS, cell: (row) => row.nps },
  ];
  return {
    title: `${labels.headline} · ${m.npsTitle(nps.header)}`,
    notes: [],
    ...segmentTable(m, nps.overall, nps.segments, columns, POINTS),
    tableName: "CXGapNPS",
  };
}

/** CSAT overall and per segment: n, satisfied, the share and its Wilson interval, and each segment against the rest. */
export function csatSection(analysis: SurveyAnalysis, labels: ResultLabels): MeasureSection | undefined {
  const csat = analysis.headline?.csat;
  if (!csat) return undefined;
  const m = labelsOf(labels);
  const columns: Array<MeasureColumn<CsatResult>> = [
    { header: m.satisfied, format: FORMAT.count, cell: (row) => row.satisfied },
    { header: m.csat, format: SHARE, cell: (row) => row.csat },
  ];
  return {
    title: m.csatTitle(csat.header, csat.satisfiedFrom, csat.scale.top, csat.scale.bottom),
    notes: [],
    ...segmentTable(m, csat.overall, csat.segments, columns, SHARE),
    tableName: "CXGapCSAT",
  };
}

/**
 * Derived importance (relative weights in points of 100, the weight itself, r and beta) beside stated
 * importance and its rank when the survey asked it; R², n and the warnings as notes under the title.
 */
export function driversSection(analysis: SurveyAnalysis, labels: ResultLabels): MeasureSection | undefined {
  const derived = analysis.derivedImportance;
  if (!derived || derived.rSquared === undefined || derived.drivers.length === 0) return undefined;
  const m = labelsOf(labels);
  const name = (key: string, own?: string): string => itemName(key, labels.language, own);
  const dimensionName = (key: string | undefined): string =>
    key === undefined ? "" : (ownValue(labels.dimensionNames, key) ?? key);
  const stated = derived.drivers.some((d) => d.statedImportance !== undefined);
  const notes = [m.driversNote(derived.rSquared, derived.n, derived.recommendedN)];
  if (derived.n < derived.recommendedN) notes.push(m.driversFew(derived.n, derived.recommendedN));
  if (derived.negative.length > 0) {
    const names = new Map(derived.drivers.map((d) => [d.item, name(d.item, d.name)]));
    notes.push(m.driversNegative(derived.negative.map((item) => names.get(item) ?? item).join(", ")));
  }
  return {
    title: `${labels.derivedImportance} · ${m.driversTitle(derived.outcomeHeader)}`,
    notes,
    headers: [
      m.rank,
      m.item,
      m.dimension,
      m.derivedPoints,
      m.relativeWeight,
      m.correlation,
      m.beta,
      ...(stated ? [m.statedImportance, m.statedRank] : []),
    ],
    formats: [
      FORMAT.count,
      FORMAT.text,
      FORMAT.text,
      POINTS,
      "0.000",
      FORMAT.number,
      FORMAT.number,
      ...(stated ? [FORMAT.number, FORMAT.count] : []),
    ],
    rows: derived.drivers.map((d) => [
      d.rank,
      { text: name(d.item, d.name) },
      { text: dimensionName(d.dimension) },
      d.weightPercent,
      d.weight,
      d.r,
      d.beta,
      ...(stated ? [numberCell(d.statedImportance), numberCell(d.statedRank)] : []),
    ]),
    tableName: "CXGapDerivedImportance",
  };
}

/** Each dimension's alpha with Feldt's interval and a reading in plain words (flagged below 0.7). */
export function reliabilitySection(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
): MeasureSection | undefined {
  const reliability = analysis.reliability;
  if (!reliability || reliability.length === 0) return undefined;
  const m = labelsOf(labels);
  const dimensionName = (key: string): string => ownValue(labels.dimensionNames, key) ?? key;
  return {
    title: `${labels.reliability} · ${m.reliabilityTitle}`,
    notes: reliability
      .filter((d) => d.low && d.alpha !== undefined)
      .map((d) => m.alphaLow(dimensionName(d.dimension), d.alpha!)),
    headers: [m.dimension, m.items, m.n, m.alpha, m.ciLow, m.ciHigh, m.reading],
    formats: [
      FORMAT.text,
      FORMAT.count,
      FORMAT.count,
      FORMAT.number,
      FORMAT.number,
      FORMAT.number,
      FORMAT.text,
    ],
    rows: reliability.map((d) => [
      { text: dimensionName(d.dimension) },
      d.items.length,
      d.unavailable === "oneItem" ? null : d.n,
      numberCell(d.alpha),
      numberCell(d.ciLow),
      numberCell(d.ciHigh),
      {
        text:
          d.unavailable === "oneItem"
            ? m.oneItem
            : d.alpha === undefined
              ? ""
              : d.low
                ? m.alphaLowShort
                : m.alphaOk,
      },
    ]),
    tableName: "CXGapReliability",
  };
}

/**
 * NPS by segment with 95 % interval bars, drawn honestly with what Office.js offers: Excel's own error bars
 * (Excel.ChartErrorBars, ExcelApi 1.9: learn.microsoft.com/javascript/api/excel/excel.charterrorbars) can be
 * shown, typed and capped, but the API has no way to give a custom error bar its per-point amounts
 * (github.com/OfficeDev/office-js/issues/3311: "neither in Office Scripts nor Office.js"), and NPS intervals are
 * asymmetric where they are clipped at ±100. So the chart is an XY scatter: each group is a point at (NPS, row)
 * labelled with its name, and its interval a two-point line series from (CI low, row) to (CI high, row)
 * (ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues, ExcelApi 1.7;
 * learn.microsoft.com/javascript/api/excel/excel.chartseries), All at the top. The x, y pairs sit in hidden
 * helper rows from `helperRow` (the chart plots hidden cells, Chart.plotVisibleOnly, ExcelApi 1.8).
 */
export function npsChart(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
  tableBox: CellBox,
  helperRow: number,
  chartColumn: number,
): { chart: PlannedChart; blocks: PlannedBlock[]; hiddenRows: string; nextRow: number } | undefined {
  const nps = analysis.headline?.nps;
  const segments = nps?.segments ?? [];
  if (!nps || segments.length < 2 || segments.length + 1 > NPS_CHART_MAX_ROWS) return undefined;
  const m = labelsOf(labels);
  const groups = [{ segment: m.all, ...nps.overall }, ...segments];
  const count = groups.length;
  // All at the top: row position count, then the segments downwards
  const position = (i: number): number => count - i;
  const top = helperRow + 1;
  const points: PlannedCell[][] = groups.map((g, i) => [{ text: g.segment }, g.nps, position(i)]);
  const lines: PlannedCell[][] = groups.flatMap((g, i) => [
    [{ text: `${g.segment}: ${m.npsChartInterval}` }, g.ciLow, position(i)],
    [{ text: `${g.segment}: ${m.npsChartInterval}` }, g.ciHigh, position(i)],
  ]);
  const helper = gridBlock(
    top,
    0,
    [m.segment, m.nps, m.segment],
    [...points, ...lines],
    [FORMAT.text, POINTS, FORMAT.count],
  );
  const column = (offset: number, rows: number, c: number): string =>
    boxAddress({ row: top + 1 + offset, column: c, rowCount: rows, columnCount: 1 });
  const chart: PlannedChart = {
    kind: "npsBySegment",
    chartType: "XYScatter",
    title: m.npsChartTitle,
    source: boxAddress({ row: top, column: 1, rowCount: count + 1, columnCount: 2 }),
    seriesBy: "Columns",
    seriesNames: [m.npsChartPoints],
    pointLabels: groups.map((g) => `${g.segment} ${g.nps.toFixed(1).replace(/^-/, "−")}`),
    pointLabelPositions: groups.map(() => "Top"),
    extraSeries: groups.map((g, i) => ({
      name: `${g.segment}: ${m.npsChartInterval}`,
      xValues: column(count + 2 * i, 2, 1),
      values: column(count + 2 * i, 2, 2),
      line: true,
    })),
    axisTitles: { category: m.npsChartAxis, value: m.segment },
    axisBounds: { x: [-100, 100], y: [0, count + 1] },
    plotHiddenCells: true,
    position: boxAddress({
      row: tableBox.row,
      column: chartColumn,
      rowCount: NPS_CHART_HEIGHT,
      columnCount: NPS_CHART_WIDTH,
    }),
    requires: ["ExcelApi 1.8"],
  };
  return {
    chart,
    blocks: [textLine(helperRow, m.npsChartHelper, "heading"), helper.block],
    hiddenRows: boxAddress({ row: helperRow, column: 0, rowCount: helper.box.rowCount + 1, columnCount: 1 }),
    nextRow: helper.box.row + helper.box.rowCount + 1,
  };
}
