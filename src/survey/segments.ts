import { segmentComparison, servqualScores, type Answer, type DimensionWeights } from "../core";
import { textRecord } from "./textKeys";
import type { SurveyMatrices } from "./surveyMatrices";
import type { Cell, GroupGaps, ItemGapResult, SegmentAnalysis, SegmentResult } from "./types";

/** Each segment's own fix-first list is at most this long. */
const SEGMENT_TOP_FIXES = 3;

/** The items and dimensions that were scored for the whole survey (same columns, same weights). */
export interface ScoredDimensions {
  /** item indices that entered the dimension scores */
  used: number[];
  /** dimension of each used item, in the same order */
  dimensions: string[];
  weights?: DimensionWeights;
}

/**
 * Splits the survey by its segment column (store, channel…) and repeats the gap analysis in each segment: the
 * mean paired gap of every item, the dimension gaps scored exactly as the whole survey's (SERVQUAL averaging,
 * same weights), and the segment's own top fixes (the whole survey's importance × the segment's shortfall).
 * Respondents with a blank segment belong to none. Segments keep the order they first appear in. Each segment
 * is tested against the rest on the respondents' own mean gap (Welch's t, Holm-adjusted over the segments:
 * core's segmentComparison).
 *
 * @example
 * analyzeSegments(["North", "South", "North"], "Store", matrices, items, scored, importance)
 *   ?.segments.map((s) => s.segment) // => ["North", "South"]
 */
export function analyzeSegments(
  segmentCells: readonly Cell[],
  header: string,
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
  items: readonly ItemGapResult[],
  scored: ScoredDimensions | undefined,
  importance: ReadonlyMap<string, number>,
): SegmentAnalysis | undefined {
  const rowsOf = rowsBySegment(segmentCells);
  if (rowsOf.size < 2) return undefined;
  const segments: SegmentResult[] = [...rowsOf].map(([segment, rows]) =>
    segmentResult(segment, rows, matrices, items, scored, importance),
  );
  addComparison(segments, [...rowsOf.values()], matrices);
  return { header, segments };
}

/**
 * The respondent rows of each segment, in the order segments first appear; a blank segment cell belongs to
 * none. Every per-segment view (gaps, NPS, CSAT) groups respondents this one way.
 */
export function rowsBySegment(segmentCells: readonly Cell[]): Map<string, number[]> {
  const rowsOf = new Map<string, number[]>();
  segmentCells.forEach((cell, row) => {
    const label = cell === null || cell === undefined ? "" : String(cell).trim();
    if (label === "") return;
    const rows = rowsOf.get(label);
    if (rows) rows.push(row);
    else rowsOf.set(label, [row]);
  });
  return rowsOf;
}

/** Welch's t of each segment against the rest on each respondent's mean paired gap, Holm-adjusted. */
function addComparison(
  segments: SegmentResult[],
  rowsBySegment: number[][],
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
): void {
  const values: number[] = [];
  const groups: number[] = [];
  rowsBySegment.forEach((rows, group) => {
    for (const r of rows) {
      let sum = 0;
      let n = 0;
      const e = matrices.expectation[r]!;
      const p = matrices.perception[r]!;
      for (let i = 0; i < e.length; i++) {
        const ei = e[i] ?? null;
        const pi = p[i] ?? null;
        if (ei === null || pi === null) continue;
        sum += pi - ei;
        n += 1;
      }
      if (n === 0) continue;
      values.push(sum / n);
      groups.push(group);
    }
  });
  if (values.length === 0) return;
  let comparison;
  try {
    comparison = segmentComparison(values, groups, segments.length, "holm");
  } catch {
    return;
  }
  comparison.segments.forEach((result, group) => {
    const { test, difference, adjustedP, significant } = result;
    if (!test || difference === undefined || adjustedP === undefined) return;
    segments[group]!.versusRest = {
      difference,
      t: test.statistic,
      df: test.df,
      p: test.p,
      adjustedP,
      significant: significant ?? adjustedP < 0.05,
    };
  });
}

function segmentResult(
  segment: string,
  rows: readonly number[],
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
  items: readonly ItemGapResult[],
  scored: ScoredDimensions | undefined,
  importance: ReadonlyMap<string, number>,
): SegmentResult {
  const itemGaps: Record<string, number | undefined> = textRecord();
  const itemN: Record<string, number> = textRecord();
  items.forEach((item, index) => {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const e: Answer = matrices.expectation[r]![index] ?? null;
      const p: Answer = matrices.perception[r]![index] ?? null;
      if (e === null || p === null) continue;
      sum += p - e;
      n += 1;
    }
    itemGaps[item.item] = n > 0 ? sum / n : undefined;
    itemN[item.item] = n;
  });
  const result: SegmentResult = {
    segment,
    respondents: rows.length,
    itemGaps,
    itemN,
    dimensionGaps: textRecord(),
    topFixes: topFixes(items, itemGaps, itemN, importance),
  };
  scoreGroupDimensions(result, rows, matrices, scored);
  return result;
}

/**
 * Puts the dimension gaps and the overall gap of the respondents `rows` (a segment, a wave) into `group`,
 * scored as the whole survey's dimensions: the same items, the same weights. A group where a dimension has no
 * paired answer keeps its gaps undefined (blank on the sheet).
 */
export function scoreGroupDimensions(
  group: GroupGaps,
  rows: readonly number[],
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
  scored: ScoredDimensions | undefined,
): void {
  if (!scored || scored.used.length === 0 || rows.length === 0) return;
  const pick = (matrix: Answer[][]): Answer[][] =>
    rows.map((r) => scored.used.map((i) => matrix[r]![i] ?? null));
  try {
    const scores = servqualScores(
      pick(matrices.perception),
      pick(matrices.expectation),
      scored.dimensions,
      scored.weights,
    );
    for (const d of scores.dimensions) group.dimensionGaps[d.key] = d.gap;
    group.overallGap = scores.overall.gap;
  } catch {
    // servqualScores refuses a dimension without a paired answer: the gaps stay undefined
  }
}

function topFixes(
  items: readonly ItemGapResult[],
  gaps: Record<string, number | undefined>,
  n: Record<string, number>,
  importance: ReadonlyMap<string, number>,
): string[] {
  return items
    .map((item, index) => {
      const gap = gaps[item.item];
      const shortfall = gap === undefined || (n[item.item] ?? 0) < 2 ? 0 : Math.max(-gap, 0);
      return { item: item.item, index, priority: (importance.get(item.item) ?? 1) * shortfall };
    })
    .filter((entry) => entry.priority > 0)
    .sort((a, b) => b.priority - a.priority || a.index - b.index)
    .slice(0, SEGMENT_TOP_FIXES)
    .map((entry) => entry.item);
}
