import * as React from "react";
import { selectEffectiveSettings } from "../state/selectors";
import type { WizardAction, WizardState } from "../state/wizardState";
import { nextFrame } from "./hostErrorInfo";
import { loadResultsModules } from "./loadResultsModules";

/**
 * Runs the analysis when the Review or Write step needs it and the settings changed since the last one. The
 * computation is pure (no workbook access); it starts after a frame so the pane shows its spinner first.
 * A module that fails to load leaves the spinner (the pane cannot analyse without its code).
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
    void Promise.all([loadResultsModules(), nextFrame()]).then(([{ analyzeSurvey }]) => {
      if (cancelled) return;
      dispatch({ type: "analysisFinished", analysis: analyzeSurvey(survey, settings) });
    });
    return () => {
      cancelled = true;
    };
    // settingsKey stands for settings: a new object with the same content must not restart the analysis
  }, [needed, survey, settingsKey, dispatch]);
}
