import type { Language } from "./language";
import type { Quadrant } from "./importancePerformance";
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
 * An item as a reader names it: its own name when it has one (from the survey's headers, or typed in the
 * pane); otherwise numbered items (the "1" of E1/P1) read "Item 1" and other keys read as they are.
 *
 * @example
 * itemName("7", "zh-CN") // => "题项 7"
 * itemName("speed", "en") // => "speed"
 * itemName("5", "en", "Keeps promises") // => "Keeps promises"
 */
export function itemName(key: string, language: NameLanguage, name?: string): string {
  if (name !== undefined && name.trim() !== "") return name.trim();
  return /^\d+$/.test(key) ? `${NUMBERED_ITEM_WORD[language]} ${key}` : key;
}

/**
 * Short names of the 22 statements of the SERVQUAL questionnaire (Parasuraman, Zeithaml & Berry 1988,
 * "SERVQUAL: a multiple-item scale…", Journal of Retailing 64(1), as refined in 1991, Journal of Retailing
 * 67(4)), items 1…22 in the published order, for surveys whose headers carry only the codes E1…E22/P1…P22.
 * The names are this project's own few-word summaries of each statement, not the published wording.
 *
 * @example
 * SERVQUAL_ITEM_NAMES.en[4] // => "Keeps promises"
 * SERVQUAL_ITEM_NAMES["zh-CN"][4] // => "按时兑现承诺"
 */
export const SERVQUAL_ITEM_NAMES: Readonly<Record<NameLanguage, readonly string[]>> = {
  en: [
    "Modern equipment",
    "Appealing facilities",
    "Neat staff",
    "Appealing materials",
    "Keeps promises",
    "Sincere problem solving",
    "Right the first time",
    "Service on time",
    "Error-free records",
    "Says when service happens",
    "Prompt service",
    "Willing to help",
    "Never too busy to respond",
    "Inspires confidence",
    "Safe transactions",
    "Courteous staff",
    "Knowledgeable staff",
    "Individual attention",
    "Convenient hours",
    "Personal attention",
    "Has customers' interests at heart",
    "Understands specific needs",
  ],
  "zh-CN": [
    "设备现代化",
    "设施美观",
    "员工仪表整洁",
    "资料美观",
    "按时兑现承诺",
    "真诚解决问题",
    "一次做对",
    "按时提供服务",
    "记录准确无误",
    "告知服务时间",
    "服务迅速",
    "乐于帮助",
    "再忙也回应",
    "让人信赖",
    "交易安心",
    "始终礼貌",
    "专业知识充足",
    "个别关注",
    "营业时间便利",
    "员工贴心关照",
    "以顾客利益为重",
    "理解具体需求",
  ],
};

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
 * What each quadrant tells a manager to do, in one sentence (Martilla & James 1977: importance on one axis,
 * performance on the other).
 *
 * @example
 * QUADRANT_MEANINGS.en.concentrateHere // => "Important to customers and done poorly: fix these first."
 */
export const QUADRANT_MEANINGS: Readonly<Record<NameLanguage, Readonly<Record<Quadrant, string>>>> = {
  en: {
    concentrateHere: "Important to customers and done poorly: fix these first.",
    keepUpTheGoodWork: "Important and done well: keep doing what works.",
    lowPriority: "Less important and done poorly: improve when resources allow.",
    possibleOverkill: "Less important but done very well: some of this effort could go elsewhere.",
  },
  "zh-CN": {
    concentrateHere: "对顾客重要但做得不好：优先改进。",
    keepUpTheGoodWork: "重要且做得好：继续保持有效做法。",
    lowPriority: "不太重要且做得一般：资源允许时再改进。",
    possibleOverkill: "不太重要却做得很好：部分投入可转到别处。",
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

/** The three stages of the customer journey: before, during and after the purchase. */
export type JourneyStageKey = "beforePurchase" | "duringPurchase" | "afterPurchase";

/**
 * The customer journey's stages as customer-experience management names them: before the purchase (售前),
 * during it (售中) and after it (售后). Touchpoint items belong to one stage each.
 *
 * @example
 * JOURNEY_STAGE_NAMES["zh-CN"].afterPurchase // => "售后"
 */
export const JOURNEY_STAGE_NAMES: Readonly<Record<NameLanguage, Readonly<Record<JourneyStageKey, string>>>> =
  {
    en: {
      beforePurchase: "Before the purchase",
      duringPurchase: "During the purchase",
      afterPurchase: "After the purchase",
    },
    "zh-CN": {
      beforePurchase: "售前",
      duringPurchase: "售中",
      afterPurchase: "售后",
    },
  };
