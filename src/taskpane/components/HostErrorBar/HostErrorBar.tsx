import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";
import type { HostErrorBarProps } from "./HostErrorBar.types";

/** Explains what Excel refused, and how to fix it, in the pane's language. */
export function HostErrorBar({ error, onRetry }: HostErrorBarProps): React.JSX.Element {
  const messages = useMessages();
  const missing =
    error.missing && error.missing.length > 0
      ? ` ${messages.missingRequirement(error.missing.join(", "))}`
      : "";
  const detail = error.kind === "unknown" ? ` ${error.message}` : "";
  return (
    <PaneMessageBar
      intent="error"
      title={messages.problemTitles.error}
      actions={error.retryable && onRetry ? <Button onClick={onRetry}>{messages.retry}</Button> : undefined}
    >
      {messages.hostErrors[error.kind]}
      {missing}
      {detail}
    </PaneMessageBar>
  );
}
