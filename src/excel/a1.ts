/** A1-address arithmetic for the results sheet and survey ranges (pure). */

export interface CellBox {
  /** zero-based */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3:D10" (relative) for a box; a single cell gives "B3". */
export function boxAddress(box: CellBox, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnLetters(box.column)}${d}${box.row + 1}`;
  if (box.rowCount === 1 && box.columnCount === 1) return start;
  const end = `${d}${columnLetters(box.column + box.columnCount - 1)}${d}${box.row + box.rowCount}`;
  return `${start}:${end}`;
}

/** Parses "Sheet1!$B$3:D10", "'My sheet'!A1" or "C5" into a box (the sheet part is ignored). */
export function parseAddress(address: string): CellBox {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(local.trim());
  if (!match) throw new Error(`not an A1 range address: ${address}`);
  const startColumn = columnIndex(match[1]!);
  const startRow = Number(match[2]) - 1;
  const endColumn = match[3] !== undefined ? columnIndex(match[3]) : startColumn;
  const endRow = match[4] !== undefined ? Number(match[4]) - 1 : startRow;
  return {
    row: Math.min(startRow, endRow),
    column: Math.min(startColumn, endColumn),
    rowCount: Math.abs(endRow - startRow) + 1,
    columnCount: Math.abs(endColumn - startColumn) + 1,
  };
}

/** The worksheet part of an address as Excel returns it ("'My sheet'!A1:B2" → "My sheet"). */
export function sheetOfAddress(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const sheet = address.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** A sheet name as it must appear in a formula: quoted, with quotes doubled. */
export function quotedSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}
