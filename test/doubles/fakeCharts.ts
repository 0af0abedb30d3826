/** Charts of the fake Excel API: series inferred from the cells at creation, as Excel does, then set. */
import { Loadable } from "./fakeBatch";
import type { FakeContext } from "./fakeExcelApi";
import type { FakeRange } from "./fakeRanges";
import {
  boxToAddress,
  parseBox,
  type Box,
  type ChartRecord,
  type FakeSheet,
  type FakeWorkbookState,
  type SeriesRecord,
} from "./fakeWorkbook";

export class FakeChartCollection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
  ) {
    super(context);
  }
  /** the sheet's charts (as records: only their count and order matter to the code under test) */
  get items(): ChartRecord[] {
    this.need("items");
    return this.context.state.charts.filter((chart) => chart.sheet === this.sheet.name);
  }
  /**
   * Creates a chart whose series Excel decides from what the source cells hold at that moment
   * (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1):
   * "sourceData: the Range object corresponding to the source data"; support.microsoft.com/office/create-a-chart-from-start-to-finish-0baf399e-dd61-4e18-8a73-b3fd5d5680c2:
   * row and column headings become series names and category labels). See inferSeries.
   */
  add(type: string, range: FakeRange, seriesBy: string): FakeChart {
    const context = this.context;
    context.rejectIfInjected("chart");
    const record: ChartRecord = {
      sheet: this.sheet.name,
      type,
      source: boxToAddress(range.box),
      seriesBy,
      axisTitles: {},
      series: inferSeries(range.sheet, range.box, type, seriesBy),
    };
    context.state.charts.push(record);
    context.state.record({ sheet: this.sheet.name, address: record.source, kind: "chart", data: record });
    return new FakeChart(context, record);
  }
}

/**
 * Excel's reading of a chart's source range, for series by columns (rows are the same, transposed): the
 * first row gives the series names when every cell of it (after a category column) holds text; the first
 * column gives the categories (x values of a scatter chart) when the chart is a scatter of two or more
 * columns or every cell under the first row holds text; every other column is a series of numbers. Cells a
 * formula has not yet filled are empty, so a chart drawn over a spill that has not calculated gets no names,
 * no categories and one series too many.
 */
export function inferSeries(sheet: FakeSheet, box: Box, type: string, seriesBy: string): SeriesRecord[] {
  const byRows = seriesBy === "Rows";
  const lines = byRows ? box.rowCount : box.columnCount;
  const length = byRows ? box.columnCount : box.rowCount;
  const cell = (line: number, index: number) =>
    byRows
      ? sheet.cellAt(box.row + line, box.column + index)
      : sheet.cellAt(box.row + index, box.column + line);
  const isText = (value: unknown): boolean => typeof value === "string" && value !== "";
  const all = (count: number, from: number, test: (i: number) => boolean): boolean => {
    if (count <= from) return false;
    for (let i = from; i < count; i++) if (!test(i)) return false;
    return true;
  };
  const categories = lines > 1 && (type.startsWith("XYScatter") || all(length, 1, (i) => isText(cell(0, i))));
  const firstLine = categories ? 1 : 0;
  const header = all(lines, firstLine, (line) => isText(cell(line, 0)));
  const start = header ? 1 : 0;
  const address = (line: number): string =>
    boxToAddress(
      byRows
        ? { row: box.row + line, column: box.column + start, rowCount: 1, columnCount: length - start }
        : { row: box.row + start, column: box.column + line, rowCount: length - start, columnCount: 1 },
    );
  const series: SeriesRecord[] = [];
  for (let line = firstLine; line < lines; line++) {
    const record: SeriesRecord = { values: address(line), pointCount: length - start, pointLabels: {} };
    if (header) record.name = String(cell(line, 0));
    if (categories) record.xValues = address(0);
    series.push(record);
  }
  return series;
}

