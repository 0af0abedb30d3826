import * as React from "react";
import type { AnalysisSettings } from "../../survey";
import type { WizardAction } from "../state/wizardState";
import { useGateway } from "./GatewayContext";
import { hostErrorInfo } from "./hostErrorInfo";
import { runAnalysis } from "../analysis/runAnalysis";

/**
 * Loads the settings an earlier analysis saved in the workbook (and finds its results sheet) when the pane
 * opens, and returns "Refresh": the same analysis of the survey as it is now, written over the earlier sheet.
 */
export function useSavedSettings(
  savedSettings: AnalysisSettings | null,
  dispatch: React.Dispatch<WizardAction>,
): () => Promise<void> {
  const gateway = useGateway();
  React.useEffect(() => {
    let active = true;
    // a workbook without settings, or a host that cannot read them, simply offers no Refresh
    gateway.loadSettings().then(
      (settings) => active && dispatch({ type: "savedSettingsLoaded", settings }),
      () => undefined,
    );
    gateway.findOwnResultsSheet().then(
      (sheet) => active && dispatch({ type: "ownResultsSheetFound", sheet }),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [gateway, dispatch]);

  return React.useCallback(async () => {
    if (!savedSettings) return;
    dispatch({ type: "refreshStarted" });
    try {
      const survey = await gateway.readSurvey({
        source: savedSettings.source,
        onProgress: (progress) => dispatch({ type: "readProgressed", progress }),
      });
      const run = await runAnalysis(gateway, { survey, settings: savedSettings }, { replaceExisting: true });
      dispatch(
        run.outcome === "written"
          ? { type: "refreshSucceeded", report: run.report }
          : { type: "refreshBlocked", problems: run.problems },
      );
    } catch (error) {
      dispatch({ type: "refreshFailed", error: hostErrorInfo(error) });
    }
  }, [gateway, dispatch, savedSettings]);
}
