import { importancePerformance, inferScaleRange, RECOGNISED_SCALE_TOPS } from "../core";
import { crosshairOf } from "./coercion";
import { factorArguments, type AnswerExtremes } from "./factorArguments";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor, SCALE_FIXES } from "./messages";
import { fromCore, type Spill, type SpillArguments } from "./spill";
import { refusal } from "./errorPolicy";

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
  const { importance, performance, labels, crosshair } = args;
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  const {
    importance: importanceValues,
    performance: performanceValues,
    names,
    importanceAnswers,
    performanceAnswers,
  } = factorArguments(importance, performance, labels, text, m);
  let lines = crosshairOf(crosshair, m);
  if (lines === "scale") {
    // The scale is inferred from the answers, not the means: on a 7-point survey the means may all
    // lie below 5, which would put the midpoint at 3 instead of 4.
    const midpoint = (argument: "importance" | "performance", { smallest, largest }: AnswerExtremes) => {
      if (smallest < 0 || largest > RECOGNISED_SCALE_TOPS[RECOGNISED_SCALE_TOPS.length - 1]!) {
        throw refusal("fixable", m.scaleUnknown(argument, smallest, largest, SCALE_FIXES[locale].ipa));
      }
      const { bottom, top } = fromCore("CX.IPA", m, () => inferScaleRange([smallest, largest]));
      return (bottom + top) / 2;
    };
    lines = {
      importance: midpoint("importance", importanceAnswers),
      performance: midpoint("performance", performanceAnswers),
    };
  }
  const result = fromCore("CX.IPA", m, () =>
    importancePerformance(importanceValues, performanceValues, lines),
  );
  return [
    [text.factor, text.importance, text.performance, text.quadrant],
    ...result.factors.map((factor) => [
      names[factor.index]!,
      factor.importance,
      factor.performance,
      text.quadrants[factor.quadrant],
    ]),
  ];
}
