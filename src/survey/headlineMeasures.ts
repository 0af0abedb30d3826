import {
  adjustPValues,
  compareNetPromoterScores,
  compareProportions,
  inferScaleRange,
  netPromoterScore,
  wilsonScoreInterval,
  type NetPromoterTally,
  extent,
} from "../core";
import { answerOf } from "./answers";
import { SIGNIFICANCE } from "./priorities";
import { rowsBySegment } from "./segments";
import type {
  AnswerScale,
  Cell,
  CsatAnalysis,
  CsatResult,
  HeadlineMeasures,
  NpsAnalysis,
  NpsResult,
  SegmentMeasure,
  VersusRest,
} from "./types";

export interface HeadlineColumns {
  recommend?: { column: number; header: string };
  overall?: { column: number; header: string };
  segment?: { column: number; header: string };
}

/**
 * The headline numbers: the Net Promoter Score of the 0–10 recommend question (promoters 9–10, detractors
 * 0–6) with its normal 95 % interval, and CSAT, the share of respondents who answer overall satisfaction
 * in the top two points of its scale (6–7 on 1–7, 4–5 on 1–5, 9–10 on 1–10), with Wilson's 95 % interval.
 * With a segment column, the same per segment and each segment against everyone else (NPS: z test on the
 * two scores; CSAT: pooled two-proportion z test), p adjusted over the segments by Holm's method.
 * Every statistic is core's (netPromoterScore, wilsonScoreInterval, compareNetPromoterScores,
 * compareProportions, adjustPValues).
 *
 * @example
 * headlineMeasures(rows, { recommend: { column: 3, header: "NPS" } }, { bottom: 1, top: 7 }).nps?.overall.nps
 */
export function headlineMeasures(
  rows: readonly (readonly Cell[])[],
  columns: HeadlineColumns,
  surveyScale: AnswerScale,
): HeadlineMeasures | undefined {
  const groups = columns.segment
    ? [...rowsBySegment(rows.map((row) => row[columns.segment!.column] ?? null))]
    : [];
  const segmented = groups.length >= 2;
  const result: HeadlineMeasures = {};
  if (columns.recommend) {
    const nps = npsAnalysis(rows, columns.recommend, segmented ? groups : []);
    if (nps) result.nps = nps;
  }
  if (columns.overall) {
    const csat = csatAnalysis(rows, columns.overall, surveyScale, segmented ? groups : []);
    if (csat) result.csat = csat;
  }
  if (!result.nps && !result.csat) return undefined;
  if (segmented && columns.segment) result.segmentHeader = columns.segment.header;
  return result;
}

/** 0 = promoter, 1 = passive, 2 = detractor, −1 = no 0–10 answer. */
function kindOf(cell: Cell | undefined): -1 | 0 | 1 | 2 {
  const answer = answerOf(cell);
  if (answer === null || !Number.isInteger(answer) || answer < 0 || answer > 10) return -1;
  return answer >= 9 ? 0 : answer >= 7 ? 1 : 2;
}

function npsAnalysis(
  rows: readonly (readonly Cell[])[],
  column: { column: number; header: string },
  groups: ReadonlyArray<[string, number[]]>,
): NpsAnalysis | undefined {
  const kinds = rows.map((row) => kindOf(row[column.column]));
  const outOfRange = rows.filter((row, r) => kinds[r] === -1 && answerOf(row[column.column]) !== null).length;
  const tallyOf = (indices: Iterable<number>): NetPromoterTally => {
    const counts = [0, 0, 0];
    for (const r of indices) {
      const kind = kinds[r]!;
      if (kind >= 0) counts[kind]! += 1;
    }
    return { promoters: counts[0]!, passives: counts[1]!, detractors: counts[2]! };
  };
  const all = tallyOf(kinds.keys());
  if (size(all) === 0) return undefined;
  const overall = npsOf(all);
  const analysis: NpsAnalysis = { header: column.header, overall, outOfRange };
  if (groups.length > 0) {
    const segments: Array<SegmentMeasure<NpsResult>> = [];
    const tests: Array<{ at: number; difference: number; z: number; p: number }> = [];
    for (const [segment, members] of groups) {
      const own = tallyOf(members);
      if (size(own) === 0) continue;
      const rest = minus(all, own);
      const score = npsOf(own);
      segments.push({ segment, ...score });
      if (size(rest) === 0) continue;
      const versus = compareNetPromoterScores(netPromoterScore(own), netPromoterScore(rest));
      if (versus.z !== undefined && versus.p !== undefined) {
        tests.push({ at: segments.length - 1, difference: versus.difference, z: versus.z, p: versus.p });
      }
    }
    addVersusRest(segments, tests);
    analysis.segments = segments;
  }
  return analysis;
}

