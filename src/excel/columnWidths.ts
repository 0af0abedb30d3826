import { parseAddress } from "./a1";
import type { PlannedBlock, PlannedCell } from "./types";

/** Excel's default column width (8.43 characters of Calibri 11), in points */
export const DEFAULT_COLUMN_WIDTH = 48;
const MAX_COLUMN_WIDTH = 240;
/** an average character of Calibri 11 (a digit is 7 px, a lower-case letter about 6), in points; the padding */
const CHARACTER_WIDTH = 5;
const PADDING = 8;
/** the filter button an Excel table puts in each header cell, in characters */
const FILTER_BUTTON = 3;

/** A block to measure; a table's header row also holds the filter button. */
export interface MeasuredBlock {
  address: string;
  cells: PlannedCell[][];
  columnFormats: string[];
  filterRow?: boolean;
}

/**
 * Column widths in points from column A to the rightmost measured column, each wide enough for the widest
 * header or displayed value in it (never narrower than Excel's default). Excel on the web has no reliable
 * autofit for a range that is not drawn yet, and fitting column by column would let the last table decide;
 * so the widths are estimated here from the characters, counting a Chinese character as two.
 */
export function columnWidths(blocks: readonly MeasuredBlock[]): number[] {
  const widest: number[] = [];
  for (const block of blocks) {
    const box = parseAddress(block.address);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const column = box.column + c;
        const extra = block.filterRow && r === 0 ? FILTER_BUTTON : 0;
        const characters = displayedCharacters(cell, block.columnFormats[c] ?? "General") + extra;
        widest[column] = Math.max(widest[column] ?? 0, characters);
      }),
    );
  }
  return Array.from({ length: widest.length }, (_, column) => {
    const points = Math.ceil((widest[column] ?? 0) * CHARACTER_WIDTH + PADDING);
    return Math.min(MAX_COLUMN_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, points));
  });
}

/** PlannedBlock → MeasuredBlock (a plain block: no filter row) */
export function measured(block: PlannedBlock, filterRow = false): MeasuredBlock {
  return { ...block, filterRow };
}

/** how many character widths the cell shows under its number format (a formula's result: a short number) */
function displayedCharacters(cell: PlannedCell, format: string): number {
  if (cell === null) return 0;
  if (typeof cell === "object") return "text" in cell ? textWidth(cell.text) : 6;
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  if (format.includes('"<')) return 7; // p-values: 0.0000 or <0.0001
  if (format.endsWith("%")) return (cell * 100).toFixed(decimals).length + 1;
  if (format === "General") return String(Number(cell.toPrecision(10))).length;
  return cell.toFixed(decimals).length;
}

/** East Asian wide characters take two character widths */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}
