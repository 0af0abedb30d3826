import { ownValue, type SurveyAnalysis } from "../../survey";
import { itemName } from "../../core/domainNames";
import { boxAddress, type CellBox } from "../a1";
import { columnWidths, type MeasuredBlock } from "../columnWidths";
import type { SummarySection } from "../blocks/context";
import type { ResultLabels } from "../resultLabels";
import type { PlannedBlock, PlannedCell, PlannedChart, PlannedSheet, PlannedTable } from "../types";
import { headlineLine } from "../headlineLine";
import { FORMAT, gridBlock, headerWordsOnly, numberCell, textLine } from "./sheetCells";

/** The priority chart sits under the dimension sentences, over columns A–G. */
const CHART_COLUMNS = 7;
const CHART_ROWS = 11;

/**
 * The summary sheet a manager opens first (pure): what to fix first and where, on one screen.
 *
 * Rows 1–3: title with the date, respondents and survey, what "priority" means (once, in words). Then the
 * fix-first table (rank, item, priority, dimension, how far below expectation, the share of customers whose
 * experience fell below their expectation, importance and — with a segment column — the segment where the
 * item is worst and its gap there), the result blocks' `sections` (one sentence per dimension), and a ranked bar chart of priority with value
 * labels, ready for a slide. With 5 fix-first items and 5 dimensions the screen part ends on row 31: about
 * 20 px a row, the rows 1–30 of Excel on the web at 1366 × 768 with the pane open (columns A–I are about
 * 900 px at the widths set here, the grid beside a 350 px pane is about 950 px).
 * Below that screen, with a segment column: the segment × dimension gap table with a colour scale, whether
 * each segment differs from the rest (Welch's t, Holm-adjusted) and each segment's own top fixes.
 */
