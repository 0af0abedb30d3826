import type { HostErrorInfo } from "../../../excel/types";

export interface HostErrorBarProps {
  error: HostErrorInfo;
  /** offered as "Try again" when the error is retryable */
  onRetry?: () => void;
}
