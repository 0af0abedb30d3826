import { CoreInputError, keyExperiences } from "../core";
import { referenceOf } from "./coercion";
import { coreProblemError, refusal } from "./errorPolicy";
import { readFactors, scaleOfAnswers } from "./factorArguments";
import type { Locale } from "./locale";
import { SCALE_FIXES } from "./messages";
import { fromCore, numberCell, type Spill, type SpillArguments } from "./spill";

/** The arguments of CX.KEYEXP, by the names of its declaration. */
export type KeyexpArguments = SpillArguments<"importance" | "performance" | "labels" | "reference">;

/**
 * CX.KEYEXP: the key experiences, a table with the header Factor, Importance, Performance,
 * Shortfall, Score, Rank and one row per factor, highest score (importance × shortfall) first.
 * Shortfall is scale top − performance, or max(expectation − performance, 0) when `reference` is a
 * range of expectations; without `reference` the scale top is the smallest of 5, 7, 10, 100 not
 * below any performance answer (with respondent rows, the answers decide, not the column means).
 *
 * Policies: "factors" (importance, performance, labels), "reference" (expectations by "per-item values").
 */
export function keyexpSpill(args: KeyexpArguments, locale: Locale): Spill {
  const { m, text, factors } = readFactors(args, locale);
  const { names, performanceAnswers } = factors;
  const { largest } = performanceAnswers;
  const given = referenceOf(args.reference, m);
  let shortfallReference: { scaleTop: number } | { expectation: readonly number[] };
  if (given === undefined) {
    const fix = SCALE_FIXES[locale].keyexp;
    shortfallReference = {
      scaleTop: scaleOfAnswers("CX.KEYEXP", "performance", performanceAnswers, fix, m).top,
    };
  } else if ("scaleTop" in given) {
    if (given.scaleTop < largest) throw refusal("fixable", m.referenceBelowData(given.scaleTop, largest));
    shortfallReference = given;
  } else {
    if (given.expectation.length !== factors.performance.length) {
      throw refusal(
        "fixable",
        m.itemCount("reference", given.expectation.length, "performance", factors.performance.length),
      );
    }
    shortfallReference = given;
  }

  const ranked = fromCore("CX.KEYEXP", m, () => {
    try {
      return keyExperiences(factors.importance, factors.performance, shortfallReference);
    } catch (error) {
      // A score beyond the range of numbers (values near 1e308) is named by its factor.
      if (error instanceof CoreInputError && error.reason === "range" && error.subject !== undefined) {
        const factor = names[Number(error.subject)] ?? error.subject;
        throw refusal("fixable", m.answersTooLarge(factor, "importance, performance"));
      }
      throw error;
    }
  });
  const overflow = () => coreProblemError({ functionName: "CX.KEYEXP" }, { code: "tooLarge" }, m);
  return [
    [text.factor, text.importance, text.performance, text.shortfall, text.score, text.rank],
    ...ranked.map((factor) => [
      names[factor.index]!,
      factor.importance,
      factor.performance,
      numberCell(factor.shortfall, overflow),
      numberCell(factor.score, overflow),
      factor.rank,
    ]),
  ];
}
