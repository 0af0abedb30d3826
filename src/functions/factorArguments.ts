import { inferScaleRange, RECOGNISED_SCALE_TOPS } from "../core";
import { itemValuesWithExtremes, labelList } from "./coercion";
import type { SpillLabels } from "./labels";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor, type MessageCatalogue } from "./messages";
import { refusal } from "./errorPolicy";
import { fromCore, type SpillArguments } from "./spill";

/** Smallest and largest answer given on one axis (what its rating scale is inferred from). */
export interface AnswerExtremes {
  smallest: number;
  largest: number;
}

/** The factors of CX.KEYEXP and CX.IPA: importance, performance and a name for each. */
export interface FactorArguments {
  importance: number[];
  performance: number[];
  names: string[];
  /** The answers' extremes: with respondent rows, of the answers, not of the column means. */
  importanceAnswers: AnswerExtremes;
  performanceAnswers: AnswerExtremes;
}

/**
 * Policy "factors": importance and performance by the "per-item values" policy, as many of one as of
 * the other (else a #VALUE! naming both), and labels by the "labels as text" policy (Item 1, Item 2, …
 * where none is given).
 */
export function factorArguments(
  importance: unknown,
  performance: unknown,
  labels: unknown,
  text: SpillLabels,
  m: MessageCatalogue,
): FactorArguments {
  const { values: importanceValues, ...importanceAnswers } = itemValuesWithExtremes(
    importance,
    "importance",
    m,
  );
  const { values: performanceValues, ...performanceAnswers } = itemValuesWithExtremes(
    performance,
    "performance",
    m,
  );
  const count = performanceValues.length;
  if (importanceValues.length !== count) {
    throw refusal("fixable", m.itemCount("importance", importanceValues.length, "performance", count));
  }
  return {
    importance: importanceValues,
    performance: performanceValues,
    names: labelList(labels, "labels", count, text.item, m),
    importanceAnswers,
    performanceAnswers,
  };
}

/**
 * The rating scale one axis's answers were given on (bottom and top, as core's inferScaleRange), for
 * `functionName`'s `argument`. Inferred from the answers, never from the means: on a 7-point survey the
 * means may all lie below 5. Answers below 0 or above 100 fit no recognised scale, and the user is told
 * `fix` (state the scale, or the crosshair).
 */
export function scaleOfAnswers(
  functionName: string,
  argument: string,
  { smallest, largest }: AnswerExtremes,
  fix: string,
  m: MessageCatalogue,
): { bottom: number; top: number } {
  if (smallest < 0 || largest > RECOGNISED_SCALE_TOPS[RECOGNISED_SCALE_TOPS.length - 1]!) {
    throw refusal("fixable", m.scaleUnknown(argument, smallest, largest, fix));
  }
  return fromCore(functionName, m, () => inferScaleRange([smallest, largest]));
}

/**
 * How CX.KEYEXP and CX.IPA begin: the messages and labels of `locale`, and their factors read from `args` by
 * the "factors" policy.
 */
export function readFactors(
  args: SpillArguments<"importance" | "performance" | "labels">,
  locale: Locale,
): { m: MessageCatalogue; text: SpillLabels; factors: FactorArguments } {
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  return { m, text, factors: factorArguments(args.importance, args.performance, args.labels, text, m) };
}
