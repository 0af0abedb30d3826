import type { NameLanguage } from "../domainNames";
import type { ExpectationKind, KanoCategory } from "./kanoCategory";

/*
 * The names of the Kano categories and of the kinds of expectation they stand for, in the two languages CX Gap
 * speaks. Apart from the shared names (../domainNames) so that they load with the Kano code, not with every
 * worksheet function.
 */

/**
 * The Kano categories (Berger et al. 1993), with the names used in Chinese Kano studies.
 *
 * @example
 * KANO_CATEGORY_NAMES["zh-CN"].attractive // => "魅力型"
 */
export const KANO_CATEGORY_NAMES: Readonly<Record<NameLanguage, Readonly<Record<KanoCategory, string>>>> = {
  en: {
    mustBe: "Must-be",
    oneDimensional: "One-dimensional",
    attractive: "Attractive",
    indifferent: "Indifferent",
    reverse: "Reverse",
    questionable: "Questionable",
  },
  "zh-CN": {
    mustBe: "必备型",
    oneDimensional: "期望型",
    attractive: "魅力型",
    indifferent: "无差异型",
    reverse: "反向型",
    questionable: "可疑",
  },
};

/**
 * The course's three kinds of customer expectation, which the Kano categories measure: must-be = basic,
 * one-dimensional = expected, attractive = excitement (see EXPECTATION_KIND_OF_KANO_CATEGORY).
 *
 * @example
 * EXPECTATION_KIND_NAMES["zh-CN"].excitement // => "兴奋期望"
 */
export const EXPECTATION_KIND_NAMES: Readonly<
  Record<NameLanguage, Readonly<Record<ExpectationKind, string>>>
> = {
  en: { basic: "Basic expectation", expected: "Expected expectation", excitement: "Excitement expectation" },
  "zh-CN": { basic: "基本期望", expected: "期望期望", excitement: "兴奋期望" },
};
