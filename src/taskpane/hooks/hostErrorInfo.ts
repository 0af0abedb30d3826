import { toHostError } from "../../excel/hostError";
import type { HostErrorInfo } from "../../excel/types";

/** A plain, storable copy of whatever a gateway call rejected with. */
export function hostErrorInfo(error: unknown): HostErrorInfo {
  const hostError = toHostError(error);
  const info: HostErrorInfo = {
    kind: hostError.kind,
    message: hostError.message,
    retryable: hostError.retryable,
  };
  if (hostError.missing) info.missing = hostError.missing;
  if (hostError.officeCode) info.officeCode = hostError.officeCode;
  return info;
}

/** Lets React paint (progress, spinners) before a long computation on the UI thread starts. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
