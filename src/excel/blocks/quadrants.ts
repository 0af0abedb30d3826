import { itemName } from "../../core/domainNames";
import { boxAddress } from "../a1";
import {
  MATRIX_CHART_HEIGHT,
  matrixChart,
  matrixHelper,
  type PriorityMatrixResult,
} from "../charts/priorityMatrixChart";
import { bodyColumn } from "../liveFormulas";
import { FORMAT } from "../sheets/sheetCells";
import type { PlannedCell } from "../types";
import type { BlockPlanContext, ResultBlockPlan } from "./context";
import type { Column } from "./layout";

export const declaration = { key: "quadrants", live: true, charts: ["importancePerformance"] } as const;

/**
 * The priority matrix: each item's quadrant in a table (performance or gap before importance: x then y of the
 * scatter chart), one line per quadrant saying what it means, the chart with its hidden helper rows. With the
 * formulas option one =CX.IPA spills it, except in the gap matrix, which CX.IPA does not compute.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan(context) {
    const { analysis, labels, layout, live } = context;
    const quadrants = analysis.quadrants;
    // CX.IPA places items by performance against a crosshair; the gap matrix places them by their gap
    const gapMatrix = quadrants?.matrix === "gap";
    if (live && gapMatrix && quadrants.items.length > 0) context.fallBack("quadrants", "gapMatrix");
    if (!quadrants || quadrants.items.length === 0) return;
    const top = layout.row + 1;
    const name = (q: PriorityMatrixResult["items"][number]): string =>
      itemName(q.item, labels.language, q.name);
    let firstSeries: { xValues: string; values: string } | undefined;
    if (!gapMatrix && context.isLive("quadrants") && live?.importance) {
      const { importance: ci, performance: cp } = quadrants.crosshair;
      const crosshair = quadrants.rule === "scale" ? `{${ci},${cp}}` : `"${quadrants.rule}"`;
      const spillBox = layout.spill(labels.quadrants, {
        block: "quadrants",
        formula: `=CX.IPA(${live.importance},${live.perception},${context.itemColumns!.names},${crosshair})`,
        rowCount: quadrants.items.length + 1,
        columnFormats: [FORMAT.general, FORMAT.number, FORMAT.number, FORMAT.general],
        widthHint: [
          [labels.item, labels.importance, labels.performance, labels.quadrant].map((text) => ({ text })),
          ...quadrants.items.map((q) => [
            { text: name(q) },
            null,
            null,
            { text: labels.quadrantNames[q.quadrant] },
          ]),
        ],
      });
      // the spill has importance before performance; the chart's x is performance
      firstSeries = { xValues: bodyColumn(spillBox, 2), values: bodyColumn(spillBox, 1) };
    } else {
      const columns: Column[] = [
        { header: labels.item, format: FORMAT.text },
        { header: gapMatrix ? labels.gap : labels.performance, format: FORMAT.number },
        { header: labels.importance, format: FORMAT.number },
        { header: labels.quadrant, format: FORMAT.text },
      ];
      const rows: PlannedCell[][] = quadrants.items.map((q) => [
        { text: name(q) },
        gapMatrix ? q.gap : q.performance,
        q.importance,
        { text: labels.quadrantNames[q.quadrant] },
      ]);
      layout.table(labels.quadrants, "CXGapQuadrants", columns, rows);
    }
    addQuadrantMeanings(context, quadrants.matrix);
    layout.reserve(top, MATRIX_CHART_HEIGHT);
    const helper = matrixHelper(layout.row, quadrants, labels);
    layout.add(helper.heading);
    layout.add(helper.block);
    layout.hiddenRows.push(helper.hiddenRows);
    layout.row = helper.nextRow;
    const chart = matrixChart(top, quadrants, helper, analysis, labels);
    layout.charts.push(firstSeries ? { ...chart, firstSeries } : chart);
  },
};

/** One line per quadrant under the matrix table: its name and what it means. */
function addQuadrantMeanings(
  { labels, layout }: BlockPlanContext,
  matrix: PriorityMatrixResult["matrix"],
): void {
  const meanings = labels.quadrantMeanings[matrix];
  const order = ["concentrateHere", "keepUpTheGoodWork", "lowPriority", "possibleOverkill"] as const;
  const row = layout.row;
  layout.add({
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: labels.meaning }]],
    columnFormats: [FORMAT.text],
    style: "heading",
  });
  order.forEach((quadrant, i) =>
    layout.add({
      address: boxAddress({ row: row + 1 + i, column: 0, rowCount: 1, columnCount: 1 }),
      cells: [[{ text: `${labels.quadrantNames[quadrant]}: ${meanings[quadrant]}` }]],
      columnFormats: [FORMAT.text],
    }),
  );
  layout.row = row + order.length + 2;
}
