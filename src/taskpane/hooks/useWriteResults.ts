import * as React from "react";
import { selectEffectiveSettings } from "../state/selectors";
import type { WizardAction, WizardState } from "../state/wizardState";
import { useGateway } from "./GatewayContext";
import { hostErrorInfo } from "./hostErrorInfo";
import { loadResultsModules } from "./loadResultsModules";

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
      const { buildWritePlan, resultLabels } = await loadResultsModules();
      const plan = buildWritePlan(analysis, settings, resultLabels(gateway.displayLanguage()), survey);
      // the ticked "Replace the earlier results sheet “…”" is the user's confirmation of that sheet
      const replace = replaceExisting && ownResultsSheet !== null;
      const report = await gateway.writeResults(
        plan,
        replace
          ? { replaceExisting: true, confirmedReplace: ownResultsSheet.name }
          : { replaceExisting: false },
      );
      dispatch({ type: "writeSucceeded", report });
      dispatch({ type: "savedSettingsLoaded", settings: plan.settings });
      // land the manager on the results; a host that cannot switch sheets leaves "Go to results" to retry
      await gateway.activateSheet(report.summarySheetName ?? report.sheetName).catch(() => undefined);
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
