import type { HostErrorInfo, HostErrorKind } from "./types";

/** The one error type the gateway rejects with; the taskpane explains it by `kind`. */
export class HostError extends Error implements HostErrorInfo {
  readonly kind: HostErrorKind;
  readonly retryable: boolean;
  readonly missing?: string[];
  readonly officeCode?: string;

  constructor(kind: HostErrorKind, message: string, extra: { missing?: string[]; officeCode?: string } = {}) {
    super(message);
    this.name = "HostError";
    this.kind = kind;
    this.retryable = kind === "cellEditMode";
    if (extra.missing) this.missing = extra.missing;
    if (extra.officeCode) this.officeCode = extra.officeCode;
  }
}

export function isHostError(error: unknown): error is HostError {
  return error instanceof HostError;
}

/**
 * OfficeExtension.Error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes, see
 * learn.microsoft.com/javascript/api/excel/excel.errorcodes and
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-error-handling) grouped by what the
 * user can do about them. AccessDenied ("you can't perform the requested operation") is not only a protected
 * sheet: a read-only or view-only file, or one shared without edit rights, refuses the same way.
 * InvalidSelection is what getSelectedRange throws when several ranges are selected
 * (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
 */
const KIND_OF_OFFICE_CODE: Readonly<Record<string, HostErrorKind>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  AccessDenied: "accessDenied",
  InvalidSelection: "multipleSelection",
  ApiNotFound: "unsupportedApi",
  NotImplemented: "unsupportedApi",
  UnsupportedFeature: "unsupportedApi",
  UnsupportedOperation: "unsupportedApi",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  RangeExceedsLimit: "payloadTooLarge",
  OperationCellsExceedLimit: "payloadTooLarge",
};

/** Turns anything thrown inside Excel.run into a HostError (HostErrors pass through unchanged). */
export function toHostError(error: unknown): HostError {
  if (isHostError(error)) return error;
  const code = officeCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined) {
    const kind = KIND_OF_OFFICE_CODE[code] ?? protectionKind(code, message) ?? "unknown";
    return new HostError(kind, message, { officeCode: code });
  }
  return new HostError("unknown", message);
}

function officeCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Some hosts report edits of a protected sheet as InvalidOperation with a message about protection. */
function protectionKind(code: string, message: string): HostErrorKind | undefined {
  return code === "InvalidOperation" && /protect/i.test(message) ? "protectedSheet" : undefined;
}

/** Runs a gateway operation, converting any failure into a HostError. */
export async function withHostErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toHostError(error);
  }
}
