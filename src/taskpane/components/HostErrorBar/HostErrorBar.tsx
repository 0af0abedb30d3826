import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
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
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{messages.problemTitles.error}</MessageBarTitle>
        {messages.hostErrors[error.kind]}
        {missing}
        {detail}
      </MessageBarBody>
      {error.retryable && onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{messages.retry}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
