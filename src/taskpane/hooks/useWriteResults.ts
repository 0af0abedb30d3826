import * as React from "react";
import { selectEffectiveSettings } from "../state/selectors";
import type { WizardAction, WizardState } from "../state/wizardState";
import { useGateway } from "./GatewayContext";
import { hostErrorInfo } from "./hostErrorInfo";
import { runAnalysis } from "../analysis/runAnalysis";

/** "Write results sheet": lays out the results and has the gateway write them (and save the settings). */
export function useWriteResults(
  state: WizardState,
  dispatch: React.Dispatch<WizardAction>,
): () => Promise<void> {
  const gateway = useGateway();
  const { analysis, survey, ownResultsSheet, replaceExisting } = state;
  const settings = selectEffectiveSettings(state);
  return React.useCallback(async () => {
    if (!analysis || !survey || !settings) return;
    dispatch({ type: "writeStarted" });
    try {
      // the ticked "Replace the earlier results sheet “…”" is the user's confirmation of that sheet
      const replace = replaceExisting && ownResultsSheet !== null;
      const run = await runAnalysis(
        gateway,
        { survey, settings, analysis },
        replace
          ? { replaceExisting: true, confirmedReplace: ownResultsSheet.name }
          : { replaceExisting: false },
      );
      if (run.outcome !== "written") return;
      dispatch({ type: "writeSucceeded", report: run.report });
      dispatch({ type: "savedSettingsLoaded", settings: run.plan.settings });
    } catch (error) {
      dispatch({ type: "writeFailed", error: hostErrorInfo(error) });
    }
  }, [gateway, dispatch, analysis, survey, settings, ownResultsSheet, replaceExisting]);
}

/** "Go to results": shows the summary sheet just written (or refreshed) in Excel, or the results sheet where there is none. */
export function useGoToResults(state: WizardState): () => Promise<void> {
  const gateway = useGateway();
  const sheet =
    state.write.report?.summarySheetName ??
    state.write.report?.sheetName ??
    state.refresh.report?.summarySheetName ??
    state.refresh.report?.sheetName ??
    state.ownResultsSheet?.name;
  return React.useCallback(async () => {
    if (sheet !== undefined) await gateway.activateSheet(sheet).catch(() => undefined);
  }, [gateway, sheet]);
}