export class FakeChart {
  readonly title: { text: string };
  readonly axes: { categoryAxis: FakeAxis; valueAxis: FakeAxis };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  constructor(
    private readonly context: FakeContext,
    private readonly record: ChartRecord,
  ) {
    const titled = (set: (text: string) => void): { text: string } => ({
      set text(text: string) {
        set(text);
      },
      get text() {
        return "";
      },
    });
    this.title = titled((t) => (record.title = t));
    const axis = (which: "category" | "value"): FakeAxis => ({
      title: titled((t) => (record.axisTitles[which] = t)),
      set reversePlotOrder(on: boolean) {
        context.requireApi("1.7", "ChartAxis.reversePlotOrder");
        (record.axes ??= {})[which] = { ...record.axes?.[which], reversed: on };
      },
      get reversePlotOrder() {
        return record.axes?.[which]?.reversed ?? false;
      },
      set minimum(value: number) {
        if (!axisBound(context, value, "minimum")) return;
        (record.axes ??= {})[which] = { ...record.axes?.[which], minimum: value };
      },
      get minimum() {
        return record.axes?.[which]?.minimum ?? 0;
      },
      set maximum(value: number) {
        if (!axisBound(context, value, "maximum")) return;
        (record.axes ??= {})[which] = { ...record.axes?.[which], maximum: value };
      },
      get maximum() {
        return record.axes?.[which]?.maximum ?? 0;
      },
    });
    this.axes = { categoryAxis: axis("category"), valueAxis: axis("value") };
    this.series = {
      getItemAt: (i) => {
        const series = record.series[i];
        if (!series) context.fail("ItemNotFound", `series ${i}`);
        return new FakeSeries(context, series ?? { pointCount: 0, pointLabels: {} });
      },
      add: (name) => {
        context.requireApi("1.7", "ChartSeriesCollection.add");
        const series: SeriesRecord = { name, pointCount: 0, pointLabels: {} };
        record.series.push(series);
        return new FakeSeries(context, series);
      },
    };
    this.setPosition = (start: string, end?: string) => {
      record.position = [start, end];
    };
  }
  setPosition: (start: string, end?: string) => void;
  /**
   * Chart.plotVisibleOnly (ExcelApi 1.8): "True if only visible cells are plotted. False if both visible and
   * hidden cells are plotted" (learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member).
   * (the same rule as VBA's Chart.PlotVisibleOnly: learn.microsoft.com/office/vba/api/excel.chart.plotvisibleonly).
   * A new chart plots visible cells only: "Show data in hidden rows and columns" in its Hidden and Empty Cells
   * settings starts unticked. plottedPoints says which points a chart draws.
   */
  set plotVisibleOnly(on: boolean) {
    this.context.requireApi("1.8", "Chart.plotVisibleOnly");
    this.record.plotVisibleOnly = on;
  }
}

/**
 * ChartAxis.minimum and maximum (ExcelApi 1.1) "can be set to a numeric value or an empty string (for
 * automatic axis values)" (learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member);
 * anything else is refused. Returns whether the bound was taken.
 */
function axisBound(context: FakeContext, value: unknown, which: "minimum" | "maximum"): boolean {
  context.requireApi("1.1", `ChartAxis.${which}`);
  if ((typeof value === "number" && Number.isFinite(value)) || value === "") return true;
  context.fail("InvalidArgument", `ChartAxis.${which} = ${String(value)}`);
  return false;
}

/** The values of Excel.ChartDataLabelPosition (learn.microsoft.com/javascript/api/excel/excel.chartdatalabelposition). */
const DATA_LABEL_POSITIONS: ReadonlySet<string> = new Set([
  "None",
  "Center",
  "InsideEnd",
  "InsideBase",
  "OutsideEnd",
  "Left",
  "Right",
  "Top",
  "Bottom",
  "BestFit",
  "Callout",
]);

/**
 * The points of a series that its chart draws: every point, or with plotVisibleOnly (a new chart's default)
 * only those whose value cell is in a visible row and column.
 */
