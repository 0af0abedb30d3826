import * as React from "react";
import { defaultSettings } from "../../survey";
import type { WizardAction } from "../state/wizardState";
import { useMessages } from "../i18n/I18nProvider";
import { useGateway } from "./GatewayContext";
import { analysisClient } from "../analysis/analysisClient";
import { hostErrorInfo } from "./hostErrorInfo";

/**
 * "Use selection": reads the selected survey (with progress for long reads), detects column roles and scale,
 * and starts the settings from them.
 */
export function useSurveySelection(dispatch: React.Dispatch<WizardAction>): () => Promise<void> {
  const gateway = useGateway();
  const { nameLanguage } = useMessages();
  return React.useCallback(async () => {
    dispatch({ type: "readStarted" });
    try {
      const survey = await gateway.readSurvey({
        onProgress: (progress) => dispatch({ type: "readProgressed", progress }),
      });
      // detection reads every row (the answer scale): in the worker, so the pane stays responsive
      const layout = await analysisClient.detect(survey);
      dispatch({
        type: "readSucceeded",
        survey,
        layout,
        settings: defaultSettings(survey, layout, nameLanguage),
      });
    } catch (error) {
      dispatch({ type: "readFailed", error: hostErrorInfo(error) });
    }
  }, [gateway, dispatch, nameLanguage]);
}
