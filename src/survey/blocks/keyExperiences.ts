import { keyExperiences } from "../../core";
import type { ImportanceSource, KeyExperienceResult } from "../types";
import { attempt, namedBy, type SurveyBlock } from "./context";
import { importanceFactors } from "./importance";

export interface KeyExperiencesFields {
  /** absent when importance is unavailable */
  importanceSource?: ImportanceSource;
  /** sorted by rank */
  keyExperiences: KeyExperienceResult[];
}

/** Key experiences: importance × shortfall below expectation, ranked (optional: needs importance or overall). */
export const keyExperiencesBlock: SurveyBlock<"keyExperiences", KeyExperiencesFields> = {
  key: "keyExperiences",
  analyze(context, analysis) {
    const importance = importanceFactors(context, analysis);
    if (!importance) return { keyExperiences: [] };
    const { source, factors } = importance;
    if (factors.length === 0) return { importanceSource: source, keyExperiences: [] };
    const ranked = attempt(context.problems, () =>
      keyExperiences(
        factors.map((f) => f.importance),
        factors.map((f) => f.performance),
        { expectation: factors.map((f) => f.expectation) },
      ),
    );
    const named = namedBy(analysis);
    return {
      importanceSource: source,
      keyExperiences: (ranked ?? []).map(({ index, ...rest }) =>
        named({ item: factors[index]!.item, ...rest }),
      ),
    };
  },
};
