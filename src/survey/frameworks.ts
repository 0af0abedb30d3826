import { STANDARD_SERVQUAL_DIMENSION_OF_ITEM } from "../core";
import { guessJourneyStages } from "./journey";
import type { ColumnAssignment, ExperienceContent, Framework } from "./types";
import { ownValue, textRecord } from "./textKeys";

/** The six experience-content groups, in the order the taskpane lists them. */
export const EXPERIENCE_CONTENTS: readonly ExperienceContent[] = [
  "product",
  "service",
  "relationship",
  "convenience",
  "brandImage",
  "price",
];

/**
 * Words in an item's name or key that suggest its experience content (English and Chinese), tried in this
 * order: a content named outright (product, 产品 …) wins over a hint (staff, 员工 …).
 */
const CONTENT_WORDS: ReadonlyArray<{ content: ExperienceContent; words: RegExp }> = [
  { content: "price", words: /\bprices?\b|pricing|价格|价钱/ },
  { content: "brandImage", words: /\bbrand|品牌/ },
  { content: "convenience", words: /convenien|便利|便捷/ },
  { content: "relationship", words: /relationship|关系/ },
  { content: "service", words: /\bservices?\b|服务/ },
  { content: "product", words: /\bproducts?\b|产品|商品/ },
  { content: "price", words: /cost|value for money|\bfees?\b|费用|性价比|收费/ },
  { content: "brandImage", words: /image|reputation|trust|形象|口碑|声誉|信赖/ },
  {
    content: "convenience",
    words: /location|parking|hours|wait|queue|online|方便|位置|停车|营业时间|排队|等待/,
  },
  { content: "relationship", words: /loyal|member|personal|care|关怀|会员|忠诚|个性化|关照/ },
  { content: "service", words: /staff|employee|friendl|help|respons|员工|店员|态度|响应|帮助/ },
  { content: "product", words: /quality|taste|fresh|design|range|质量|口味|新鲜|设计|品类/ },
];

/**
 * SERVQUAL-22 map (Parasuraman, Zeithaml & Berry 1988) for item keys "1"…"22": tangibles 1–4, reliability
 * 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22. Other keys are left unmapped.
 *
 * @example
 * servqualDimensionOfItem(["5", "18"]) // => { "5": "reliability", "18": "empathy" }
 */
export function servqualDimensionOfItem(items: readonly string[]): Record<string, string> {
  const map = textRecord<string>();
  for (const item of items) {
    const dimension = /^\d+$/.test(item) ? STANDARD_SERVQUAL_DIMENSION_OF_ITEM[Number(item) - 1] : undefined;
    if (dimension !== undefined) map[item] = dimension;
  }
  return map;
}

/**
 * A first guess of each item's experience content from words in its name or key ("Price fairness" → price,
 * "服务态度" → service, item 19 named "Convenient hours" → convenience); items with no telling word are left
 * for the manager to assign.
 *
 * @example
 * guessExperienceContents(["price fairness", "7"]) // => { "price fairness": "price" }
 * guessExperienceContents(["7"], { "7": "产品新鲜" }) // => { "7": "product" }
 */
export function guessExperienceContents(
  items: readonly string[],
  names: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const map = textRecord<string>();
  for (const item of items) {
    const text = `${ownValue(names, item) ?? ""} ${item}`.toLowerCase();
    const content = CONTENT_WORDS.find(({ words }) => words.test(text))?.content;
    if (content !== undefined) map[item] = content;
  }
  return map;
}

/**
 * The dimension map a framework starts from; "custom" starts from the previous map or nothing. The journey
 * places touchpoints by the words of their headers (`roles`), names and keys (see guessJourneyStages).
 *
 *
 * @example
 * dimensionMapFor("custom", ["1", "2"], { "1": "Speed", "3": "Price" }) // => { "1": "Speed" }
 * dimensionMapFor("servqual22", ["1", "5"]) // => { "1": "tangibles", "5": "reliability" }
 */
export function dimensionMapFor(
  framework: Framework,
  items: readonly string[],
  previous: Readonly<Record<string, string>> = {},
  names: Readonly<Record<string, string>> = {},
  roles: readonly ColumnAssignment[] = [],
): Record<string, string> {
  if (framework === "servqual22") return servqualDimensionOfItem(items);
  if (framework === "experienceContents") return guessExperienceContents(items, names);
  if (framework === "journey") return guessJourneyStages(items, names, roles);
  const map = textRecord<string>();
  for (const item of items) {
    const dimension = ownValue(previous, item);
    if (dimension !== undefined) map[item] = dimension;
  }
  return map;
}
