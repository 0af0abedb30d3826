import {
  adjustPValues,
  itemGaps,
  mean,
  sampleStandardDeviation,
  welchTTest,
  type GroupSummary,
} from "../core";
import { SIGNIFICANCE } from "./priorities";
import { scoreGroupDimensions, type ScoredDimensions } from "./segments";
import type { SurveyMatrices } from "./surveyMatrices";
import { textRecord } from "./textKeys";
import { assignWaves } from "./waveLabels";
import type {
  Cell,
  ItemGapResult,
  SurveyProblem,
  WaveAnalysis,
  WaveChange,
  WavePeriod,
  WaveResult,
} from "./types";

type PairedMatrices = Pick<SurveyMatrices, "expectation" | "perception">;

/**
 * Change over time: splits the survey by its wave column (quarter, survey round, survey date…), repeats the
 * gap analysis in each wave (each item's mean paired gap with core's itemGaps, the dimension gaps with
 * servqualScores, scored exactly as the whole survey's: same items, same weights), and compares the last two
 * waves. Different respondents answer each wave, so the change is tested as two independent samples with
 * Welch's t (core's welchTTest; Welch, Biometrika 34, 1947): for an item on the respondents' paired gaps, for
 * a dimension on each respondent's own gap on its items (whose mean is the dimension's gap), overall on each
 * respondent's mean of their dimension gaps. p-values are Holm-adjusted over the items, and separately over
 * the dimensions; "significant" is the adjusted p below 5 %. A positive change is an improvement: experience
 * moved up against expectation.
 *
 * Returns undefined without a wave column or with no readable wave cell.
 *
 * @example
 * analyzeWaves(["2026Q1", "2026Q2", …], "Wave", undefined, matrices, items, scored, problems)
 *   ?.latestChange?.items[0] // => { key: "1", previous: -0.8, last: -0.2, change: 0.6, … }
 */
export function analyzeWaves(
  waveCells: readonly Cell[],
  header: string,
  period: WavePeriod | undefined,
  matrices: PairedMatrices,
  items: readonly ItemGapResult[],
  scored: ScoredDimensions | undefined,
  problems: SurveyProblem[],
): WaveAnalysis | undefined {
  const assignment = assignWaves(waveCells, header, period);
  if (assignment.order.length === 0) return undefined;
  const rowsOf = new Map<string, number[]>(assignment.order.map((wave) => [wave, []]));
  let withoutWave = 0;
  assignment.waveOfRow.forEach((wave, row) => {
    if (wave === undefined) withoutWave += 1;
    else rowsOf.get(wave)?.push(row);
  });
  if (withoutWave > 0) problems.push({ code: "rowsWithoutWave", severity: "warning", count: withoutWave });
  const waves = assignment.order.map((wave) =>
    waveResult(wave, rowsOf.get(wave) ?? [], matrices, items, scored),
  );
  const analysis: WaveAnalysis = { header, period: assignment.period, waves, withoutWave };
  if (waves.length < 2) {
    problems.push({ code: "oneWaveOnly", severity: "info", count: waves[0]?.respondents ?? 0 });
    return analysis;
  }
  const previous = waves[waves.length - 2]!;
  const last = waves[waves.length - 1]!;
  const previousRows = rowsOf.get(previous.wave) ?? [];
  const lastRows = rowsOf.get(last.wave) ?? [];
  const latestChange: NonNullable<WaveAnalysis["latestChange"]> = {
    previous: previous.wave,
    last: last.wave,
    items: itemChanges(previousRows, lastRows, matrices, items),
    dimensions: [],
  };
  if (scored && scored.used.length > 0) {
    const previousGaps = respondentDimensionGaps(previousRows, matrices, scored);
    const lastGaps = respondentDimensionGaps(lastRows, matrices, scored);
    const keys = [...new Set(scored.dimensions)];
    latestChange.dimensions = keys.map((key, d) =>
      change(
        key,
        previous.dimensionGaps[key],
        last.dimensionGaps[key],
        previousGaps.byDimension[d] ?? [],
        lastGaps.byDimension[d] ?? [],
      ),
    );
    adjust(latestChange.dimensions);
    const overall = change("", previous.overallGap, last.overallGap, previousGaps.overall, lastGaps.overall);
    if (overall.test) overall.test.adjustedP = overall.test.p;
    overall.significant = overall.test !== undefined && overall.test.p < SIGNIFICANCE;
    latestChange.overall = overall;
  }
  analysis.latestChange = latestChange;
  return analysis;
}

function waveResult(
  wave: string,
  rows: readonly number[],
  matrices: PairedMatrices,
  items: readonly ItemGapResult[],
  scored: ScoredDimensions | undefined,
): WaveResult {
  const result: WaveResult = {
    wave,
    respondents: rows.length,
    itemGaps: textRecord(),
    itemN: textRecord(),
    dimensionGaps: textRecord(),
  };
  const summaries = gapSummaries(rows, matrices, items.length);
  items.forEach((item, index) => {
    result.itemGaps[item.item] = summaries[index]?.mean;
    result.itemN[item.item] = summaries[index]?.n ?? 0;
  });
  scoreGroupDimensions(result, rows, matrices, scored);
  return result;
}

