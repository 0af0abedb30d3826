import { KANO_CATEGORIES } from "../core/kano/kanoCategory";
import { itemName, type NameLanguage } from "../core/domainNames";
import type { KanoAnalysis, SurveyAnalysis } from "../survey";
import { boxAddress, type CellBox } from "./a1";
import { measured, type MeasuredBlock } from "./columnWidths";
import { EXPECTATION_KIND_NAMES, KANO_CATEGORY_NAMES } from "../core/kano/kanoNames";
import { kanoLabels, type BetterWorseQuadrant } from "./kanoLabels";
import { bodyColumn } from "./liveFormulas";
import { placeLabels } from "./sheets/matrixLabels";
import { FORMAT, gridBlock, numberCell, textLine } from "./sheets/sheetCells";
import type { PlannedBlock, PlannedCell, PlannedChart, PlannedTable } from "./types";

/** The Better–Worse chart under the Kano table: 7 columns (wide ones, under the tables above) by 22 rows */
const CHART_WIDTH = 7;
const CHART_HEIGHT = 22;
/** where the diagram is split: a feature that satisfies (or dissatisfies) more than half is high on that axis */
const SPLIT = 0.5;
/** the table's columns: Feature, Kind, Kano category, n, M…Q, strengths, Better, Worse, |Worse|, Clear, gap item */
const BETTER_COLUMN = 12;
const ABS_WORSE_COLUMN = 14;

