import type { Answer } from "../core";
import type { SurveyMatrices } from "./surveyMatrices";
import type {
  ItemGapResult,
  KanoFeatureResult,
  KeyExperienceResult,
  PriorityMatrix,
  PriorityResult,
  QuadrantResult,
  AnalysisSettings,
  SegmentAnalysis,
} from "./types";

/** At most this many items are "fix first"; fewer when fewer items fall below expectation. */
export const FIX_FIRST_COUNT = 5;
/** Significance level of "significantly below expectation" (the paired t-test of the item table). */
export const SIGNIFICANCE = 0.05;

/**
 * The one ranking every view uses. With importance, it is the key-experience ranking (importance × shortfall
 * below expectation, ties in survey order), so the pane, the summary, the details and the action plan can
 * never disagree; without importance, items are ranked by their shortfall alone. The first items that fall
 * below expectation (up to FIX_FIRST_COUNT) are the fix-first list.
 *
 * With Kano features linked to items (analyzeKano), an unmet basic expectation — an item that is a must-be
 * feature and falls below expectation — comes before every other item, whatever its priority, with the
 * reason "unmetBasic": customers take it for granted, so its absence dissatisfies and nothing else it could
 * earn makes up for it (Kano et al. 1984; Berger et al. 1993). Among themselves such items keep their order.
 *
 * @example
 * // speed: importance 4.6, 0.9 below expectation; staff meets it
 * rankPriorities(items, keyExperiences, quadrants, matrices).map((p) => [p.item, p.rank, p.fixFirst])
 * // => [["speed", 1, true], ["staff", 2, false]]
 */
export function rankPriorities(
  items: readonly ItemGapResult[],
  keyExperiences: readonly KeyExperienceResult[],
  quadrants: readonly QuadrantResult[] | undefined,
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
  segments?: SegmentAnalysis,
  kanoFeatures?: readonly KanoFeatureResult[],
): PriorityResult[] {
  const kanoOf = new Map(
    (kanoFeatures ?? []).flatMap((f) => (f.item === undefined ? [] : [[f.item, f] as const])),
  );
  const indexOf = new Map(items.map((item, index) => [item.item, index]));
  const quadrantOf = new Map((quadrants ?? []).map((q) => [q.item, q.quadrant]));
  type Entry = { index: number; importance?: number; priority: number; shortfall: number };
  let ranked: Entry[];
  if (keyExperiences.length > 0) {
    ranked = keyExperiences.map((k) => ({
      index: indexOf.get(k.item)!,
      importance: k.importance,
      priority: k.score,
      shortfall: k.shortfall,
    }));
  } else {
    ranked = items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.expectationMean !== undefined && item.perceptionMean !== undefined)
      .map(({ item, index }) => {
        const shortfall = Math.max(item.expectationMean! - item.perceptionMean!, 0);
        return { index, priority: shortfall, shortfall };
      })
      .sort((a, b) => b.priority - a.priority);
  }
  const unmetBasic = (entry: Entry): boolean =>
    entry.shortfall > 0 && kanoOf.get(items[entry.index]!.item)?.category === "mustBe";
  // a stable partition: unmet basic expectations first, each side in its priority order
  ranked = [...ranked.filter(unmetBasic), ...ranked.filter((entry) => !unmetBasic(entry))];
  let fixFirst = 0;
  return ranked.map((entry, position) => {
    const item = items[entry.index]!;
    const isFix = entry.shortfall > 0 && fixFirst < FIX_FIRST_COUNT;
    if (isFix) fixFirst += 1;
    const result: PriorityResult = {
      item: item.item,
      rank: position + 1,
      priority: entry.priority,
      gap: item.gap ?? -entry.shortfall,
      shortfall: entry.shortfall,
      shareBelow: shareBelow(matrices, entry.index),
      significantlyBelow: item.gap !== undefined && item.gap < 0 && (item.p ?? 1) < SIGNIFICANCE,
      fixFirst: isFix,
    };
    if (item.dimension !== undefined) result.dimension = item.dimension;
    const kind = kanoOf.get(item.item)?.kind;
    if (kind !== undefined) result.kanoKind = kind;
    if (unmetBasic(entry)) result.reason = "unmetBasic";
    if (entry.importance !== undefined) result.importance = entry.importance;
    const quadrant = quadrantOf.get(item.item);
    if (quadrant !== undefined) result.quadrant = quadrant;
    const worst = segments && worstSegment(segments, item.item);
    if (worst) result.worstSegment = worst;
    return result;
  });
}

/**
 * Share of the respondents with both answers whose experience is below their own expectation.
 *
 * @example
 * shareBelow({ expectation: [[5], [4], [3], [null]], perception: [[4], [4], [2], [5]] }, 0) // => 2 / 3
 */
export function shareBelow(
  matrices: Pick<SurveyMatrices, "expectation" | "perception">,
  index: number,
): number {
  let paired = 0;
  let below = 0;
  for (let r = 0; r < matrices.expectation.length; r++) {
    const e: Answer = matrices.expectation[r]![index] ?? null;
    const p: Answer = matrices.perception[r]![index] ?? null;
    if (e === null || p === null) continue;
    paired += 1;
    if (p < e) below += 1;
  }
  return paired === 0 ? 0 : below / paired;
}

/** The segment with the lowest gap on the item, among segments with at least two paired answers to it. */
function worstSegment(
  segments: SegmentAnalysis,
  item: string,
): { segment: string; gap: number; n: number } | undefined {
  let worst: { segment: string; gap: number; n: number } | undefined;
  for (const segment of segments.segments) {
    const gap = segment.itemGaps[item];
    const n = segment.itemN[item] ?? 0;
    if (gap === undefined || n < 2) continue;
    if (!worst || gap < worst.gap) worst = { segment: segment.segment, gap, n };
  }
  return worst;
}

/**
 * The matrix the settings ask for; settings saved before the choice existed read "gap".
 *
 * @example
 * priorityMatrixOf({}) // => "gap"
 * priorityMatrixOf({ priorityMatrix: "classic" }) // => "classic"
 */
export function priorityMatrixOf(settings: Pick<AnalysisSettings, "priorityMatrix">): PriorityMatrix {
  return settings.priorityMatrix ?? "gap";
}
