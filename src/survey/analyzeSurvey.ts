import {
  CoreInputError,
  groupDimensions,
  importancePerformance,
  inferScaleRange,
  itemGaps,
  keyExperiences,
  mean,
  pearsonCorrelation,
  servqualScores,
} from "../core";
import type { Answer, DimensionWeights, PairedDifferenceSummary } from "../core";
import { pairItems } from "./pairItems";
import { ownValue, textKey, valueForText } from "./textKeys";
import { priorityMatrixOf, rankPriorities } from "./priorities";
import { analyzeSegments, type ScoredDimensions } from "./segments";
import { analyzeWaves } from "./waves";
import { journeyOf } from "./journey";
import { resolveRoles } from "./resolveRoles";
import { surveyMatrices, type SurveyMatrices } from "./surveyMatrices";
import type {
  AnalysisSettings,
  ImportanceSource,
  ItemGapResult,
  ItemPair,
  RawSurvey,
  SurveyAnalysis,
  SurveyProblem,
} from "./types";

/**
 * The whole CX analysis of one survey: per-item gaps (perception − expectation, paired t statistics),
 * dimension scores (SERVQUAL averaging, optionally weighted), key experiences (importance × shortfall below
 * expectation), the importance–performance quadrant of every item (by default importance against the gap,
 * the performance line at gap 0; Martilla & James 1977 as an option), the one priority ranking with the
 * fix-first list, with a segment column the same gaps per segment, with a wave column the gaps in each wave
 * and their change between the last two, and with the journey framework the stage where expectations are
 * missed most.
 *
 * Importance is the mean of an item's importance column ("stated"); without importance columns it is the
 * Pearson correlation of the item's perception with overall satisfaction ("derivedFromOverall").
 * Never throws: whatever core refuses becomes a typed problem and the affected part is left out.
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

  const summaries = attempt(problems, () => itemGaps(matrices.perception, matrices.expectation)) ?? [];
  const dimensionOf = dimensionsByText(pairs, settings);
  analysis.items = pairs.map((pair, i) => {
    const result = itemResult(pair, i, summaries[i], matrices, problems);
    const name = ownValue(settings.itemNames, pair.item)?.trim();
    if (name) result.name = name;
    const dimension = dimensionOf(pair.item);
    if (dimension !== undefined) result.dimension = dimension;
    return result;
  });

  const scored = addDimensionScores(analysis, pairs, matrices, settings);
  addImportanceResults(analysis, pairs, matrices, settings);

  const segmentColumn = roles.find((role) => role.role === "segment");
  if (segmentColumn) {
    const importance = new Map(analysis.keyExperiences.map((k) => [k.item, k.importance]));
    const segments = analyzeSegments(
      survey.rows.map((row) => row[segmentColumn.column] ?? null),
      segmentColumn.header,
      matrices,
      analysis.items,
      scored,
      importance,
    );
    if (segments) analysis.segments = segments;
  }
  const waveColumn = roles.find((role) => role.role === "wave");
  if (waveColumn) {
    const waves = analyzeWaves(
      survey.rows.map((row) => row[waveColumn.column] ?? null),
      waveColumn.header,
      settings.wavePeriod,
      matrices,
      analysis.items,
      scored,
      problems,
    );
    if (waves) analysis.waves = waves;
  }
  if (settings.framework === "journey") {
    const journey = journeyOf(analysis.dimensions, analysis.items);
    if (journey) analysis.journey = journey;
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

/**
 * Each item's dimension as the user typed it, read from the map's own entries only (an item or dimension
 * may be called "constructor" or "__proto__"), and spelled as its first item spells it: names that differ
 * only in case are one dimension, as Excel compares text (see textKeys).
 */
function dimensionsByText(
  pairs: readonly ItemPair[],
  settings: AnalysisSettings,
): (item: string) => string | undefined {
  const spelling = new Map<string, string>();
  for (const pair of pairs) {
    const typed = ownValue(settings.dimensionOfItem, pair.item);
    if (typed !== undefined && !spelling.has(textKey(typed))) spelling.set(textKey(typed), typed);
  }
  return (item) => {
    const typed = ownValue(settings.dimensionOfItem, item);
    return typed === undefined ? undefined : spelling.get(textKey(typed));
  };
}

