import { SURVEY_BLOCKS, createContext } from "./blocks";
import { pairItems } from "./pairItems";
import { rankPriorities } from "./priorities";
import { analyzeSegments } from "./segments";
import { resolveRoles } from "./resolveRoles";
import { surveyMatrices } from "./surveyMatrices";
import type { AnalysisSettings, RawSurvey, SurveyAnalysis, SurveyProblem } from "./types";

/**
 * The whole CX analysis of one survey: per-item gaps (perception − expectation, paired t statistics),
 * dimension scores (SERVQUAL averaging, optionally weighted), key experiences (importance × shortfall below
 * expectation), the importance–performance quadrant of every item (by default importance against the gap,
 * the performance line at gap 0; Martilla & James 1977 as an option), the one priority ranking with the
 * fix-first list, and, with a segment column, the same gaps per segment.
 *
 * Importance is the mean of an item's importance column ("stated"); without importance columns it is the
 * item's Johnson relative weight on overall satisfaction or the recommend question ("derivedRelativeWeights"),
 * or with too few complete respondents for the weights, its Pearson correlation with overall satisfaction
 * ("derivedFromOverall"). With a recommend or overall column, NPS and CSAT; per dimension, Cronbach's alpha.
 * Never throws: whatever core refuses becomes a typed problem and the affected part is left out.
 *
 * Each result block (src/survey/blocks, in the registry's order) adds its own fields; the segments and the
 * priority ranking then read the blocks' results: with Kano question pairs, an item that is the same feature
 * as a must-be one and falls below expectation leads the ranking (rankPriorities).
 *
 * @example
 * const survey = { sheetName: "Survey", address: "A1:C3", headers: ["ID", "E1", "P1"], rows: [[1, 5, 4], [2, 4, 4]] };
 * const analysis = analyzeSurvey(survey, defaultSettings(survey, detectColumnRoles(survey)));
 * analysis.items.map((i) => [i.item, i.gap]) // => [["1", -0.5]]
 */
export function analyzeSurvey(survey: RawSurvey, settings: AnalysisSettings): SurveyAnalysis {
  const problems: SurveyProblem[] = [];
  const { roles, problems: roleProblems } = resolveRoles(settings.roles, survey.headers);
  problems.push(...roleProblems);
  const { pairs, problems: pairProblems } = pairItems(roles);
  problems.push(...pairProblems);
  const analysis: SurveyAnalysis = {
    respondents: survey.rows.length,
    scale: { ...settings.scale },
    items: [],
    dimensions: [],
    keyExperiences: [],
    priorities: [],
    missingAnswers: 0,
    problems,
  };
  if (survey.rows.length === 0) problems.push({ code: "noRows", severity: "error" });
  if (pairs.length === 0 || survey.rows.length === 0) return analysis;

  const overallColumn = roles.find((role) => role.role === "overall")?.column;
  const matrices = surveyMatrices(survey.rows, survey.headers, pairs, overallColumn, settings.scale);
  analysis.missingAnswers = matrices.missingAnswers;
  problems.push(...matrices.problems);

  const context = createContext(survey, settings, roles, pairs, matrices, problems);
  for (const block of SURVEY_BLOCKS) Object.assign(analysis, block.analyze(context, analysis));

  const segmentColumn = roles.find((role) => role.role === "segment");
  if (segmentColumn) {
    const importance = new Map(analysis.keyExperiences.map((k) => [k.item, k.importance]));
    const segments = analyzeSegments(
      survey.rows.map((row) => row[segmentColumn.column] ?? null),
      segmentColumn.header,
      matrices,
      analysis.items,
      context.scoredDimensions,
      importance,
    );
    if (segments) analysis.segments = segments;
  }
  analysis.priorities = rankPriorities(
    analysis.items,
    analysis.keyExperiences,
    analysis.priorityMatrix?.items,
    matrices,
    analysis.segments,
    analysis.kano?.features,
  );
  return analysis;
}
