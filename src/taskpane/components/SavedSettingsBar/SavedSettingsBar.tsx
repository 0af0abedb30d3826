import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { HostErrorBar } from "../HostErrorBar/HostErrorBar";
import { ProblemBars } from "../ProblemBars/ProblemBars";
import type { SavedSettingsBarProps } from "./SavedSettingsBar.types";

/** Offers "Refresh" when the workbook holds the settings of an earlier analysis, and reports how it went. */
export function SavedSettingsBar({
  refresh,
  onRefresh,
  justWritten = false,
}: SavedSettingsBarProps): React.JSX.Element {
  const messages = useMessages();
  const running = refresh.status === "running";
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {justWritten ? messages.savedSettingsJustWritten : messages.savedSettingsFound}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={running} onClick={onRefresh}>
            {running ? messages.refreshing : messages.refresh}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {refresh.status === "done" && refresh.report ? (
        <MessageBar intent="success">
          <MessageBarBody>{messages.refreshDone(refresh.report.sheetName)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {refresh.error ? <HostErrorBar error={refresh.error} onRetry={onRefresh} /> : null}
      {refresh.problems ? <ProblemBars problems={refresh.problems} /> : null}
    </>
  );
}