function itemResult(
  pair: ItemPair,
  index: number,
  summary: PairedDifferenceSummary | undefined,
  matrices: SurveyMatrices,
  problems: SurveyProblem[],
): ItemGapResult {
  const { expectationMean, perceptionMean } = pairedMeans(matrices, index);
  const n = summary?.n ?? 0;
  if (n < 2) problems.push({ code: "tooFewRespondents", severity: "warning", item: pair.item, count: n });
  const result: ItemGapResult = {
    item: pair.item,
    expectationMean,
    perceptionMean,
    gap: summary?.mean,
    n,
    missing: matrices.expectation.length - n,
    sd: summary?.sd,
    ciLow: summary?.ciLow,
    ciHigh: summary?.ciHigh,
    t: summary?.t,
    p: summary?.p,
  };
  return result;
}

/** Means of expectation and perception over the respondents who answered both (so gap = P̄ − Ē). */
function pairedMeans(
  matrices: SurveyMatrices,
  index: number,
): { expectationMean?: number; perceptionMean?: number } {
  const e: Answer[] = [];
  const p: Answer[] = [];
  for (let r = 0; r < matrices.expectation.length; r++) {
    const eValue = matrices.expectation[r]![index] ?? null;
    const pValue = matrices.perception[r]![index] ?? null;
    if (eValue !== null && pValue !== null) {
      e.push(eValue);
      p.push(pValue);
    }
  }
  if (e.length === 0) return { expectationMean: undefined, perceptionMean: undefined };
  return { expectationMean: mean(e), perceptionMean: mean(p) };
}

function addDimensionScores(
  analysis: SurveyAnalysis,
  pairs: readonly ItemPair[],
  matrices: SurveyMatrices,
  settings: AnalysisSettings,
): ScoredDimensions | undefined {
  const { problems } = analysis;
  if (settings.framework === "servqual22") {
    const missing = 22 - pairs.filter((pair) => /^([1-9]|1\d|2[0-2])$/.test(pair.item)).length;
    if (missing > 0) problems.push({ code: "servqualItemsMissing", severity: "warning", count: missing });
  }
  const answeredDimensions = new Set(
    analysis.items.filter((item) => item.n > 0 && item.dimension !== undefined).map((item) => item.dimension),
  );
  const used: number[] = [];
  const dimensions: string[] = [];
  const reported = new Set<string>();
  analysis.items.forEach((item, index) => {
    const dimension = item.dimension;
    if (dimension === undefined) {
      problems.push({ code: "itemWithoutDimension", severity: "warning", item: item.item });
    } else if (!answeredDimensions.has(dimension)) {
      if (!reported.has(dimension))
        problems.push({ code: "dimensionWithoutAnswers", severity: "warning", dimension });
      reported.add(dimension);
    } else {
      used.push(index);
      dimensions.push(dimension);
    }
  });
  if (used.length === 0) return undefined;
  const pick = (matrix: Answer[][]): Answer[][] => matrix.map((row) => used.map((i) => row[i] ?? null));
  const weights = dimensionWeights(settings, dimensions, problems);
  const result = attempt(problems, () =>
    servqualScores(pick(matrices.perception), pick(matrices.expectation), dimensions, weights),
  );
  if (!result) return undefined;
  analysis.dimensions = result.dimensions.map((d) => ({ ...d }));
  analysis.overall = { ...result.overall };
  return weights ? { used, dimensions, weights } : { used, dimensions };
}

function dimensionWeights(
  settings: AnalysisSettings,
  dimensions: readonly string[],
  problems: SurveyProblem[],
): DimensionWeights | undefined {
  if (!settings.weights) return undefined;
  const order = groupDimensions(dimensions).names;
  const points = order.map((d) => valueForText(settings.weights, d));
  const valid = points.every((p) => typeof p === "number" && Number.isFinite(p) && p >= 0);
  if (!valid || points.every((p) => p === 0)) {
    problems.push({ code: "invalidWeights", severity: "warning" });
    return undefined;
  }
  return { kind: "shared", points: points as number[] };
}

