import { extent } from "../../core";
import { boxAddress, type CellBox } from "../a1";
import { measured, type MeasuredBlock } from "../columnWidths";
import { bodyColumn } from "../liveFormulas";
import type { ResultLabels } from "../resultLabels";
import { FORMAT, headerWordsOnly, textLine } from "../sheets/sheetCells";
import type {
  FormulaBlock,
  PlannedBlock,
  PlannedCell,
  PlannedChart,
  PlannedSpill,
  PlannedTable,
  ValueColumn,
} from "../types";

export interface Column {
  header: string;
  format: string;
}

/**
 * The number format of each quantity the results tables show, decided once so that every block's table, and
 * its live spill, show a quantity alike.
 */
const COLUMN_FORMATS = {
  item: FORMAT.text,
  dimension: FORMAT.text,
  quadrant: FORMAT.text,
  expectation: FORMAT.number,
  perception: FORMAT.number,
  gap: FORMAT.number,
  importance: FORMAT.number,
  performance: FORMAT.number,
  shortfall: FORMAT.number,
  score: FORMAT.number,
  sd: FORMAT.number,
  ciLow: FORMAT.number,
  ciHigh: FORMAT.number,
  t: FORMAT.number,
  weightedGap: FORMAT.number,
  p: FORMAT.pValue,
  weight: FORMAT.percent,
  n: FORMAT.count,
  missing: FORMAT.count,
  respondents: FORMAT.count,
  rank: FORMAT.count,
} as const;

/** A quantity a results table can show: its header is the label of that name. */
export type ColumnKey = keyof typeof COLUMN_FORMATS;

/** The table columns of `keys`, headed in the sheet's language. */
export function columnsOf(labels: ResultLabels, keys: readonly ColumnKey[]): Column[] {
  return keys.map((key) => ({ header: labels[key], format: COLUMN_FORMATS[key] }));
}

/** The formats of a live spill's columns: text is left General, since a formula spills it (see FORMAT). */
export function spillFormatsOf(keys: readonly ColumnKey[]): string[] {
  return keys.map((key) => (COLUMN_FORMATS[key] === FORMAT.text ? FORMAT.general : COLUMN_FORMATS[key]));
}

/** The header row of a spill's width hint. */
export function headerHintOf(labels: ResultLabels, keys: readonly ColumnKey[]): PlannedCell[] {
  return keys.map((key) => ({ text: labels[key] }));
}

/** How a table of the results sheet is laid out beyond its title, columns and rows. */
export interface TableOptions {
  /** the column (0-based) whose negative numbers are highlighted: a gap below expectation */
  highlightColumn?: number;
  /**
   * the header row wraps, so only each header's longest word sets its column's width: a table under the
   * first ones, with long headers ("Change 2026Q1 → 2026Q2"), keeps the widths of the columns above
   */
  wrapHeader?: boolean;
  /** lines under the table, one a row (a legend, warnings), then the blank row before the next section */
  notes?: readonly string[];
}

export interface SpillSpec {
  block: FormulaBlock;
  formula: string;
  rowCount: number;
  /** the quantities the formula spills, in its order: their formats, and the header that sizes the columns */
  columns: readonly ColumnKey[];
  /** columns the block writes beside the spill as values, sized with it */
  besideColumns?: readonly ColumnKey[];
  highlightColumn?: number;
  /** the text the formula will spill under its header (its values are short numbers), to size the columns */
  widthHint: PlannedCell[][];
}

/**
 * The results sheet as the blocks fill it, top to bottom in columns A–L with their charts to the right:
 * each block asks for a titled table or a titled spill at the next free row, adds its charts and helper
 * cells, and may reserve rows (a chart taller than its table). Pure: what it holds becomes the WritePlan.
 */
export class ResultsSheetLayout {
  constructor(private readonly labels: ResultLabels) {}

