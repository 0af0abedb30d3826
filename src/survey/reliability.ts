import { CoreInputError, itemCovariance, scaleReliability, type Answer } from "../core";
import { RELIABILITY_THRESHOLD, type DimensionReliability, type ItemGapResult } from "./types";

/**
 * Do the perception items of each dimension measure one thing? Cronbach's alpha of the dimension's perception
 * items over the respondents who answered all of them (listwise), with Feldt's 95 % interval (core's
 * scaleReliability), flagged `low` below 0.7. A dimension of one item has no alpha. Dimensions keep the
 * order in which their first item appears.
 *
 * @example
 * dimensionReliability(perception, items).find((d) => d.low)?.dimension // => "empathy"
 */
export function dimensionReliability(
  perception: readonly (readonly Answer[])[],
  items: readonly ItemGapResult[],
): DimensionReliability[] {
  const columnsOf = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.dimension === undefined) return;
    const columns = columnsOf.get(item.dimension);
    if (columns) columns.push(index);
    else columnsOf.set(item.dimension, [index]);
  });
  return [...columnsOf].map(([dimension, columns]) => {
    const result: DimensionReliability = {
      dimension,
      items: columns.map((index) => items[index]!.item),
      n: 0,
      low: false,
    };
    if (columns.length < 2) {
      result.unavailable = "oneItem";
      return result;
    }
    const answers = perception.map((row) => columns.map((index) => row[index] ?? null));
    const covariance = itemCovariance(answers, "listwise");
    result.n = covariance.n;
    if (covariance.n < 2) {
      result.unavailable = "fewRespondents";
      return result;
    }
    try {
      const { alpha, ciLow, ciHigh } = scaleReliability(covariance);
      Object.assign(result, { alpha, ciLow, ciHigh, low: alpha < RELIABILITY_THRESHOLD });
    } catch (error) {
      if (!(error instanceof CoreInputError)) throw error;
      result.unavailable = "noVariance";
    }
    return result;
  });
}