/** core's itemGaps over the given rows (no rows: nothing). */
function gapSummaries(rows: readonly number[], matrices: PairedMatrices, width: number) {
  if (rows.length === 0 || width === 0) return [];
  try {
    return itemGaps(
      rows.map((r) => matrices.perception[r]!),
      rows.map((r) => matrices.expectation[r]!),
    );
  } catch {
    return [];
  }
}

function itemChanges(
  previousRows: readonly number[],
  lastRows: readonly number[],
  matrices: PairedMatrices,
  items: readonly ItemGapResult[],
): WaveChange[] {
  const before = gapSummaries(previousRows, matrices, items.length);
  const after = gapSummaries(lastRows, matrices, items.length);
  const changes = items.map((item, index) => {
    const a = before[index];
    const b = after[index];
    const summary = (s: typeof a): GroupSummary | undefined =>
      s && s.mean !== undefined && s.sd !== undefined
        ? { n: s.n, mean: s.mean, variance: s.sd * s.sd }
        : undefined;
    const result = changeFromSummaries(
      item.item,
      a?.mean,
      b?.mean,
      a?.n ?? 0,
      b?.n ?? 0,
      summary(a),
      summary(b),
    );
    if (item.name !== undefined) result.name = item.name;
    return result;
  });
  adjust(changes);
  return changes;
}

/** Each respondent's own gap on each dimension (mean of P − E over their paired items in it) and overall. */
function respondentDimensionGaps(
  rows: readonly number[],
  matrices: PairedMatrices,
  scored: ScoredDimensions,
): { byDimension: number[][]; overall: number[] } {
  const keys = [...new Set(scored.dimensions)];
  const indexOfKey = new Map(keys.map((key, d) => [key, d]));
  const dimensionOf = scored.dimensions.map((key) => indexOfKey.get(key) ?? 0);
  const byDimension: number[][] = keys.map(() => []);
  const overall: number[] = [];
  const sums = new Float64Array(keys.length);
  const counts = new Int32Array(keys.length);
  for (const r of rows) {
    sums.fill(0);
    counts.fill(0);
    scored.used.forEach((column, k) => {
      const e = matrices.expectation[r]![column] ?? null;
      const p = matrices.perception[r]![column] ?? null;
      if (e === null || p === null) return;
      sums[dimensionOf[k]!]! += p - e;
      counts[dimensionOf[k]!]! += 1;
    });
    let total = 0;
    let dimensions = 0;
    for (let d = 0; d < keys.length; d++) {
      if (counts[d] === 0) continue;
      const gap = sums[d]! / counts[d]!;
      byDimension[d]!.push(gap);
      total += gap;
      dimensions += 1;
    }
    if (dimensions > 0) overall.push(total / dimensions);
  }
  return { byDimension, overall };
}

/** Size, mean and variance of respondents' gaps, or undefined with fewer than 2 of them. */
function groupOf(values: readonly number[]): GroupSummary | undefined {
  if (values.length < 2) return undefined;
  const sd = sampleStandardDeviation(values);
  return { n: values.length, mean: mean(values), variance: sd * sd };
}

function change(
  key: string,
  previous: number | undefined,
  last: number | undefined,
  previousValues: readonly number[],
  lastValues: readonly number[],
): WaveChange {
  return changeFromSummaries(
    key,
    previous,
    last,
    previousValues.length,
    lastValues.length,
    groupOf(previousValues),
    groupOf(lastValues),
  );
}

function changeFromSummaries(
  key: string,
  previous: number | undefined,
  last: number | undefined,
  previousN: number,
  lastN: number,
  before: GroupSummary | undefined,
  after: GroupSummary | undefined,
): WaveChange {
  const difference = previous !== undefined && last !== undefined ? last - previous : undefined;
  const result: WaveChange = {
    key,
    previous,
    last,
    change: difference,
    previousN,
    lastN,
    significant: false,
    direction:
      difference === undefined || difference === 0 ? "unchanged" : difference > 0 ? "improved" : "worse",
  };
  if (before && after) {
    try {
      // last against previous, so t has the sign of the change
      const test = welchTTest(after, before);
      result.test = { t: test.statistic, df: test.df, p: test.p, adjustedP: test.p };
    } catch {
      // neither wave varies: no test, the change is still shown
    }
  }
  return result;
}

/** Holm's adjustment over the changes that have a test; significant = adjusted p below 5 %. */
function adjust(changes: WaveChange[]): void {
  const tested = changes.filter((c) => c.test !== undefined);
  const adjusted = adjustPValues(
    tested.map((c) => c.test!.p),
    "holm",
  );
  tested.forEach((c, i) => {
    c.test!.adjustedP = adjusted[i]!;
    c.significant = adjusted[i]! < SIGNIFICANCE;
  });
}
