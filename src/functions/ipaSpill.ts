import { importancePerformance, RECOGNISED_SCALE_TOPS } from "../core";
import { crosshairOf } from "./coercion";
import { ExcelFunctionError } from "./excelError";
import { extremes } from "./extremes";
import { factorArguments } from "./factorArguments";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor, SCALE_FIXES } from "./messages";
import { fromCore, type Spill } from "./spill";

/**
 * CX.IPA: importance–performance analysis (Martilla & James 1977), a table with the header Factor,
 * Importance, Performance, Quadrant and one row per factor in input order. The crosshair is at the
 * means (default), the medians, the scale midpoints, or two given numbers; a factor exactly on a
 * crosshair counts as high.
 *
 * Policies: "factors" (importance, performance, labels), "crosshair".
 */
export function ipaSpill(
  importance: unknown,
  performance: unknown,
  labels: unknown,
  crosshair: unknown,
  locale: Locale,
): Spill {
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  const {
    importance: importanceValues,
    performance: performanceValues,
    names,
  } = factorArguments(importance, performance, labels, text, m);
  const lines = crosshairOf(crosshair, m);
  if (lines === "scale") {
    const largestScale = RECOGNISED_SCALE_TOPS[RECOGNISED_SCALE_TOPS.length - 1]!;
    for (const [argument, values] of [
      ["importance", importanceValues],
      ["performance", performanceValues],
    ] as const) {
      const { smallest, largest } = extremes(values);
      if (smallest < 0 || largest > largestScale) {
        throw new ExcelFunctionError(
          "#VALUE!",
          m.scaleUnknown(argument, smallest, largest, SCALE_FIXES[locale].ipa),
        );
      }
    }
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
