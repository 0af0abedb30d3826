import * as React from "react";
import type { AnalysisSettings } from "../../survey";
import type { OwnResultsSheets } from "../../excel/types";
import type { WizardAction } from "../state/wizardState";
import { useGateway } from "./GatewayContext";
import { hostErrorInfo } from "./hostErrorInfo";
import { runAnalysis } from "../analysis/runAnalysis";

/**
 * Loads the settings an earlier analysis saved in the workbook (and finds its results sheets) when the pane
 * opens, and returns "Refresh": the same analysis of the survey as it is now. `confirmed` is the manager's
 * answer to the pane's question naming the sheets that will be replaced (RefreshConfirmDialog): only then is
 * the earlier results sheet (and the summary with it) replaced; without it nothing is deleted and new sheets
 * are written beside the earlier ones. The action plan is updated in place either way, keeping what was typed.
 */
export function useSavedSettings(
  savedSettings: AnalysisSettings | null,
  ownResultsSheet: OwnResultsSheets | null,
  dispatch: React.Dispatch<WizardAction>,
): (confirmed: boolean) => Promise<void> {
  const gateway = useGateway();
  React.useEffect(() => {
    let active = true;
    // the add-in's sheets are found before Refresh is offered, so that Refresh always knows which sheets it
    // would replace and asks first; a workbook without settings, or a host that cannot read them, offers none
    gateway
      .findOwnResultsSheet()
      .catch(() => null)
      .then((sheet) => {
        if (active) dispatch({ type: "ownResultsSheetFound", sheet });
        return gateway.loadSettings();
      })
      .then(
        (settings) => active && dispatch({ type: "savedSettingsLoaded", settings }),
        () => undefined,
      );
    return () => {
      active = false;
    };
  }, [gateway, dispatch]);

  return React.useCallback(
    async (confirmed: boolean) => {
      if (!savedSettings) return;
      dispatch({ type: "refreshStarted" });
      try {
        const survey = await gateway.readSurvey({
          source: savedSettings.source,
          onProgress: (progress) => dispatch({ type: "readProgressed", progress }),
        });
        // the sheet named in the question the manager answered: decideReplace deletes nothing else, and nothing
        // at all if that sheet has since been renamed or is not provably the add-in's own
        const run = await runAnalysis(
          gateway,
          { survey, settings: savedSettings },
          confirmed && ownResultsSheet !== null
            ? { replaceExisting: true, confirmedReplace: ownResultsSheet.name }
            : { replaceExisting: false },
        );
        dispatch(
          run.outcome === "written"
            ? { type: "refreshSucceeded", report: run.report }
            : { type: "refreshBlocked", problems: run.problems },
        );
      } catch (error) {
        dispatch({ type: "refreshFailed", error: hostErrorInfo(error) });
      }
    },
    [gateway, dispatch, savedSettings, ownResultsSheet],
  );
}