  readonly blocks: PlannedBlock[] = [];
  /** the table-like blocks whose contents set the column widths */
  readonly grid: MeasuredBlock[] = [];
  readonly tables: PlannedTable[] = [];
  readonly charts: PlannedChart[] = [];
  readonly spills: PlannedSpill[] = [];
  readonly hiddenRows: string[] = [];
  readonly valueColumns: ValueColumn[] = [];
  /** the next free row (0-based) */
  row = 0;

  /** Cells that are neither a table nor a spill (a title line, a note, a helper block). */
  add(block: PlannedBlock): void {
    this.blocks.push(block);
  }

  /** The rows from `top` on are the block's for `height` rows (a chart beside a shorter table). */
  reserve(top: number, height: number): void {
    this.row = Math.max(this.row, top + height + 1);
  }

  /**
   * A section title and an Excel table under it at the next free row, and the options' notes under the
   * table; returns the table's box.
   */
  table(
    title: string,
    name: string,
    columns: Column[],
    rows: PlannedCell[][],
    options: TableOptions = {},
  ): CellBox {
    const row = this.row;
    this.blocks.push(heading(row, title));
    const box: CellBox = { row: row + 1, column: 0, rowCount: rows.length + 1, columnCount: columns.length };
    const block: PlannedBlock = {
      address: boxAddress(box),
      cells: [columns.map((c) => ({ text: c.header })), ...rows],
      columnFormats: columns.map((c) => c.format),
    };
    this.blocks.push(block);
    if (options.wrapHeader) {
      block.wrapHeader = true;
      this.grid.push(headerWordsOnly(block));
    } else this.grid.push(measured(block, true));
    const table: PlannedTable = { name, address: boxAddress(box) };
    if (options.highlightColumn !== undefined && rows.length > 0) {
      table.negativeHighlight = boxAddress({
        row: row + 2,
        column: options.highlightColumn,
        rowCount: rows.length,
        columnCount: 1,
      });
    }
    this.tables.push(table);
    const notes = options.notes ?? [];
    const notesRow = box.row + box.rowCount;
    notes.forEach((note, i) => this.add(textLine(notesRow + i, note)));
    this.row = notesRow + notes.length + 1;
    return box;
  }

  /** A section title and a live formula spilling under it at the next free row; returns the spill's box. */
  spill(title: string, spill: SpillSpec): CellBox {
    const row = this.row;
    const columnFormats = spillFormatsOf(spill.columns);
    const widthHint = [
      headerHintOf(this.labels, [...spill.columns, ...(spill.besideColumns ?? [])]),
      ...spill.widthHint,
    ];
    this.blocks.push(heading(row, title));
    const box: CellBox = {
      row: row + 1,
      column: 0,
      rowCount: spill.rowCount,
      columnCount: columnFormats.length,
    };
    const planned: PlannedSpill = {
      block: spill.block,
      anchor: boxAddress({ ...box, rowCount: 1, columnCount: 1 }),
      formula: spill.formula,
      address: boxAddress(box),
      columnFormats,
    };
    if (spill.highlightColumn !== undefined)
      planned.negativeHighlight = bodyColumn(box, spill.highlightColumn);
    this.spills.push(planned);
    const hintColumns = extent(widthHint.map((line) => line.length)).largest;
    this.grid.push({
      address: boxAddress({
        row: box.row,
        column: 0,
        rowCount: widthHint.length,
        columnCount: hintColumns,
      }),
      cells: widthHint.map((line) => Array.from({ length: hintColumns }, (_, c) => line[c] ?? null)),
      columnFormats: Array.from({ length: hintColumns }, () => FORMAT.text),
    });
    this.row = box.row + box.rowCount + 1;
    return box;
  }
}

/** A one-cell section heading at `row`, column A. */
export function heading(row: number, text: string): PlannedBlock {
  return {
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text }]],
    columnFormats: [FORMAT.text],
    style: "heading",
  };
}

/** A number cell, empty where the statistic is undefined or not finite. */
export function num(value: number | undefined): PlannedCell {
  return value === undefined || !Number.isFinite(value) ? null : value;
}