/** What the Kano block adds to the results sheet, from `row` on. */
export interface KanoBlockPlan {
  blocks: PlannedBlock[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  /** the helper rows the chart plots, hidden from the reader */
  hiddenRows: string[];
  /** the table, to size the columns */
  grid: MeasuredBlock[];
  /** the first free row after the block and a blank row */
  nextRow: number;
}

/** "Keeps promises", or "Feature 3" for a numbered feature without a name */
function featureName(feature: { feature: string; name?: string }, language: NameLanguage): string {
  if (feature.name !== undefined) return feature.name;
  return /^\d+$/.test(feature.feature)
    ? `${kanoLabels(language).feature} ${feature.feature}`
    : feature.feature;
}

/**
 * The Kano block (pure): a heading; one row per feature with its kind of expectation as the course names it
 * (empty for a feature that is none) and Kano's category beside it, the six category counts, category and total strength, Better, Worse (negative,
 * as CX.KANO gives it) and |Worse|, whether the category is clear by Fong's test, and the gap item that is
 * the same feature; a line saying what the letters and coefficients mean; and the Better–Worse scatter
 * (x = |Worse|, y = Better, both 0–1, split at 0.5 into excitement, expected, basic and indifferent, every
 * point labelled with its feature) under the table, its dividing lines and quadrant names plotted from
 * hidden helper rows as the priority matrix's are.
 *
 * The chart is drawn by drawChart (charts.ts) with calls the priority matrix already makes, on these pages:
 * an XY scatter created from its first series (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)),
 * its x values (|Worse|) and values (Better) set explicitly, since the Better column does not stand right of
 * |Worse| (ChartSeries.setXAxisValues / setValues, ExcelApi 1.7: learn.microsoft.com/javascript/api/excel/excel.chartseries),
 * fixed 0–1 axes (ChartAxis.minimum / maximum, ExcelApi 1.7: learn.microsoft.com/javascript/api/excel/excel.chartaxis),
 * each point's label text and side (ChartDataLabel.text / position, ExcelApi 1.8:
 * learn.microsoft.com/javascript/api/excel/excel.chartdatalabel) and the hidden helper rows plotted
 * (Chart.plotVisibleOnly, ExcelApi 1.8: learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member);
 * so it asks for ExcelApi 1.8, and an older Excel gets the table without the chart, with a message.
 */
export function planKanoBlock(
  kano: KanoAnalysis,
  analysis: Pick<SurveyAnalysis, "items">,
  language: NameLanguage,
  row: number,
): KanoBlockPlan {
  const text = kanoLabels(language);
  const itemNameOf = new Map(analysis.items.map((item) => [item.item, item.name]));
  const headers = [
    text.feature,
    text.kind,
    text.category,
    text.n,
    ...text.counts,
    text.categoryStrength,
    text.totalStrength,
    text.better,
    text.worse,
    text.absWorse,
    text.significant,
    text.gapItem,
  ];
  const formats = [
    FORMAT.text,
    FORMAT.text,
    FORMAT.text,
    FORMAT.count,
    ...KANO_CATEGORIES.map(() => FORMAT.count),
    "0.0%",
    "0.0%",
    FORMAT.number,
    FORMAT.number,
    FORMAT.number,
    FORMAT.text,
    FORMAT.text,
  ];
  const rows: PlannedCell[][] = kano.features.map((f) => [
    { text: featureName(f, language) },
    { text: f.kind === undefined ? "" : EXPECTATION_KIND_NAMES[language][f.kind] },
    { text: KANO_CATEGORY_NAMES[language][f.category] },
    f.n,
    ...KANO_CATEGORIES.map((category) => f.counts[category]),
    f.categoryStrength,
    f.totalStrength,
    numberCell(f.better),
    numberCell(f.worse),
    numberCell(f.worse === undefined ? undefined : Math.abs(f.worse)),
    { text: f.significant ? text.yes : text.no },
    { text: f.item === undefined ? "" : itemName(f.item, language, itemNameOf.get(f.item)) },
  ]);
  const blocks: PlannedBlock[] = [textLine(row, text.heading, "heading")];
  const { block, box } = gridBlock(row + 1, 0, headers, rows, formats);
  blocks.push(block);
  const tables: PlannedTable[] = [{ name: "CXGapKano", address: boxAddress(box) }];
  let next = box.row + box.rowCount;
  blocks.push(textLine(next, text.legend));
  next += 2;

  const charts: PlannedChart[] = [];
  const hiddenRows: string[] = [];
  const plotted = kano.features.filter((f) => f.better !== undefined && f.worse !== undefined);
  if (plotted.length > 0) {
    const chartTop = next;
    next += CHART_HEIGHT + 1;
    const helper = helperRows(next, text);
    blocks.push(helper.heading, helper.block);
    hiddenRows.push(helper.hiddenRows);
    next = helper.nextRow;
    const points = kano.features.map((f) => ({
      x: f.worse === undefined ? 0 : Math.abs(f.worse),
      y: f.better ?? 0,
      text: f.better === undefined ? "" : featureName(f, language),
    }));
    charts.push({
      kind: "kanoBetterWorse",
      chartType: "XYScatter",
      title: text.chartTitle,
      source: boxAddress({ ...box, column: BETTER_COLUMN, columnCount: 1 }),
      seriesBy: "Columns",
      seriesNames: [text.features],
      firstSeries: { xValues: bodyColumn(box, ABS_WORSE_COLUMN), values: bodyColumn(box, BETTER_COLUMN) },
      pointLabels: points.map((p) => p.text),
      pointLabelPositions: placeLabels(points, BOUNDS, {
        width: CHART_WIDTH * 64 - 90,
        height: CHART_HEIGHT * 20 - 80,
      }),
      extraSeries: helper.series,
      axisTitles: { category: text.axisX, value: text.axisY },
      axisBounds: BOUNDS,
      plotHiddenCells: true,
      position: boxAddress({ row: chartTop, column: 0, rowCount: CHART_HEIGHT, columnCount: CHART_WIDTH }),
      requires: ["ExcelApi 1.8"],
    });
  }
  return { blocks, tables, charts, hiddenRows, grid: [measured(block, true)], nextRow: next + 1 };
}

/** Better and |Worse| are shares: both axes span 0–1, the same for every survey */
const BOUNDS: { x: [number, number]; y: [number, number] } = { x: [0, 1], y: [0, 1] };

/** The dividing lines at 0.5 and the quadrant names' anchor points, as x/y rows hidden from the reader. */
function helperRows(
  row: number,
  text: ReturnType<typeof kanoLabels>,
): {
  heading: PlannedBlock;
  block: PlannedBlock;
  series: PlannedChart["extraSeries"];
  hiddenRows: string;
  nextRow: number;
} {
  const order: BetterWorseQuadrant[] = ["excitement", "expected", "indifferent", "basic"];
  const anchor: Record<BetterWorseQuadrant, [number, number]> = {
    excitement: [0.25, 0.9],
    expected: [0.75, 0.9],
    indifferent: [0.25, 0.1],
    basic: [0.75, 0.1],
  };
  const q = text.quadrantNames;
  const cells: PlannedCell[][] = [
    [{ text: text.chartHelper }, { text: text.absWorse }, { text: text.better }],
    [{ text: text.better }, 0, SPLIT],
    [{ text: text.better }, 1, SPLIT],
    [{ text: text.absWorse }, SPLIT, 0],
    [{ text: text.absWorse }, SPLIT, 1],
    ...order.map((quadrant): PlannedCell[] => [{ text: q[quadrant] }, ...anchor[quadrant]]),
  ];
  const top = row + 1;
  const range = (offset: number, count: number, column: number): string =>
    boxAddress({ row: top + offset, column, rowCount: count, columnCount: 1 });
  const box: CellBox = { row: top, column: 0, rowCount: cells.length, columnCount: 3 };
  return {
    heading: textLine(row, text.chartHelper, "heading"),
    block: { address: boxAddress(box), cells, columnFormats: [FORMAT.text, FORMAT.number, FORMAT.number] },
    series: [
      { name: `${text.better} ${SPLIT}`, xValues: range(1, 2, 1), values: range(1, 2, 2), line: true },
      { name: `${text.absWorse} ${SPLIT}`, xValues: range(3, 2, 1), values: range(3, 2, 2), line: true },
      {
        name: text.kind,
        xValues: range(5, 4, 1),
        values: range(5, 4, 2),
        pointLabels: order.map((quadrant) => q[quadrant]),
      },
    ],
    hiddenRows: boxAddress({ row, column: 0, rowCount: cells.length + 1, columnCount: 1 }),
    nextRow: top + cells.length + 1,
  };
}