export function plottedPoints(state: FakeWorkbookState, chart: ChartRecord, series: SeriesRecord): number[] {
  const points = Array.from({ length: series.pointCount }, (_, index) => index);
  if (chart.plotVisibleOnly === false || series.values === undefined) return points;
  const sheet = state.sheet(chart.sheet);
  if (!sheet) return points;
  const box = parseBox(series.values);
  return points.filter((index) => {
    const row = box.rowCount === 1 ? box.row : box.row + index;
    const column = box.rowCount === 1 ? box.column + index : box.column;
    return !sheet.hiddenRows.has(row) && !sheet.hiddenColumns.has(column);
  });
}

/** A chart axis: its title, and the bounds (ExcelApi 1.1) and order (ExcelApi 1.7) set on it. */
interface FakeAxis {
  title: { text: string };
  reversePlotOrder: boolean;
  minimum: number;
  maximum: number;
}

interface FakeDataLabel {
  showValue: boolean;
  text: string;
  position: string;
}

export class FakeSeries {
  readonly points: { getItemAt: (i: number) => { hasDataLabel: boolean; dataLabel: FakeDataLabel } };
  constructor(
    private readonly context: FakeContext,
    private readonly record: SeriesRecord,
  ) {
    this.points = {
      // a series has one point per value: ChartPointsCollection.getItemAt beyond them fails
      // (learn.microsoft.com/javascript/api/excel/excel.chartpointscollection#excel-excel-chartpointscollection-getitemat-member(1))
      getItemAt: (i) => {
        if (!Number.isInteger(i) || i < 0 || i >= record.pointCount)
          context.fail("InvalidArgument", `point ${i} of a series of ${record.pointCount}`);
        const labels = record.pointLabels;
        return {
          set hasDataLabel(on: boolean) {
            context.requireApi("1.7", "ChartPoint.hasDataLabel");
            if (!on) (record.pointsWithoutLabel ??= []).push(i);
          },
          get hasDataLabel() {
            return !(record.pointsWithoutLabel ?? []).includes(i);
          },
          dataLabel: {
            // ChartDataLabel.position: ExcelApi 1.7, one of Excel.ChartDataLabelPosition
            // (learn.microsoft.com/javascript/api/excel/excel.chartdatalabel#excel-excel-chartdatalabel-position-member)
            set position(position: string) {
              context.requireApi("1.7", "ChartDataLabel.position");
              if (!DATA_LABEL_POSITIONS.has(position)) {
                context.fail("InvalidArgument", `data label position ${position}`);
                return;
              }
              (record.labelPositions ??= {})[i] = position;
            },
            get position() {
              return record.labelPositions?.[i] ?? "";
            },
            set showValue(on: boolean) {
              context.requireApi("1.7", "ChartDataLabel.showValue");
              record.showValueWrites = (record.showValueWrites ?? 0) + 1;
              if (!on && labels[i] === undefined) labels[i] = "";
            },
            get showValue() {
              return true;
            },
            set text(text: string) {
              context.requireApi("1.8", "ChartDataLabel.text");
              context.rejectIfInjected("pointLabel");
              labels[i] = text;
            },
            get text() {
              return labels[i] ?? "";
            },
          },
        };
      },
    };
  }
  set name(name: string) {
    this.record.name = name;
  }
  set hasDataLabels(on: boolean) {
    this.context.requireApi("1.7", "ChartSeries.hasDataLabels");
    this.record.hasDataLabels = on;
  }
  set chartType(type: string) {
    this.context.requireApi("1.7", "ChartSeries.chartType");
    this.record.chartType = type;
  }
  set markerStyle(style: string) {
    this.context.requireApi("1.7", "ChartSeries.markerStyle");
    this.record.markerStyle = style;
  }
  setXAxisValues(range: FakeRange): void {
    this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.record.xValues = boxToAddress(range.box);
  }
  setValues(range: FakeRange): void {
    this.context.requireApi("1.7", "ChartSeries.setValues");
    this.record.values = boxToAddress(range.box);
    this.record.pointCount = range.box.rowCount * range.box.columnCount;
  }
}
