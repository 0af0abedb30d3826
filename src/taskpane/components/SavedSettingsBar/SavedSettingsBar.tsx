import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { HostErrorBar } from "../HostErrorBar/HostErrorBar";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";
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
      <PaneMessageBar
        intent="info"
        actions={
          <Button appearance="primary" disabled={running} onClick={start}>
            {running ? messages.refreshing : messages.refresh}
          </Button>
        }
      >
        {justWritten ? messages.savedSettingsJustWritten : messages.savedSettingsFound}
      </PaneMessageBar>
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
        <PaneMessageBar
          intent="success"
          title={messages.refreshDone(report.summarySheetName ?? report.sheetName)}
        >
          <WrittenSheets report={report} />
        </PaneMessageBar>
      ) : null}
      {refresh.status === "done" && report?.replaceDeclined ? (
        <PaneMessageBar intent="warning">{messages.replaceDeclined[report.replaceDeclined]}</PaneMessageBar>
      ) : null}
      {refresh.error ? <HostErrorBar error={refresh.error} onRetry={start} /> : null}
      {refresh.problems ? <ProblemBars problems={refresh.problems} /> : null}
    </>
  );
}