export function buildSummarySheet(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
  sourceText: string,
  writtenAt: string,
  sections: readonly SummarySection[] = [],
): PlannedSheet {
  const text = labels.summary;
  const blocks: PlannedBlock[] = [];
  const grid: MeasuredBlock[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const colorScales: string[] = [];
  const namesOfItems = new Map(analysis.items.map((item) => [item.item, item.name]));
  const name = (key: string): string => itemName(key, labels.language, namesOfItems.get(key));
  const dimensionName = (key: string | undefined): string =>
    key === undefined ? "" : (ownValue(labels.dimensionNames, key) ?? key);

  blocks.push(textLine(0, `${text.title} · ${writtenAt}`, "title"));
  blocks.push(textLine(1, text.context(analysis.respondents, sourceText)));
  blocks.push(textLine(2, text.priorityMeaning));
  // the headline numbers a programme reports upward (NPS, CSAT), in the row that separates the fix-first table
  const headline = headlineLine(analysis, labels);
  if (headline) blocks.push(textLine(3, headline));
  let row = 4;

  // What to fix first
  blocks.push(textLine(row, text.fixFirst, "heading"));
  row += 1;
  const fixFirst = analysis.priorities.filter((p) => p.fixFirst);
  const segmentHeader = analysis.segments?.header;
  if (fixFirst.length === 0) {
    blocks.push(textLine(row, text.nothingToFix));
    row += 2;
  } else {
    const headers = [
      text.rank,
      text.item,
      text.priority,
      text.dimension,
      text.belowBy,
      text.shareBelow,
      text.importance,
      ...(segmentHeader !== undefined ? [text.worstSegment(segmentHeader), text.gapThere] : []),
    ];
    const formats = [
      FORMAT.count,
      FORMAT.text,
      FORMAT.priority,
      FORMAT.text,
      FORMAT.number,
      FORMAT.share,
      FORMAT.number,
      ...(segmentHeader !== undefined ? [FORMAT.text, FORMAT.number] : []),
    ];
    const rows: PlannedCell[][] = fixFirst.map((p) => [
      p.rank,
      { text: name(p.item) },
      p.priority,
      { text: dimensionName(p.dimension) },
      p.shortfall,
      p.shareBelow,
      numberCell(p.importance),
      ...(segmentHeader !== undefined
        ? [{ text: p.worstSegment?.segment ?? "" }, numberCell(p.worstSegment?.gap)]
        : []),
    ]);
    const { block, box } = gridBlock(row, 0, headers, rows, formats);
    block.wrapHeader = true;
    blocks.push(block);
    grid.push(headerWordsOnly(block));
    const table: PlannedTable = { name: "CXGapFixFirst", address: block.address };
    if (segmentHeader !== undefined) table.negativeHighlight = bodyColumn(box, 8);
    tables.push(table);
    charts.push(priorityChart(box, labels));
    row += box.rowCount + 1;
  }

  // The blocks' lines in the registry's order: those of the first screen (one sentence per dimension or
  // journey stage) above the chart, the others (Kano, change over time…) under it, so that optional blocks
  // never push the chart off the first screen
  const writeSection = (section: SummarySection): void => {
    blocks.push(textLine(row, section.heading, "heading"));
    row += 1;
    for (const line of section.lines) {
      blocks.push(textLine(row, line));
      row += 1;
    }
    row += 1;
  };
  sections.filter((section) => section.firstScreen === true).forEach(writeSection);
  const chart = charts[0];
  if (chart) {
    chart.position = boxAddress({ row, column: 0, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS });
    row += CHART_ROWS + 1;
  }
  sections.filter((section) => section.firstScreen !== true).forEach(writeSection);

  // Stores and segments, under the first screen
  const segments = analysis.segments;
  if (segments && analysis.dimensions.length > 0) {
    blocks.push(textLine(row, text.segmentsHeading(segments.header), "heading"));
    row += 1;
    const dimensionKeys = analysis.dimensions.map((d) => d.key);
    const headers = [
      segments.header,
      text.respondents,
      ...dimensionKeys.map(dimensionName),
      text.overall,
      text.versusRest,
      text.topFixes,
    ];
    const rows: PlannedCell[][] = segments.segments.map((s) => [
      { text: s.segment },
      s.respondents,
      ...dimensionKeys.map((key) => numberCell(s.dimensionGaps[key])),
      numberCell(s.overallGap),
      {
        text: s.versusRest
          ? text.versusRestCell(s.versusRest.difference, s.versusRest.adjustedP, s.versusRest.significant)
          : "",
      },
      { text: s.topFixes.map(name).join(", ") },
    ]);
    const formats = [
      FORMAT.text,
      FORMAT.count,
      ...dimensionKeys.map(() => FORMAT.number),
      FORMAT.number,
      FORMAT.text,
      FORMAT.text,
    ];
    const { block, box } = gridBlock(row, 0, headers, rows, formats);
    block.wrapHeader = true;
    blocks.push(block);
    grid.push(headerWordsOnly(block));
    tables.push({ name: "CXGapSegments", address: block.address });
    colorScales.push(
      boxAddress({
        row: box.row + 1,
        column: 2,
        rowCount: rows.length,
        columnCount: dimensionKeys.length + 1,
      }),
    );
    row += box.rowCount + 1;
  }

  const sheet: PlannedSheet = {
    sheetBaseName: text.sheetName,
    blocks,
    tables,
    charts,
    columnWidths: columnWidths(grid),
  };
  if (colorScales.length > 0) sheet.colorScales = colorScales;
  return sheet;
}

/** Ranked bars of the fix-first items' priority, first at the top, values on the bars. */
function priorityChart(box: CellBox, labels: ResultLabels): PlannedChart {
  return {
    kind: "priorityBars",
    chartType: "BarClustered",
    title: labels.summary.chartTitle,
    // the Item and Priority columns, side by side on purpose
    source: boxAddress({ ...box, column: 1, columnCount: 2 }),
    seriesBy: "Columns",
    seriesNames: [labels.summary.priority],
    extraSeries: [],
    axisTitles: { category: labels.summary.item, value: labels.summary.chartAxis },
    reverseCategories: true,
    valueLabels: true,
    position: "A1",
    requires: ["ExcelApi 1.7"],
  };
}

function bodyColumn(box: CellBox, column: number): string {
  return boxAddress({
    row: box.row + 1,
    column: box.column + column,
    rowCount: box.rowCount - 1,
    columnCount: 1,
  });
}
