import { ExcelFunctionError } from "../../src/functions/excelError";

/** Runs `body` with Office's display language set as Excel would (Office.context.displayLanguage). */
export function inLanguage<T>(displayLanguage: string, body: () => T): T {
  const global = globalThis as { Office?: unknown };
  const saved = global.Office;
  global.Office = { context: { displayLanguage } };
  try {
    return body();
  } finally {
    if (saved === undefined) delete global.Office;
    else global.Office = saved;
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
