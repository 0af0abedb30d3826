import { importancePerformance } from "../core";
import { crosshairOf } from "./coercion";
import { readFactors, scaleOfAnswers, type AnswerExtremes } from "./factorArguments";
import type { Locale } from "./locale";
import { SCALE_FIXES } from "./messages";
import { fromCore, type Spill, type SpillArguments } from "./spill";

/** The arguments of CX.IPA, by the names of its declaration. */
export type IpaArguments = SpillArguments<"importance" | "performance" | "labels" | "crosshair">;

/**
 * CX.IPA: importance–performance analysis (Martilla & James 1977), a table with the header Factor,
 * Importance, Performance, Quadrant and one row per factor in input order. The crosshair is at the
 * means (default), the medians, the scale midpoints, or two given numbers; a factor exactly on a
 * crosshair counts as high. The "scale" midpoints come from the answers (respondent rows) or the
 * values (one row or column), so a 7-point survey whose means all lie below 5 still divides at 4.
 *
 * Policies: "factors" (importance, performance, labels), "crosshair".
 */
export function ipaSpill(args: IpaArguments, locale: Locale): Spill {
  const { m, text, factors } = readFactors(args, locale);
  let lines = crosshairOf(args.crosshair, m);
  if (lines === "scale") {
    // the midpoint of each axis's scale, inferred from its answers (a 7-point survey divides at 4)
    const midpoint = (argument: "importance" | "performance", answers: AnswerExtremes) => {
      const { bottom, top } = scaleOfAnswers("CX.IPA", argument, answers, SCALE_FIXES[locale].ipa, m);
      return (bottom + top) / 2;
    };
    lines = {
      importance: midpoint("importance", factors.importanceAnswers),
      performance: midpoint("performance", factors.performanceAnswers),
    };
  }
  const result = fromCore("CX.IPA", m, () =>
    importancePerformance(factors.importance, factors.performance, lines),
  );
  return [
    [text.factor, text.importance, text.performance, text.quadrant],
    ...result.factors.map((factor) => [
      factors.names[factor.index]!,
      factor.importance,
      factor.performance,
      text.quadrants[factor.quadrant],
    ]),
  ];
}
