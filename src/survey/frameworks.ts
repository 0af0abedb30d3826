import { STANDARD_SERVQUAL_DIMENSION_OF_ITEM } from "../core";
import type { ExperienceContent, Framework } from "./types";
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

/** Words in an item key that suggest its experience content (English and Chinese). */
const CONTENT_WORDS: ReadonlyArray<{ content: ExperienceContent; words: RegExp }> = [
  { content: "price", words: /price|cost|value for money|fee|价格|价钱|费用|性价比|收费/ },
  { content: "brandImage", words: /brand|image|reputation|trust|品牌|形象|口碑|声誉/ },
  {
    content: "convenience",
    words: /convenien|location|parking|hours|wait|queue|online|便利|方便|位置|停车|营业时间|排队|等待/,
  },
  { content: "relationship", words: /relationship|loyal|member|personal|care|关系|会员|忠诚|关怀|个性化/ },
  { content: "service", words: /service|staff|employee|friendl|help|respons|服务|员工|店员|态度|响应/ },
  { content: "product", words: /product|quality|taste|fresh|design|range|产品|质量|口味|新鲜|设计|品类/ },
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
 * A first guess of each item's experience content from words in its key ("Price fairness" → price,
 * "服务态度" → service); items with no telling word are left for the manager to assign.
 *
 * @example
 * guessExperienceContents(["price fairness", "7"]) // => { "price fairness": "price" }
 */
export function guessExperienceContents(items: readonly string[]): Record<string, string> {
  const map = textRecord<string>();
  for (const item of items) {
    const content = CONTENT_WORDS.find(({ words }) => words.test(item.toLowerCase()))?.content;
    if (content !== undefined) map[item] = content;
  }
  return map;
}

/** The dimension map a framework starts from; "custom" starts from the previous map or nothing. */
export function dimensionMapFor(
  framework: Framework,
  items: readonly string[],
  previous: Readonly<Record<string, string>> = {},
): Record<string, string> {
  if (framework === "servqual22") return servqualDimensionOfItem(items);
  if (framework === "experienceContents") return guessExperienceContents(items);
  const map = textRecord<string>();
  for (const item of items) {
    const dimension = ownValue(previous, item);
    if (dimension !== undefined) map[item] = dimension;
  }
  return map;
}
