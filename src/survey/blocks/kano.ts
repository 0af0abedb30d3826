import { analyzeKano } from "../analyzeKano";
import type { KanoAnalysis } from "../types";
import type { SurveyBlock } from "./context";

export interface KanoFields {
  /** with Kano question pairs: each feature's kind of expectation (absent without such pairs) */
  kano?: KanoAnalysis;
}

/**
 * Kano: each feature's kind of expectation (basic, expected, excitement) from its functional and
 * dysfunctional questions, linked to the gap item that is the same feature (see analyzeKano). An optional
 * block: a survey without Kano question pairs has no `kano` field. The priority ranking reads it afterwards
 * (an unmet basic expectation leads it).
 */
export const kanoBlock: SurveyBlock<"kano", KanoFields> = {
  key: "kano",
  analyze(context) {
    const { survey, settings, roles, pairs, problems } = context;
    const kano = analyzeKano(survey.rows, roles, settings, pairs, problems);
    return kano ? { kano } : {};
  },
};
