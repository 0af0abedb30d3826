import type { DerivedImportance } from "../types";
import type { SurveyBlock } from "./context";
import { sharedDerivedImportance } from "./measureColumns";

export interface DerivedImportanceFields {
  /** relative weights of the items on the outcome, whenever the survey has overall satisfaction or recommend */
  derivedImportance?: DerivedImportance;
}

/**
 * Derived importance: Johnson's relative weights of the perception items on overall satisfaction (or the
 * recommend question), with R², n and its warnings, beside stated importance when the survey asked it
 * (optional: needs an outcome column). The same weights are the key experiences' importance when no
 * importance was asked (see importance.ts).
 */
export const derivedImportanceBlock: SurveyBlock<"derivedImportance", DerivedImportanceFields> = {
  key: "derivedImportance",
  analyze(context, analysis) {
    const derived = sharedDerivedImportance(context, analysis);
    return derived ? { derivedImportance: derived } : {};
  },
};