function size(tally: NetPromoterTally): number {
  return tally.promoters + tally.passives + tally.detractors;
}

function minus(all: NetPromoterTally, own: NetPromoterTally): NetPromoterTally {
  return {
    promoters: all.promoters - own.promoters,
    passives: all.passives - own.passives,
    detractors: all.detractors - own.detractors,
  };
}

function npsOf(tally: NetPromoterTally): NpsResult {
  const { n, promoters, passives, detractors, nps, se, ciLow, ciHigh } = netPromoterScore(tally);
  return { n, promoters, passives, detractors, nps, se, ciLow, ciHigh };
}

/** The satisfaction question's scale: the survey's when every answer fits it, else inferred from the answers. */
function csatScale(answers: readonly number[], surveyScale: AnswerScale): AnswerScale | undefined {
  const { smallest, largest } = extent(answers);
  if (smallest >= surveyScale.bottom && largest <= surveyScale.top) return { ...surveyScale };
  try {
    return inferScaleRange([smallest, largest]);
  } catch {
    return undefined;
  }
}

function csatAnalysis(
  rows: readonly (readonly Cell[])[],
  column: { column: number; header: string },
  surveyScale: AnswerScale,
  groups: ReadonlyArray<[string, number[]]>,
): CsatAnalysis | undefined {
  const answers = rows.map((row) => answerOf(row[column.column]));
  const present = answers.filter((answer): answer is number => answer !== null);
  if (present.length === 0) return undefined;
  const scale = csatScale(present, surveyScale);
  if (!scale || scale.top - scale.bottom < 2) return undefined;
  const satisfiedFrom = scale.top - 1;
  const tallyOf = (indices: Iterable<number>): { n: number; satisfied: number } => {
    let n = 0;
    let satisfied = 0;
    for (const r of indices) {
      const answer = answers[r];
      if (answer === null || answer === undefined || answer < scale.bottom || answer > scale.top) continue;
      n += 1;
      if (answer >= satisfiedFrom) satisfied += 1;
    }
    return { n, satisfied };
  };
  const all = tallyOf(answers.keys());
  if (all.n === 0) return undefined;
  const analysis: CsatAnalysis = { header: column.header, scale, satisfiedFrom, overall: csatOf(all) };
  if (groups.length > 0) {
    const segments: Array<SegmentMeasure<CsatResult>> = [];
    const tests: Array<{ at: number; difference: number; z: number; p: number }> = [];
    for (const [segment, members] of groups) {
      const own = tallyOf(members);
      if (own.n === 0) continue;
      segments.push({ segment, ...csatOf(own) });
      const restN = all.n - own.n;
      if (restN === 0) continue;
      const versus = compareProportions(own.satisfied, own.n, all.satisfied - own.satisfied, restN);
      if (versus.z !== undefined && versus.p !== undefined) {
        tests.push({ at: segments.length - 1, difference: versus.difference, z: versus.z, p: versus.p });
      }
    }
    addVersusRest(segments, tests);
    analysis.segments = segments;
  }
  return analysis;
}

function csatOf({ n, satisfied }: { n: number; satisfied: number }): CsatResult {
  const { low, high } = wilsonScoreInterval(satisfied, n);
  return { n, satisfied, csat: satisfied / n, ciLow: low, ciHigh: high };
}

/** Holm's adjustment over the tested segments, then each tested segment's verdict. */
function addVersusRest(
  segments: Array<{ versusRest?: VersusRest }>,
  tests: ReadonlyArray<{ at: number; difference: number; z: number; p: number }>,
): void {
  const adjusted = adjustPValues(
    tests.map((test) => test.p),
    "holm",
  );
  tests.forEach((test, i) => {
    const adjustedP = adjusted[i]!;
    segments[test.at]!.versusRest = {
      difference: test.difference,
      z: test.z,
      p: test.p,
      adjustedP,
      significant: adjustedP < SIGNIFICANCE,
    };
  });
}
