import { completeCovariance, CoreInputError, keyDrivers, mean, type Answer } from "../core";
import type { DerivedImportance, DriverResult, ItemGapResult } from "./types";

/** Fewer complete respondents than max(MIN_RESPONDENTS, RESPONDENTS_PER_DRIVER × drivers) earn a warning. */
const MIN_RESPONDENTS = 30;
const RESPONDENTS_PER_DRIVER = 10;
/** |beta| below this is 0 up to rounding: R⁻¹·r computed in doubles (condition numbers up to ~10⁶). */
const NO_DIRECTION = 1e-9;

export interface DriverOutcome {
  kind: "overall" | "recommend";
  header: string;
  /** one answer per respondent */
  answers: readonly Answer[];
}

/**
 * Derived importance of each item: Johnson's relative weights (core's keyDrivers) of the perception items on
 * the outcome — overall satisfaction, or the recommend question without it — over the respondents who
 * answered the outcome and every item (listwise), with R², n and each item's correlation and standardized
 * coefficient. Not raw correlations: correlated items share their common influence instead of each claiming
 * it. Flags what makes the weights fragile: fewer than max(30, 10 × items) complete respondents, and items
 * whose coefficient is negative. Stated importance (the mean of an item's importance column) and its rank
 * stand beside the derived weight when the survey asked it.
 *
 * @example
 * deriveImportance(perception, { kind: "overall", header: "Overall", answers: overall }, items).drivers[0].item
 */
export function deriveImportance(
  perception: readonly (readonly Answer[])[],
  outcome: DriverOutcome,
  items: readonly ItemGapResult[],
  stated?: ReadonlyArray<readonly Answer[] | null>,
): DerivedImportance {
  const p = items.length;
  const result: DerivedImportance = {
    outcome: outcome.kind,
    outcomeHeader: outcome.header,
    n: 0,
    recommendedN: Math.max(MIN_RESPONDENTS, RESPONDENTS_PER_DRIVER * p),
    drivers: [],
    negative: [],
  };
  const summary = completeCovariance(perception.length, p + 1, (r, into, at, stride) => {
    const y = outcome.answers[r];
    if (typeof y !== "number") return false;
    into[at] = y;
    const row = perception[r]!;
    for (let j = 0; j < p; j++) {
      const x = row[j];
      if (typeof x !== "number") return false;
      into[at + (1 + j) * stride] = x;
    }
    return true;
  });
  result.n = summary.n;
  if (p === 0 || summary.n < p + 2) {
    result.unavailable = "fewRespondents";
    return result;
  }
  for (let j = 0; j <= p; j++) {
    if (!(summary.covariance[j * (p + 2)]! > 0)) {
      result.unavailable = "noVariance";
      return result;
    }
  }
  let ranked: ReturnType<typeof keyDrivers>;
  try {
    ranked = keyDrivers(summary);
  } catch (error) {
    if (!(error instanceof CoreInputError)) throw error;
    result.unavailable = "collinear";
    return result;
  }
  result.rSquared = ranked.rSquared;
  const statedMeans = stated?.map((column) => {
    if (!column || !column.some((answer) => answer !== null)) return undefined;
    return mean(column);
  });
  const statedRanks = ranksOf(statedMeans ?? []);
  result.drivers = ranked.drivers.map((driver): DriverResult => {
    const item = items[driver.index]!;
    const row: DriverResult = {
      item: item.item,
      weight: driver.weight,
      weightPercent: driver.weightPercent,
      r: driver.r,
      beta: driver.beta,
      rank: driver.rank,
    };
    if (item.name !== undefined) row.name = item.name;
    if (item.dimension !== undefined) row.dimension = item.dimension;
    const statedMean = statedMeans?.[driver.index];
    if (statedMean !== undefined) {
      row.statedImportance = statedMean;
      row.statedRank = statedRanks[driver.index]!;
    }
    return row;
  });
  // a coefficient within rounding of 0 (an item the others already explain) has no direction to warn about
  result.negative = ranked.drivers
    .filter((driver) => driver.beta < -NO_DIRECTION)
    .sort((a, b) => a.index - b.index)
    .map((driver) => items[driver.index]!.item);
  return result;
}

/** 1 for the largest value, ties share the better rank ("competition" ranking, as Excel's RANK.EQ). */
function ranksOf(values: ReadonlyArray<number | undefined>): Array<number | undefined> {
  return values.map((value) =>
    value === undefined
      ? undefined
      : 1 + values.filter((other) => other !== undefined && other > value).length,
  );
}

/** True when the derived weights rest on fewer respondents than recommended. */
export function derivedFromFewRespondents(derived: DerivedImportance): boolean {
  return derived.n < derived.recommendedN;
}
