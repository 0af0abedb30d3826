/**
 * The Excel error codes the CX functions return. `#VALUE!` and `#N/A` carry a message Excel shows
 * on the cell; the others keep Excel's own meaning (division by zero, an impossible number).
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/**
 * An Excel error as a value: thrown when the whole result is an error, or placed in one cell of a
 * spilled result when only that cell has no value. `code` is the error Excel shows; `message` names
 * the argument and the fix (English or Chinese, following Office's display language).
 *
 * The functions stay plain JavaScript (testable in Node); `toExcel` (./toExcel, applied where functions.ts registers them) turns these into
 * `CustomFunctions.Error` objects at the Excel boundary.
 *
 * @example
 * new ExcelFunctionError("#VALUE!", "weights must not be negative").code // => "#VALUE!"
 */
export class ExcelFunctionError extends Error {
  override readonly name = "ExcelFunctionError";

  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True for an {@link ExcelFunctionError}, also across bundles (checks the shape, not the prototype). */
export function isExcelFunctionError(value: unknown): value is ExcelFunctionError {
  return (
    value instanceof ExcelFunctionError ||
    (value instanceof Error &&
      value.name === "ExcelFunctionError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}
