import { readDisplayLanguageWith } from "../../src/functions/locale";
import { ExcelFunctionError } from "../../src/functions/excelError";

/** Runs `body` with the display language Office would report (as src/entries/functions.ts hands it in). */
export function inLanguage<T>(displayLanguage: string, body: () => T): T {
  const previous = readDisplayLanguageWith(() => displayLanguage);
  try {
    return body();
  } finally {
    readDisplayLanguageWith(previous);
  }
}

/** The ExcelFunctionError `call` throws (fails the test when it returns or throws anything else). */
export function thrownBy(call: () => unknown): ExcelFunctionError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelFunctionError);
    return error as ExcelFunctionError;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}

/** An error cell as the custom-functions runtime passes it (a CustomFunctions.Error's fields). */
export function errorCell(code: string): { type: string; code: string; basicValue: string; message: string } {
  return { type: "Error", code, basicValue: code, message: "" };
}

/** The error value in a result cell (fails the test when the cell holds a value). */
export function errorIn(cell: unknown): ExcelFunctionError {
  expect(cell).toBeInstanceOf(ExcelFunctionError);
  return cell as ExcelFunctionError;
}

/** What a spill may hold beyond finite numbers, text and Excel errors, and how many rows it has at least. */
export interface SpillShape {
  /** TRUE/FALSE cells (CX.KANO's and CX.SEGMENTS' Significant columns) */
  booleans?: boolean;
  minRows?: number;
}

/**
 * The property every CX function keeps on any input: it returns a rectangle of finite numbers, text (and
 * booleans where `shape` allows) and Excel errors, or throws an ExcelFunctionError with a code Excel knows and
 * a message. Successful results are counted in `seen` under `name`, so a test can check the property was
 * exercised on spills too, not only on errors.
 */
export function expectSpillOrExcelError(
  call: () => unknown[][],
  seen: Map<string, number>,
  name: string,
  shape: SpillShape = {},
): void {
  let result: unknown[][];
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelFunctionError);
    expect(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]).toContain((error as ExcelFunctionError).code);
    expect((error as ExcelFunctionError).message.length).toBeGreaterThan(0);
    return;
  }
  seen.set(name, (seen.get(name) ?? 0) + 1);
  expect(Array.isArray(result)).toBe(true);
  expect(result.length).toBeGreaterThanOrEqual(shape.minRows ?? 1);
  const width = result[0]!.length;
  expect(width).toBeGreaterThan(0);
  for (const row of result) {
    expect(Array.isArray(row) && row.length === width).toBe(true);
    for (const cell of row) {
      if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      else if (typeof cell === "boolean" && shape.booleans) continue;
      else if (typeof cell !== "string") expect(cell).toBeInstanceOf(ExcelFunctionError);
    }
  }
}

/**
 * A formatted number as it arrives from Excel: a data type whose basicValue is the number
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue). Only the functions'
 * careful readings look inside, so one such cell sends a call there without changing what it must answer.
 */
export const formatted = (value: number) => ({ type: "Double", basicValue: value, numberFormat: "0" });

/** The same cells with the first number (row by row) as a formatted number of the same value; undefined without one. */
export function withFirstNumberFormatted(cells: unknown[][]): unknown[][] | undefined {
  for (let r = 0; r < cells.length; r++) {
    const c = cells[r]!.findIndex((cell) => typeof cell === "number");
    if (c < 0) continue;
    return cells.map((row, i) =>
      i === r ? row.map((cell, j) => (j === c ? formatted(cell as number) : cell)) : row,
    );
  }
  return undefined;
}

/** The spill, or the error's code and message: what Excel would show either way. */
export function whatExcelShows(call: () => unknown[][]): unknown {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof ExcelFunctionError)) throw error;
    return { code: error.code, message: error.message };
  }
}