function addImportanceResults(
  analysis: SurveyAnalysis,
  pairs: readonly ItemPair[],
  matrices: SurveyMatrices,
  settings: AnalysisSettings,
): void {
  const { problems } = analysis;
  const stated = matrices.importanceColumns.some((column) => column !== null);
  let source: ImportanceSource;
  if (stated) source = "stated";
  else if (matrices.overall) source = "derivedFromOverall";
  else {
    problems.push({ code: "importanceUnavailable", severity: "warning" });
    return;
  }
  if (source === "derivedFromOverall") problems.push({ code: "importanceDerived", severity: "info" });
  analysis.importanceSource = source;

  const factors: Array<{
    item: string;
    importance: number;
    performance: number;
    expectation: number;
    gap: number;
  }> = [];
  pairs.forEach((pair, i) => {
    const item = analysis.items[i];
    if (!item || item.perceptionMean === undefined || item.expectationMean === undefined) return;
    const importance = itemImportance(matrices, i, source, problems, pair.item);
    if (importance === undefined) return;
    factors.push({
      item: pair.item,
      importance,
      performance: item.perceptionMean,
      expectation: item.expectationMean,
      gap: item.gap ?? item.perceptionMean - item.expectationMean,
    });
  });
  if (factors.length === 0) return;

  const importance = factors.map((f) => f.importance);
  const performance = factors.map((f) => f.performance);
  const ranked = attempt(problems, () =>
    keyExperiences(importance, performance, { expectation: factors.map((f) => f.expectation) }),
  );
  const nameOf = new Map(analysis.items.map((item) => [item.item, item.name]));
  const named = <T extends { item: string }>(result: T): T & { name?: string } => {
    const name = nameOf.get(result.item);
    return name === undefined ? result : { ...result, name };
  };
  analysis.keyExperiences = (ranked ?? []).map(({ index, ...rest }) =>
    named({ item: factors[index]!.item, ...rest }),
  );

  const crosshair =
    settings.crosshair === "scale"
      ? {
          importance: importanceMidpoint(matrices, source, importance),
          performance: (settings.scale.bottom + settings.scale.top) / 2,
        }
      : settings.crosshair;
  const classic = attempt(problems, () => importancePerformance(importance, performance, crosshair));
  if (!classic) return;
  const matrix = priorityMatrixOf(settings);
  // the gap matrix: same importance line, the performance line at gap 0 (meets expectation)
  const placed =
    matrix === "gap"
      ? attempt(problems, () =>
          importancePerformance(
            importance,
            factors.map((f) => f.gap),
            { importance: classic.crosshair.importance, performance: 0 },
          ),
        )
      : classic;
  if (!placed) return;
  analysis.quadrants = {
    rule: settings.crosshair,
    matrix,
    crosshair: { ...placed.crosshair },
    items: placed.factors.map((f) =>
      named({
        item: factors[f.index]!.item,
        importance: f.importance,
        performance: factors[f.index]!.performance,
        gap: factors[f.index]!.gap,
        quadrant: f.quadrant,
      }),
    ),
  };
}

function itemImportance(
  matrices: SurveyMatrices,
  index: number,
  source: ImportanceSource,
  problems: SurveyProblem[],
  item: string,
): number | undefined {
  const silent: SurveyProblem[] = [];
  const value =
    source === "stated"
      ? attempt(silent, () => {
          const column = matrices.importanceColumns[index];
          if (!column) throw new CoreInputError("importance", "empty", "an importance column");
          return mean(column);
        })
      : attempt(silent, () =>
          pearsonCorrelation(
            matrices.perception.map((row) => row[index] ?? null),
            matrices.overall ?? [],
          ),
        );
  if (value === undefined || !Number.isFinite(value)) {
    problems.push({ code: "importanceUndefined", severity: "warning", item });
    return undefined;
  }
  return value;
}

/** Scale midpoint of stated importance; correlations have no scale, so their mean stands in. */
function importanceMidpoint(
  matrices: SurveyMatrices,
  source: ImportanceSource,
  importance: number[],
): number {
  const range = matrices.importanceRange;
  if (source === "stated" && range && range.smallest >= 0 && range.largest <= 100) {
    const { bottom, top } = inferScaleRange([range.smallest, range.largest]);
    return (bottom + top) / 2;
  }
  return mean(importance);
}

/** Runs a core computation; any failure becomes a calculationFailed problem and undefined (the UI never sees a throw). */
function attempt<T>(problems: SurveyProblem[], compute: () => T): T | undefined {
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
