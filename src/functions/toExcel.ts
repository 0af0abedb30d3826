/// <reference types="custom-functions-runtime" />
import { isExcelFunctionError, type ExcelErrorCode } from "./excelError";
import { currentLocale } from "./locale";
import { messagesFor } from "./messages";

const ERROR_CODE: Record<ExcelErrorCode, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#DIV/0!": () => CustomFunctions.ErrorCode.divisionByZero,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
};

/** Excel shows a custom message only on these two codes; the others take none. */
const CODES_WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

/**
 * The Excel error for anything a CX function threw or put in a cell: an ExcelFunctionError keeps
 * its code and message; anything else (a defect) becomes #VALUE! with its message, never a
 * JavaScript exception escaping into the runtime.
 */
function customFunctionsErrorOf(error: unknown): CustomFunctions.Error {
  if (isExcelFunctionError(error)) {
    const code = ERROR_CODE[error.code]();
    return CODES_WITH_MESSAGE.has(error.code)
      ? new CustomFunctions.Error(code, error.message)
      : new CustomFunctions.Error(code);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    messagesFor(currentLocale()).cannotCompute("CX", detail),
  );
}

/**
 * Adapts a plain CX function to the custom-functions runtime: error values inside the spilled
 * result and thrown errors become `CustomFunctions.Error`, so Excel shows #VALUE!, #N/A, #DIV/0! or
 * #NUM! with the message where Excel supports one. Only call this where `CustomFunctions` exists.
 */
export function toExcel<Parameters extends unknown[]>(
  plain: (...parameters: Parameters) => unknown[][],
): (...parameters: Parameters) => unknown[][] {
  return (...parameters) => {
    let result: unknown[][];
    try {
      result = plain(...parameters);
    } catch (error) {
      throw customFunctionsErrorOf(error);
    }
    return result.map((row) =>
      row.map((cell) => (isExcelFunctionError(cell) ? customFunctionsErrorOf(cell) : cell)),
    );
  };
}

/**
 * Adapts a plain CX function whose code loads when first called: the result is a Promise, which Excel waits
 * for (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs). A download that
 * fails is an Excel error with its reason, as any other failure.
 */
export function toExcelLater<Parameters extends unknown[]>(
  load: () => Promise<(...parameters: Parameters) => unknown[][]>,
): (...parameters: Parameters) => Promise<unknown[][]> {
  return async (...parameters) => {
    let plain: (...parameters: Parameters) => unknown[][];
    try {
      plain = await load();
    } catch (error) {
      throw customFunctionsErrorOf(error);
    }
    return toExcel(plain)(...parameters);
  };
}
