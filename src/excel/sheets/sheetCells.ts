import { boxAddress, type CellBox } from "../a1";
import { measured, type MeasuredBlock } from "../columnWidths";
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

/**
 * A table whose header row wraps: each column needs the width of its longest header word (or of its values),
 * not of the whole header, so a nine-column table fits beside the pane.
 */
export function headerWordsOnly(block: PlannedBlock): MeasuredBlock {
  const [header = [], ...body] = block.cells;
  const words = header.map((cell) => {
    if (cell === null || typeof cell !== "object" || !("text" in cell)) return cell;
    const longest = cell.text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
    // a Chinese header has no spaces: half of it per line, as wrapped on two lines
    const wide =
      /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(cell.text) && !/\s/.test(cell.text);
    const half = wide ? cell.text.slice(0, Math.ceil(cell.text.length / 2)) : longest;
    return { text: half };
  });
  return measured({ ...block, cells: [words, ...body] }, true);
}
