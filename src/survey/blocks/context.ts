import { CoreInputError } from "../../core";
import type { SurveyMatrices } from "../surveyMatrices";
import type { ScoredDimensions } from "../segments";
import type {
  AnalysisSettings,
  ColumnAssignment,
  ItemPair,
  RawSurvey,
  SurveyAnalysis,
  SurveyProblem,
} from "../types";

/**
 * What every block's `analyze` is given: the survey, its settings, the roles resolved in the survey as it is
 * now, the paired items and their answer matrices (all read once, by analyzeSurvey), and the problem list the
 * blocks add to. Blocks run in registry order, so a block may read what an earlier one put in the analysis.
 */
export interface AnalysisContext {
  readonly survey: RawSurvey;
  readonly settings: AnalysisSettings;
  /**
   * the saved roles found in the survey as it is now (resolveRoles, whose problems analyzeSurvey reported):
   * a block that reads columns of its own (Kano pairs, a recommend or wave column) finds them here
   */
  readonly roles: readonly ColumnAssignment[];
  readonly pairs: readonly ItemPair[];
  readonly matrices: SurveyMatrices;
  readonly problems: SurveyProblem[];
  /**
   * Work two blocks share (the importance factors of key experiences and the priority matrix), computed by
   * the first block that asks and reused by the next, so its problems are reported once.
   */
  once<T>(key: string, compute: () => T): T;
  /** the items and dimensions the dimension scores used, for the segments (set by the dimension block) */
  scoredDimensions?: ScoredDimensions;
}

/**
 * One result block of the analysis. `analyze` returns the fields it adds to SurveyAnalysis; an optional block
 * (one that needs columns a survey may not have, such as Kano pairs or a recommend column) returns its fields
 * absent, and every later layer treats an absent field as "no such block for this survey".
 */
export interface SurveyBlock<Key extends string, Fields extends object> {
  /** the block's one name: the registry key, the excel plan's key and the pane section's key */
  readonly key: Key;
  analyze(context: AnalysisContext, analysis: Readonly<SurveyAnalysis>): Fields;
}

export function createContext(
  survey: RawSurvey,
  settings: AnalysisSettings,
  roles: readonly ColumnAssignment[],
  pairs: readonly ItemPair[],
  matrices: SurveyMatrices,
  problems: SurveyProblem[],
): AnalysisContext {
  const shared = new Map<string, unknown>();
  return {
    survey,
    settings,
    roles,
    pairs,
    matrices,
    problems,
    once<T>(key: string, compute: () => T): T {
      if (!shared.has(key)) shared.set(key, compute());
      return shared.get(key) as T;
    },
  };
}

/** Runs a core computation; any failure becomes a calculationFailed problem and undefined (the UI never sees a throw). */
export function attempt<T>(problems: SurveyProblem[], compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CoreInputError) {
      problems.push({
        code: "calculationFailed",
        severity: "error",
        functionName: error.functionName,
        reason: error.reason,
      });
      return undefined;
    }
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ code: "calculationFailed", severity: "error", functionName: "analyzeSurvey", reason });
    return undefined;
  }
}

/** The item's name from the settings on a result that names an item, when the item has one. */
export function namedBy(
  analysis: Readonly<SurveyAnalysis>,
): <T extends { item: string }>(result: T) => T & { name?: string } {
  const nameOf = new Map(analysis.items.map((item) => [item.item, item.name]));
  return (result) => {
    const name = nameOf.get(result.item);
    return name === undefined ? result : { ...result, name };
  };
}
