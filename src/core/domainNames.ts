import type { Language } from "./language";
import type { Quadrant } from "./importancePerformance";
import type { ExpectationKind, KanoCategory } from "./kano/kanoCategory";
import type { ServqualDimensionKey } from "./servqualDimensions";

/*
 * The domain's names as people read them, in the two languages CX Gap speaks. One list, so that a
 * CX.IPA spill, the results sheet and the taskpane never call one quadrant or dimension by two names.
 */

/** The languages names exist in; every other display language reads English. */
export type NameLanguage = Language;

/** The six experience contents: product, service, relationship, convenience, brand image, price. */
export type ExperienceContentKey =
  "product" | "service" | "relationship" | "convenience" | "brandImage" | "price";

/** The word before an item's number where the item has no name of its own ("Item 3", "题项 3"). */
export const NUMBERED_ITEM_WORD: Readonly<Record<NameLanguage, string>> = { en: "Item", "zh-CN": "题项" };

/**
 * An item as a reader names it: numbered items (the "1" of E1/P1) read "Item 1"; named ones keep their name.
 *
 * @example
 * itemName("7", "zh-CN") // => "题项 7"
 * itemName("speed", "en") // => "speed"
 */
export function itemName(key: string, language: NameLanguage): string {
  return /^\d+$/.test(key) ? `${NUMBERED_ITEM_WORD[language]} ${key}` : key;
}

/**
 * The four importance–performance quadrants (Martilla & James 1977).
 *
 * @example
 * QUADRANT_NAMES["zh-CN"].concentrateHere // => "重点改进"
 */
export const QUADRANT_NAMES: Readonly<Record<NameLanguage, Readonly<Record<Quadrant, string>>>> = {
  en: {
    concentrateHere: "Concentrate here",
    keepUpTheGoodWork: "Keep up the good work",
    lowPriority: "Low priority",
    possibleOverkill: "Possible overkill",
  },
  "zh-CN": {
    concentrateHere: "重点改进",
    keepUpTheGoodWork: "继续保持",
    lowPriority: "低优先级",
    possibleOverkill: "可能过度投入",
  },
};

/**
 * The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988), with the Chinese names used in
 * Chinese service-quality research.
 *
 * @example
 * SERVQUAL_DIMENSION_NAMES["zh-CN"].empathy // => "移情性"
 */
export const SERVQUAL_DIMENSION_NAMES: Readonly<
  Record<NameLanguage, Readonly<Record<ServqualDimensionKey, string>>>
> = {
  en: {
    tangibles: "Tangibles",
    reliability: "Reliability",
    responsiveness: "Responsiveness",
    assurance: "Assurance",
    empathy: "Empathy",
  },
  "zh-CN": {
    tangibles: "有形性",
    reliability: "可靠性",
    responsiveness: "响应性",
    assurance: "保证性",
    empathy: "移情性",
  },
};

/**
 * The six groups of experience content a custom item → dimension map can use.
 *
 * @example
 * EXPERIENCE_CONTENT_NAMES.en.brandImage // => "Brand image"
 */
export const EXPERIENCE_CONTENT_NAMES: Readonly<
  Record<NameLanguage, Readonly<Record<ExperienceContentKey, string>>>
> = {
  en: {
    product: "Product",
    service: "Service",
    relationship: "Relationship",
    convenience: "Convenience",
    brandImage: "Brand image",
    price: "Price",
  },
  "zh-CN": {
    product: "产品",
    service: "服务",
    relationship: "关系",
    convenience: "便利",
    brandImage: "品牌形象",
    price: "价格",
  },
};

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
