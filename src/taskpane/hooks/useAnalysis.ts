import * as React from "react";
import { selectEffectiveSettings } from "../state/selectors";
import type { WizardAction, WizardState } from "../state/wizardState";
import { analysisClient } from "../analysis/analysisClient";

/**
 * Runs the analysis when the Review or Write step needs it and the settings changed since the last one. The
 * computation is pure (no workbook access) and runs in a Web Worker (analysisClient), so the pane keeps
 * painting its spinner and answering clicks on large surveys. A failure leaves the spinner.
 */
export function useAnalysis(state: WizardState, dispatch: React.Dispatch<WizardAction>): void {
  const needed = (state.step === "review" || state.step === "write") && state.analysis === undefined;
  const survey = state.survey;
  const settings = selectEffectiveSettings(state);
  const settingsKey = JSON.stringify(settings ?? null);
  React.useEffect(() => {
    if (!needed || !survey || !settings) return undefined;
    let cancelled = false;
    dispatch({ type: "analysisStarted" });
    analysisClient.analyze(survey, settings).then(
      (analysis) => {
        if (!cancelled) dispatch({ type: "analysisFinished", analysis });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // settingsKey stands for settings: a new object with the same content must not restart the analysis
  }, [needed, survey, settingsKey, dispatch]);
}
