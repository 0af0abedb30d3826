import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { HostErrorBar } from "../HostErrorBar/HostErrorBar";
import { ProblemBars } from "../ProblemBars/ProblemBars";
import { RefreshConfirmDialog } from "../RefreshConfirmDialog/RefreshConfirmDialog";
import { WrittenSheets } from "../WrittenSheets/WrittenSheets";
import type { SavedSettingsBarProps } from "./SavedSettingsBar.types";

/**
 * Offers "Refresh" when the workbook holds the settings of an earlier analysis, asks before it replaces the
 * add-in's earlier sheets (nothing is written until the manager answers), and reports how it went.
 */
export function SavedSettingsBar({
  refresh,
  ownResultsSheet,
  onRefresh,
  justWritten = false,
}: SavedSettingsBarProps): React.JSX.Element {
  const messages = useMessages();
  const running = refresh.status === "running";
  const [asking, setAsking] = React.useState(false);
  // with no earlier sheet to replace, nothing is deleted: new sheets are written without asking
  const start = (): void => (ownResultsSheet ? setAsking(true) : onRefresh(false));
  const report = refresh.report;
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {justWritten ? messages.savedSettingsJustWritten : messages.savedSettingsFound}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={running} onClick={start}>
            {running ? messages.refreshing : messages.refresh}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {ownResultsSheet ? (
        <RefreshConfirmDialog
          open={asking}
          sheets={ownResultsSheet}
          onConfirm={() => {
            setAsking(false);
            onRefresh(true);
          }}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {refresh.status === "done" && report ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {messages.refreshDone(report.summarySheetName ?? report.sheetName)}
            </MessageBarTitle>
            <WrittenSheets report={report} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {refresh.status === "done" && report?.replaceDeclined ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{messages.replaceDeclined[report.replaceDeclined]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {refresh.error ? <HostErrorBar error={refresh.error} onRetry={start} /> : null}
      {refresh.problems ? <ProblemBars problems={refresh.problems} /> : null}
    </>
  );
}
