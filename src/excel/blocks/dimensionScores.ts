import { itemName } from "../../core/domainNames";
import { sameText, valueForText } from "../../survey";
import { boxAddress } from "../a1";
import { CHART_HEIGHT, dimensionCharts } from "../charts/dimensionCharts";
import { arrayConstant, cxFormula } from "../cxFormulas";
import type { PlannedCell } from "../types";
import type { BlockPlanContext, ResultBlockPlan } from "./context";
import { FORMAT } from "../sheets/sheetCells";
import { columnsOf, num, type ColumnKey } from "./layout";

export const declaration = {
  key: "dimensionScores",
  live: true,
  charts: ["dimensionBars", "dimensionGaps", "servqualRadar"],
} as const;

/**
 * The dimension table (expectation, perception, gap, weight, weighted gap, respondents; an overall row) with
 * its bar charts and, for SERVQUAL-22, the radar. With the formulas option one =CX.SERVQUAL spills it, and the
 * respondents, which no CX function gives, stand beside it as values. The summary sheet gets one sentence per
 * dimension.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan(context) {
    const { analysis, settings, labels, layout } = context;
    if (analysis.dimensions.length === 0) return;
    const top = layout.row + 1;
    if (context.isLive("dimensionScores") && context.live?.perception) planLive(context);
    else planValues(context);
    layout.charts.push(...dimensionCharts(top, analysis.dimensions.length, settings, labels));
    layout.reserve(top, CHART_HEIGHT);
  },
  summary({ analysis, labels, dimensionName }) {
    if (analysis.dimensions.length === 0) return undefined;
    const namesOfItems = new Map(analysis.items.map((item) => [item.item, item.name]));
    const lines = analysis.dimensions.map((dimension) => {
      const inDimension = analysis.items.filter((i) => i.dimension === dimension.key && i.gap !== undefined);
      const worst = inDimension.reduce<(typeof inDimension)[number] | undefined>(
        (low, item) => (low === undefined || item.gap! < low.gap! ? item : low),
        undefined,
      );
      return labels.summary.dimensionSentence(
        dimensionName(dimension.key),
        dimension.gap,
        worst && {
          name: itemName(worst.item, labels.language, namesOfItems.get(worst.item)),
          gap: worst.gap!,
        },
      );
    });
    return { heading: labels.summary.byDimension, lines, firstScreen: true };
  },
};

/** The columns CX.SERVQUAL spills, in its order. */
const SPILL_COLUMNS: readonly ColumnKey[] = [
  "dimension",
  "expectation",
  "perception",
  "gap",
  "weight",
  "weightedGap",
];

function planLive(context: BlockPlanContext): void {
  const { analysis, settings, labels, layout } = context;
  const live = context.live!;
  const weighted = analysis.dimensions.some((d) => d.weight !== undefined);
  const weights = weighted
    ? arrayConstant(analysis.dimensions.map((d) => valueForText(settings.weights, d.key) ?? 0))
    : undefined;
  const top = layout.row + 1;
  const names = analysis.dimensions.map((d) => [{ text: context.dimensionName(d.key) }]);
  // the respondents per dimension, which no CX function gives, beside the spill as values: the same
  // seven columns as the values option's table
  const respondents: PlannedCell[][] = [
    ...analysis.dimensions.map((d) => [d.respondents]),
    [analysis.respondents],
  ];
  layout.add({
    address: boxAddress({ row: top, column: 6, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: labels.respondents }]],
    columnFormats: [FORMAT.text],
    style: "heading",
  });
  layout.add({
    address: boxAddress({ row: top + 1, column: 6, rowCount: respondents.length, columnCount: 1 }),
    cells: respondents,
    columnFormats: [FORMAT.count],
  });
  layout.valueColumns.push({ block: "dimensionScores", column: labels.respondents, reason: "noFunction" });
  layout.spill(labels.dimensionScores, {
    block: "dimensionScores",
    formula: cxFormula("SERVQUAL", {
      perception: live.perception,
      expectation: live.expectation,
      dimensions: context.itemColumns!.dimensions,
      weights,
    }),
    rowCount: analysis.dimensions.length + 2,
    columns: SPILL_COLUMNS,
    besideColumns: ["respondents"],
    highlightColumn: 3,
    widthHint: [...names, [{ text: labels.overall }]],
  });
}

/** The columns of CX.SERVQUAL's spill, then the respondents: the same table in both output options. */
function planValues(context: BlockPlanContext): void {
  const { analysis, labels, layout } = context;
  const weighted = analysis.dimensions.some((d) => d.weight !== undefined);
  const columns = columnsOf(labels, [...SPILL_COLUMNS, "respondents"]);
  const rows: PlannedCell[][] = analysis.dimensions.map((d) => [
    { text: context.dimensionName(d.key) },
    d.expectation,
    d.perception,
    d.gap,
    weighted ? num(d.weight) : null,
    weighted ? num(d.weightedGap) : null,
    d.respondents,
  ]);
  if (analysis.overall) {
    const o = analysis.overall;
    // a dimension the user called "Overall" (in any case) keeps its name; the overall row says what it is
    const overallTaken = analysis.dimensions.some((d) =>
      sameText(context.dimensionName(d.key), labels.overall),
    );
    rows.push([
      { text: overallTaken ? labels.overallAllDimensions : labels.overall },
      o.expectation,
      o.perception,
      o.gap,
      weighted ? 1 : null,
      weighted ? num(o.weightedScore) : null,
      analysis.respondents,
    ]);
  }
  layout.table(labels.dimensionScores, "CXGapDimensions", columns, rows, { highlightColumn: 3 });
}
