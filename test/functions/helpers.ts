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
