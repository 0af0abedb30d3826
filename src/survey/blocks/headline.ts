import { headlineMeasures } from "../headlineMeasures";
import type { HeadlineMeasures } from "../types";
import { attempt, type SurveyBlock } from "./context";
import { measureColumns } from "./measureColumns";

export interface HeadlineFields {
  /** NPS and CSAT, when the survey has a recommend or an overall-satisfaction column */
  headline?: HeadlineMeasures;
}

/**
 * NPS of the recommend column and CSAT of overall satisfaction, overall and per segment against the rest
 * (optional: needs a recommend or an overall-satisfaction column). Recommend answers that are not whole
 * numbers from 0 to 10 are left out and reported as outOfScale.
 */
export const headlineBlock: SurveyBlock<"headline", HeadlineFields> = {
  key: "headline",
  analyze(context) {
    const columns = measureColumns(context);
    if (!columns.recommend && !columns.overall) return {};
    const headline = attempt(context.problems, () =>
      headlineMeasures(context.survey.rows, columns, context.settings.scale),
    );
    if (!headline) return {};
    if (headline.nps?.outOfRange && columns.recommend) {
      context.problems.push({
        code: "outOfScale",
        severity: "warning",
        column: columns.recommend.column,
        header: columns.recommend.header,
        count: headline.nps.outOfRange,
      });
    }
    return { headline };
  },
};
