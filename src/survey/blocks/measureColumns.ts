import { answerOf } from "../answers";
import type { Answer } from "../../core";
import type { AnalysisContext } from "./context";
import type { DriverOutcome } from "../derivedImportance";
import { deriveImportance } from "../derivedImportance";
import type { DerivedImportance, SurveyAnalysis } from "../types";
import { attempt } from "./context";

/** A column the further measures read: where it is and what its header says. */
export interface MeasureColumn {
  column: number;
  header: string;
}

/** The recommend, overall-satisfaction and segment columns of the survey, as the settings assign them. */
export interface MeasureColumns {
  recommend?: MeasureColumn;
  overall?: MeasureColumn;
  segment?: MeasureColumn;
}

/** Read once per analysis (context.once), shared by the headline and derived-importance blocks. */
export function measureColumns(context: AnalysisContext): MeasureColumns {
  return context.once("measureColumns", () => {
    const of = (role: string): MeasureColumn | undefined => {
      const found = context.roles.find((r) => r.role === role);
      return found && { column: found.column, header: found.header };
    };
    const columns: MeasureColumns = {};
    const recommend = of("recommend");
    const overall = of("overall");
    const segment = of("segment");
    if (recommend) columns.recommend = recommend;
    if (overall) columns.overall = overall;
    if (segment) columns.segment = segment;
    return columns;
  });
}

/** A 0–10 recommend answer, or null for anything else (blank, text, 11, 7.5). */
export function zeroToTen(cell: unknown): Answer {
  const answer = answerOf(cell as Parameters<typeof answerOf>[0]);
  return answer !== null && Number.isInteger(answer) && answer >= 0 && answer <= 10 ? answer : null;
}

/**
 * Johnson's relative weights of the perception items on overall satisfaction (or, without it, the recommend
 * question), computed once and shared by the derived-importance block and the importance of key experiences.
 * Undefined without an outcome column.
 */
export function sharedDerivedImportance(
  context: AnalysisContext,
  analysis: Readonly<SurveyAnalysis>,
): DerivedImportance | undefined {
  return context.once("derivedImportance", () => {
    const { overall, recommend } = measureColumns(context);
    const { matrices, survey } = context;
    const outcome: DriverOutcome | undefined =
      overall && matrices.overall
        ? { kind: "overall", header: overall.header, answers: matrices.overall }
        : recommend
          ? {
              kind: "recommend",
              header: recommend.header,
              answers: survey.rows.map((row) => zeroToTen(row[recommend.column])),
            }
          : undefined;
    if (!outcome) return undefined;
    return attempt(context.problems, () =>
      deriveImportance(matrices.perception, outcome, analysis.items, matrices.importanceColumns),
    );
  });
}
