import { boxAddress, type CellBox } from "../a1";
import type { ChangeLabels } from "../changeLabels";
import type { PlannedChart } from "../types";

/** columns A–D: the wide name columns of the sheet make this about 700 px */
const WAVE_CHART_WIDTH = 4;
/** rows the line chart covers: the rows below it start after these */
export const WAVE_CHART_HEIGHT = 15;

/**
 * Lines of each dimension's gap (and the overall gap) over the waves, under the dimension table: one series
 * per dimension row and the waves as categories (series by rows, as Microsoft's quarterly line-chart sample:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseriesby; chart type "Line":
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype), each series given explicitly like
 * every chart of the add-in (drawChart.ts).
 */
/** Lines of each dimension's gap (and the overall gap) over the waves, under the dimension table. */
export function waveLinesChart(
  box: CellBox,
  waves: number,
  text: ChangeLabels,
  seriesNames: string[],
): PlannedChart {
  return {
    kind: "waveLines",
    chartType: "Line",
    title: text.chartTitle,
    // the name column and the wave columns, header row included: each row below the header is one series,
    // the header's wave labels its categories
    source: boxAddress({ ...box, columnCount: waves + 1 }),
    seriesBy: "Rows",
    seriesNames,
    extraSeries: [],
    axisTitles: { category: text.wave, value: text.chartAxis },
    // under the table, from column A: beside a table of many wave and test columns it would sit off screen
    position: boxAddress({
      row: box.row + box.rowCount + 1,
      column: 0,
      rowCount: WAVE_CHART_HEIGHT,
      columnCount: WAVE_CHART_WIDTH,
    }),
    requires: [],
  };
}
