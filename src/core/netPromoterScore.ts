import { CoreInputError } from "./coreInputError";
import { normalQuantile, normalTwoSidedPValue } from "./distributions/normal";

/** How many respondents answered 9–10 (promoters), 7–8 (passives) and 0–6 (detractors). */
export interface NetPromoterTally {
  promoters: number;
  passives: number;
  detractors: number;
}

/** A Net Promoter Score with its margin of error. */
export interface NetPromoterScore {
  n: number;
  /** Shares of promoters, passives and detractors (0–1). */
  promoters: number;
  passives: number;
  detractors: number;
  /** 100 × (promoters − detractors): from −100 to 100. */
  nps: number;
  /** Standard error of the NPS, in points. */
  se: number;
  /** NPS ± z·SE, clipped to [−100, 100]. */
  ciLow: number;
  ciHigh: number;
}

/**
 * The z of a two-sided interval with the given confidence: the normal quantile of (1 + confidence)/2.
 *
 * @throws CoreInputError `range` when confidence is not strictly between 0 and 1.
 * @example
 * confidenceZ(0.95) // => 1.9599639845400538
 */
export function confidenceZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new CoreInputError(
      "confidenceZ",
      "range",
      `a confidence strictly between 0 and 1 (got ${confidence})`,
    );
  }
  return normalQuantile((1 + confidence) / 2);
}

/**
 * Net Promoter Score (Reichheld 2003) of 0–10 "how likely are you to recommend us" answers: the share of
 * promoters (9–10) minus the share of detractors (0–6), in points, with its standard error and a normal
 * confidence interval.
 *
 * Each respondent scores +1 (promoter), 0 (passive) or −1 (detractor); the NPS is 100 × their mean and
 * SE = 100·√((p_P + p_D − (p_P − p_D)²)/n), the variance of that score with divisor n. (Leaving out the
 * (p_P − p_D)² term, as some toolkits do, overstates nothing but the certainty: it understates the SE.)
 *
 * @throws CoreInputError `insufficient` without respondents; `range` for counts that are not whole
 * numbers ≥ 0 or a confidence outside (0, 1).
 * @example
 * const { nps, se } = netPromoterScore({ promoters: 162, passives: 108, detractors: 54 });
 * [nps, se] // => [33.333333333333336, 4.14086662499961]
 */
export function netPromoterScore(tally: NetPromoterTally, confidence = 0.95): NetPromoterScore {
  const name = "netPromoterScore";
  const { promoters, passives, detractors } = tally;
  for (const count of [promoters, passives, detractors]) {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new CoreInputError(name, "range", `whole counts of at least 0 (got ${count})`);
    }
  }
  const z = confidenceZ(confidence);
  const n = promoters + passives + detractors;
  if (n === 0) throw new CoreInputError(name, "insufficient", "at least one respondent");
  const net = promoters - detractors;
  const nps = (100 * net) / n;
  // n²·variance = (P + D)·n − (P − D)², exact in whole numbers up to ~9·10⁷ respondents
  const se = (100 * Math.sqrt(Math.max(0, (promoters + detractors) * n - net * net))) / (n * Math.sqrt(n));
  return {
    n,
    promoters: promoters / n,
    passives: passives / n,
    detractors: detractors / n,
    nps,
    se,
    ciLow: Math.max(-100, nps - z * se),
    ciHigh: Math.min(100, nps + z * se),
  };
}

/** One group's NPS against everyone else's. */
export interface NetPromoterComparison {
  /** NPS of the group − NPS of the rest, in points. */
  difference: number;
  /** difference / √(SE_group² + SE_rest²); undefined when both SEs are 0. */
  z: number | undefined;
  /** Two-sided normal p of z; undefined with z. */
  p: number | undefined;
}

/**
 * Does a group's NPS differ from everyone else's? The difference with a two-sample z test on the two
 * independent scores: z = (NPS_g − NPS_rest)/√(SE_g² + SE_rest²), two-sided normal p.
 *
 * @example
 * const store = netPromoterScore({ promoters: 60, passives: 25, detractors: 15 });
 * const rest = netPromoterScore({ promoters: 40, passives: 30, detractors: 30 });
 * compareNetPromoterScores(store, rest).difference // => 35
 */
export function compareNetPromoterScores(
  group: NetPromoterScore,
  rest: NetPromoterScore,
): NetPromoterComparison {
  const difference = group.nps - rest.nps;
  const spread = Math.sqrt(group.se * group.se + rest.se * rest.se);
  if (spread === 0) return { difference, z: undefined, p: undefined };
  const z = difference / spread;
  return { difference, z, p: normalTwoSidedPValue(z) };
}
