import type { AnalysisSettings } from "../../survey";
import { boxAddress, type CellBox } from "../a1";
import { bodyColumn } from "../liveFormulas";
import type { ResultLabels } from "../resultLabels";
import type { PlannedChart } from "../types";

/** each chart sits beside the table it shows */
export const CHART_WIDTH = 7;
export const CHART_HEIGHT = 15;
/** the dimension charts start at column H (right of the widest dimension table, 7 columns) */
const DIMENSION_CHART_COLUMN = 7;

/**
 * Beside the dimension table at `top`: bars of expectation and experience (the mean-score axis), the gaps on
 * their own chart and axis (a gap of −0.5 is not a score), and the SERVQUAL radar.
 */
export function dimensionCharts(
  top: number,
  dimensionRows: number,
  settings: AnalysisSettings,
  labels: ResultLabels,
): PlannedChart[] {
  const table: CellBox = { row: top, column: 0, rowCount: dimensionRows + 1, columnCount: 4 };
  const beside = (n: number): string =>
    boxAddress({
      row: top,
      column: DIMENSION_CHART_COLUMN + n * (CHART_WIDTH + 1),
      rowCount: CHART_HEIGHT,
      columnCount: CHART_WIDTH,
    });
  // the bars and the radar both show the Expectation and Experience columns, by dimension
  const expectationAndPerception = (): Pick<
    PlannedChart,
    "source" | "seriesBy" | "seriesNames" | "extraSeries"
  > => ({
    source: boxAddress({ ...table, columnCount: 3 }),
    seriesBy: "Columns",
    seriesNames: [labels.expectation, labels.perception],
    extraSeries: [],
  });
  const charts: PlannedChart[] = [
    {
      kind: "dimensionBars",
      chartType: "BarClustered",
      title: labels.chartExpectationPerception,
      ...expectationAndPerception(),
      axisTitles: { category: labels.dimension, value: labels.meanScore },
      reverseCategories: true,
      position: beside(0),
      requires: [],
    },
    {
      kind: "dimensionGaps",
      chartType: "BarClustered",
      title: labels.chartGaps,
      // the Gap column alone, its categories the dimension names
      source: boxAddress({ ...table, column: 3, columnCount: 1 }),
      seriesBy: "Columns",
      seriesNames: [labels.gap],
      firstSeries: { xValues: bodyColumn(table, 0), values: bodyColumn(table, 3) },
      extraSeries: [],
      axisTitles: { category: labels.dimension, value: labels.gapAxis },
      reverseCategories: true,
      valueLabels: true,
      position: beside(1),
      requires: ["ExcelApi 1.7"],
    },
  ];
  if (settings.framework === "servqual22" && dimensionRows === 5) {
    charts.push({
      kind: "servqualRadar",
      chartType: "Radar",
      title: labels.chartRadar,
      ...expectationAndPerception(),
      position: beside(2),
      requires: [],
    });
  }
  return charts;
}
