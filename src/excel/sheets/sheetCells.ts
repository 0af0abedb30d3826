import { boxAddress, type CellBox } from "../a1";
import type { PlannedBlock, PlannedCell } from "../types";

/** Number formats shared by the add-in's sheets. */
export const FORMAT = {
  text: "@",
  number: "0.00",
  priority: "0.0",
  count: "0",
  share: "0%",
  percent: "0.0%",
  /** four decimals; below 0.0001 "<0.0001" rather than a p of 0.0000 */
  pValue: '[<0.0001]"<0.0001";0.0000',
  /** ISO order reads the same in English and Chinese */
  date: "yyyy-mm-dd",
  /** cells whose text a formula spills: left in the default format, never "@" */
  general: "General",
} as const;

/** A one-cell block at (row, column 0): a title, a heading or a line of text that runs on to the right. */
export function textLine(row: number, text: string, style?: PlannedBlock["style"]): PlannedBlock {
  const block: PlannedBlock = {
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text }]],
    columnFormats: [FORMAT.text],
  };
  if (style) block.style = style;
  return block;
}

/** A header row and body rows at (row, column); its box is returned for tables, charts and formats. */
export function gridBlock(
  row: number,
  column: number,
  headers: readonly string[],
  rows: readonly PlannedCell[][],
  columnFormats: readonly string[],
): { block: PlannedBlock; box: CellBox } {
  const box: CellBox = { row, column, rowCount: rows.length + 1, columnCount: headers.length };
  return {
    box,
    block: {
      address: boxAddress(box),
      cells: [headers.map((text) => ({ text })), ...rows.map((cells) => [...cells])],
      columnFormats: [...columnFormats],
    },
  };
}

/** A number, or an empty cell for a missing or non-finite one. */
export function numberCell(value: number | undefined): PlannedCell {
  return value === undefined || !Number.isFinite(value) ? null : value;
}
