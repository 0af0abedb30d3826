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
 * Pearson correlation of the item's perception with overall satisfaction ("derivedFromOverall").
 * Never throws: whatever core refuses becomes a typed problem and the affected part is left out.
 *
 * Each result block (src/survey/blocks, in the registry's order) adds its own fields; the segments and the
 * priority ranking then read the blocks' results.
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

  const context = createContext(survey, settings, pairs, matrices, problems);
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
    analysis.quadrants?.items,
    matrices,
    analysis.segments,
  );
  return analysis;
}
