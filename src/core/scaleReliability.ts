import { CoreInputError } from "./coreInputError";
import { fisherFQuantile } from "./distributions/fisherF";
import type { ItemCovariance, ItemVariances } from "./itemCovariance";

/** One item's contribution to a scale. */
export interface ItemReliability {
  mean: number;
  sd: number;
  /** Correlation of the item with the sum of the other items; undefined when either does not vary. */
  itemRestCorrelation: number | undefined;
  /** Alpha of the other items; undefined for a two-item scale or when their total does not vary. */
  alphaIfDeleted: number | undefined;
}

/** Cronbach's alpha with its Feldt interval, the standardized alpha and the item statistics. */
export interface ScaleReliability {
  alpha: number;
  ciLow: number;
  ciHigh: number;
  /** From the mean inter-item correlation; undefined when an item does not vary. */
  standardizedAlpha: number | undefined;
  n: number;
  k: number;
  items: ItemReliability[];
}

/** k/(k − 1)·(1 − Σ variances / variance of the total) of the items in `use`, from their covariances. */
function alphaOf(covariance: Float64Array, k: number, use: readonly number[]): number | undefined {
  let variances = 0;
  let total = 0;
  for (const i of use) {
    variances += covariance[i * k + i]!;
    for (const j of use) total += covariance[i * k + j]!;
  }
  const m = use.length;
  return m > 1 && total > 0 ? (m / (m - 1)) * (1 - variances / total) : undefined;
}

/**
 * Reliability of a multi-item scale (are the items of one dimension measuring one thing?): Cronbach's
 * alpha, k/(k − 1)·(1 − Σ item variances / variance of the total) (Cronbach, Psychometrika 16, 1951),
 * with Feldt's confidence interval [1 − (1 − α)·F(1 − a/2; n − 1, (n − 1)(k − 1)), 1 − (1 − α)·F(a/2; …)]
 * (Feldt, Woodruff & Salih, Applied Psychological Measurement 11, 1987), the standardized alpha
 * k·r̄/(1 + (k − 1)·r̄) of the mean inter-item correlation r̄, and per item its mean, SD, correlation
 * with the rest of the scale and the alpha without it. Values above about 0.7 are usually taken as
 * acceptable; a negative alpha (items that disagree) is returned as it is.
 *
 * n is the count of respondents actually used (listwise: complete rows; pairwise: anyone with an
 * answer) — psych and pingouin put every row's count into Feldt's n even after listwise deletion.
 *
 * @throws CoreInputError `insufficient` with fewer than two respondents (or two answering some pair of
 * items together) or a total score that does not vary; `range` for a confidence outside (0, 1).
 * @example
 * scaleReliability(itemCovariance([[1, 2], [2, 3], [3, 3], [null, 1]], "listwise")).alpha // => 0.8571428571428572
 */
export function scaleReliability(items: ItemCovariance, confidence = 0.95): ScaleReliability {
  const name = "scaleReliability";
  const { k, n, covariance, correlation, means } = items;
  if (n < 2 || items.fewestTogether.respondents < 2) {
    throw new CoreInputError(name, "insufficient", "at least two respondents answering each pair of items");
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new CoreInputError(name, "range", `a confidence strictly between 0 and 1 (got ${confidence})`);
  }
  const all = Array.from({ length: k }, (_, i) => i);
  const alpha = alphaOf(covariance, k, all);
  if (alpha === undefined) {
    throw new CoreInputError(
      name,
      "insufficient",
      "total scores that vary across respondents (all are equal)",
      { problem: { code: "noVariation" } },
    );
  }
  const tail = (1 - confidence) / 2;
  const df = [n - 1, (n - 1) * (k - 1)] as const;
  let correlations = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) correlations += correlation[i * k + j]!;
  const meanCorrelation = correlations / ((k * (k - 1)) / 2);
  const standardizedAlpha = (k * meanCorrelation) / (1 + (k - 1) * meanCorrelation);
  const result = {
    alpha,
    ciLow: 1 - (1 - alpha) * fisherFQuantile(1 - tail, ...df),
    ciHigh: 1 - (1 - alpha) * fisherFQuantile(tail, ...df),
    standardizedAlpha: Number.isFinite(standardizedAlpha) ? standardizedAlpha : undefined,
    n,
    k,
    items: all.map((i) => {
      const rest = all.filter((j) => j !== i);
      let withRest = 0;
      let restVariance = 0;
      for (const j of rest) {
        withRest += covariance[i * k + j]!;
        for (const l of rest) restVariance += covariance[j * k + l]!;
      }
      const variance = covariance[i * k + i]!;
      const r = withRest / Math.sqrt(variance * restVariance);
      return {
        mean: means[i]!,
        sd: Math.sqrt(variance),
        itemRestCorrelation: Number.isFinite(r) ? Math.min(1, Math.max(-1, r)) : undefined,
        alphaIfDeleted: alphaOf(covariance, k, rest),
      };
    }),
  };
  return result;
}

/**
 * Cronbach's alpha alone, k/(k − 1)·(1 − Σ item variances / variance of the total), from
 * {@link itemVariances}: the alpha of {@link scaleReliability} without its interval and item table, for
 * a caller that shows only alpha (the variance of the total is then that of the respondents' totals, not
 * the sum of the covariance matrix: the two agree to the last few digits).
 *
 * @throws CoreInputError `insufficient` with fewer than two respondents or a total score that does not vary.
 * @example
 * cronbachAlphaOf(itemVariances([[1, 2], [2, 3], [3, 3], [null, 1]])) // => 0.8571428571428572
 */
export function cronbachAlphaOf(items: ItemVariances): number {
  const name = "scaleReliability";
  const { k, n, variances, totalVariance } = items;
  if (n < 2) {
    throw new CoreInputError(name, "insufficient", "at least two respondents answering each pair of items");
  }
  if (!(totalVariance > 0)) {
    throw new CoreInputError(
      name,
      "insufficient",
      "total scores that vary across respondents (all are equal)",
      { problem: { code: "noVariation" } },
    );
  }
  let sum = 0;
  for (let i = 0; i < k; i++) sum += variances[i]!;
  return (k / (k - 1)) * (1 - sum / totalVariance);
}
