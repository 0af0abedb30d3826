import { CoreInputError } from "../coreInputError";
import { KANO_CATEGORIES, type KanoCategory, type KanoCounts } from "./kanoCategory";

/** What the answer pairs of one feature say about it. */
export interface KanoClassification {
  /** Answer pairs classified, reverse and questionable ones included. */
  n: number;
  /** The most frequent category; within `tieThreshold` of the runner-up, the higher-priority of the two. */
  category: KanoCategory;
  /** (largest − second largest count) / n: how clearly the category stands out. */
  categoryStrength: number;
  /** (A + O + M) / n: the share for whom the feature matters at all. */
  totalStrength: number;
  /** (A + O) / (A + O + M + I): how much satisfaction the feature can add; undefined with no A, O, M or I. */
  better: number | undefined;
  /** −(O + M) / (A + O + M + I): how much its absence costs, negative (Timko's sign); undefined likewise. */
  worse: number | undefined;
  /** Fong's (1996) test: the two most frequent of M, O, A, I, R differ beyond chance. */
  significant: boolean;
}

/** The default tie threshold: a category strength up to 6 % is no clear lead. */
export const DEFAULT_KANO_TIE_THRESHOLD = 0.06;

/** Categories by count, largest first; equal counts in priority order M > O > A > I > R > Q. */
function byCount(counts: KanoCounts, categories: readonly KanoCategory[]): KanoCategory[] {
  return [...categories].sort((a, b) => counts[b] - counts[a]);
}

const WITHOUT_QUESTIONABLE = KANO_CATEGORIES.filter((category) => category !== "questionable");

/**
 * The Kano classification of one feature from its category counts: which kind of expectation it is,
 * how clearly, and how much it can add to satisfaction or take away (Berger et al. 1993).
 *
 * - Category: the most frequent; when category strength ≤ `tieThreshold` (default 0.06), the one of the
 *   two most frequent that comes first in M > O > A > I > R > Q (the order that also breaks exact ties;
 *   Matzler et al. 1996: when in doubt, the category with the greater influence on satisfaction).
 * - Better = (A + O)/(A + O + M + I), Worse = −(O + M)/(A + O + M + I): the customer-satisfaction
 *   coefficients of Berger et al. (Timko's worse coefficient, negative as he defined it).
 * - Significant: Fong's (1996) test on the two most frequent of M, O, A, I, R, counts a ≥ b:
 *   |a − b| ≥ 1.65·√((a + b)(2n − a − b)/(2n)), compared unrounded; never with no such answer.
 *
 * @throws CoreInputError `insufficient` when every count is 0; `range` for counts that are not whole
 * numbers ≥ 0 or a tie threshold outside [0, 1].
 * @example
 * const app = kanoClassification({ mustBe: 95, oneDimensional: 123, attractive: 45, indifferent: 33, reverse: 0, questionable: 0 });
 * [app.category, app.better, app.worse, app.significant]
 * // => ["oneDimensional", 0.5675675675675675, -0.7364864864864865, true]
 */
export function kanoClassification(
  counts: KanoCounts,
  tieThreshold = DEFAULT_KANO_TIE_THRESHOLD,
): KanoClassification {
  const name = "kanoClassification";
  let n = 0;
  for (const category of KANO_CATEGORIES) {
    const count = counts[category];
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new CoreInputError(name, "range", `whole counts of at least 0 (${category} is ${count})`);
    }
    n += count;
  }
  if (!(tieThreshold >= 0 && tieThreshold <= 1)) {
    throw new CoreInputError(name, "range", `a tie threshold from 0 to 1 (got ${tieThreshold})`);
  }
  if (n === 0) throw new CoreInputError(name, "insufficient", "at least one classified answer pair");

  const [first, second] = byCount(counts, KANO_CATEGORIES) as [KanoCategory, KanoCategory];
  const categoryStrength = (counts[first] - counts[second]) / n;
  const category =
    categoryStrength <= tieThreshold && KANO_CATEGORIES.indexOf(second) < KANO_CATEGORIES.indexOf(first)
      ? second
      : first;

  const { mustBe: m, oneDimensional: o, attractive: a, indifferent: i } = counts;
  const classified = a + o + m + i;
  const [top, runnerUp] = byCount(counts, WITHOUT_QUESTIONABLE).map((c) => counts[c]) as [number, number];
  const pair = top + runnerUp;
  return {
    n,
    category,
    categoryStrength,
    totalStrength: (a + o + m) / n,
    better: classified === 0 ? undefined : (a + o) / classified,
    // 0 − x rather than −x: no "−0" when O + M is 0
    worse: classified === 0 ? undefined : 0 - (o + m) / classified,
    significant: pair > 0 && top - runnerUp >= 1.65 * Math.sqrt((pair * (2 * n - pair)) / (2 * n)),
  };
}
