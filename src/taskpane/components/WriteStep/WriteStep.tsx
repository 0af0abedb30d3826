import * as React from "react";
import { Body1, Button, Caption1, Checkbox, Spinner } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { selectHasErrors } from "../../state/selectors";
import { HostErrorBar } from "../HostErrorBar/HostErrorBar";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";
import { SavedSettingsBar } from "../SavedSettingsBar/SavedSettingsBar";
import { ValueColumnsNote } from "../ValueColumnsNote/ValueColumnsNote";
import { WrittenSheets } from "../WrittenSheets/WrittenSheets";
import { writtenTitle } from "../../state/writtenReport";
import { useWriteStepStyles } from "./WriteStep.styles";
import type { WriteStepProps } from "./WriteStep.types";

/** Step 4: write the results sheet (offering to replace the add-in's own earlier one) and say what was written. */
export function WriteStep({ state, dispatch, commands }: WriteStepProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useWriteStepStyles();
  const { write, ownResultsSheet } = state;
  const writing = write.status === "running";
  const ready = state.analysis !== undefined && !state.analyzing && !selectHasErrors(state);
  const report = write.report;
  // pressing the button again must say what it does: replace the add-in's own sheet, or add another one
  const willReplace = ownResultsSheet !== null && state.replaceExisting;
  const writeLabel = willReplace
    ? messages.replaceResults
    : ownResultsSheet
      ? messages.writeNewResults
      : messages.writeResults;

  return (
    <section className={styles.root}>
      <Body1>{messages.writeIntro}</Body1>
      {ownResultsSheet ? (
        <Checkbox
          label={messages.replaceEarlier(ownResultsSheet.name, ownResultsSheet.summaryName)}
          checked={state.replaceExisting}
          disabled={writing}
          onChange={(_event, data) =>
            dispatch({ type: "replaceExistingToggled", replace: data.checked === true })
          }
        />
      ) : null}
      {ownResultsSheet?.actionPlanName !== undefined ? (
        <Caption1>{messages.actionPlanKept(ownResultsSheet.actionPlanName)}</Caption1>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || writing} onClick={commands.write}>
          {writeLabel}
        </Button>
        {writing ? <Spinner size="tiny" label={messages.writing} /> : null}
      </div>
      {state.analysis !== undefined && selectHasErrors(state) ? (
        <PaneMessageBar intent="warning">{messages.nothingToWrite}</PaneMessageBar>
      ) : null}
      {write.error ? <HostErrorBar error={write.error} onRetry={commands.write} /> : null}
      {report ? (
        <PaneMessageBar
          intent="success"
          title={writtenTitle(report, messages)}
          actions={<Button onClick={commands.goToResults}>{messages.goToResults}</Button>}
        >
          <WrittenSheets report={report} />
        </PaneMessageBar>
      ) : null}
      {report?.replaceDeclined ? (
        <PaneMessageBar intent="warning">{messages.replaceDeclined[report.replaceDeclined]}</PaneMessageBar>
      ) : null}
      {report?.chartsSkipped.map((skip) => (
        <PaneMessageBar key={skip.chart} intent="warning">
          {skip.reason === "hostRejected"
            ? messages.chartRejected(messages.charts[skip.chart])
            : messages.chartSkipped(messages.charts[skip.chart], skip.missing.join(", "))}
        </PaneMessageBar>
      ))}
      {report?.formulaFallbacks?.map((fallback) => (
        <PaneMessageBar key={fallback.block} intent="info">
          {messages.formulaFallback(
            messages.formulaBlocks[fallback.block],
            messages.formulaFallbackReasons[fallback.reason],
          )}
        </PaneMessageBar>
      ))}
      {report?.valueColumns ? <ValueColumnsNote columns={report.valueColumns} /> : null}
      {state.savedSettings && write.status === "done" ? (
        <SavedSettingsBar
          refresh={state.refresh}
          ownResultsSheet={ownResultsSheet}
          onRefresh={commands.refresh}
          justWritten
        />
      ) : null}
    </section>
  );
}
