import type { JourneyStageKey } from "../core";
import { ownValue, textRecord } from "./textKeys";
import type {
  ColumnAssignment,
  DimensionScoreResult,
  ItemGapResult,
  JourneyAnalysis,
  JourneyStageResult,
} from "./types";

/** The customer journey's stages in the order a customer lives them. */
export const JOURNEY_STAGES: readonly JourneyStageKey[] = [
  "beforePurchase",
  "duringPurchase",
  "afterPurchase",
];

/**
 * Words in a touchpoint item's header, name or key that place it in a stage, English and Chinese. A stage
 * named outright (售前, pre-sale, "Before:") wins over a touchpoint that usually belongs to it (website,
 * checkout, delivery…). Tried in this order; the first that matches decides.
 */
const STAGE_WORDS: ReadonlyArray<{ stage: JourneyStageKey; words: RegExp }> = [
  {
    stage: "beforePurchase",
    words: /售前|购前|购买前|买前|事前|pre[\s\-_]?(?:sales?|purchase|buy)|before\b/,
  },
  { stage: "duringPurchase", words: /售中|购中|购买中|购物中|事中|during\b|in[\s\-_]?store|point of sale/ },
  {
    stage: "afterPurchase",
    words:
      /售后|购后|购买后|买后|事后|after[\s\-_]?(?:sales?|purchase|buy)|post[\s\-_]?(?:sales?|purchase)|after\b/,
  },
  {
    stage: "beforePurchase",
    words:
      /website|advert|\bads?\b|brochure|enquir|inquir|consult|browse|search|information|咨询|广告|宣传|官网|网站|浏览|介绍|预约/,
  },
  {
    stage: "afterPurchase",
    words:
      /deliver|install|return|refund|exchange|repair|warranty|complain|follow[\s\-_]?up|回访|配送|送货|物流|安装|退换|退货|退款|维修|保修|投诉/,
  },
  {
    stage: "duringPurchase",
    words:
      /checkout|check[\s\-_]?out|payment|\bpay\b|cashier|queue|till|order|fitting|结账|付款|支付|收银|排队|下单|试穿|试用|选购/,
  },
];

/**
 * A first guess of each touchpoint item's journey stage from the words of its headers, its name and its key
 * ("E3 售前 咨询响应" → before the purchase; "Delivery on time" → after it); items with no telling word are
 * left for the manager to assign in the model step.
 *
 * @example
 * guessJourneyStages(["1", "2"], { "1": "Pre-sale advice", "2": "Delivery on time" })
 * // => { "1": "beforePurchase", "2": "afterPurchase" }
 */
export function guessJourneyStages(
  items: readonly string[],
  names: Readonly<Record<string, string>> = {},
  roles: readonly ColumnAssignment[] = [],
): Record<string, string> {
  const headersOf = new Map<string, string[]>();
  for (const role of roles) {
    if (role.item === undefined) continue;
    const headers = headersOf.get(role.item) ?? [];
    headers.push(role.header);
    headersOf.set(role.item, headers);
  }
  const map = textRecord<string>();
  for (const item of items) {
    const text = [...(headersOf.get(item) ?? []), ownValue(names, item) ?? "", item]
      .join(" ")
      .normalize("NFKC")
      .toLowerCase();
    const stage = STAGE_WORDS.find(({ words }) => words.test(text))?.stage;
    if (stage !== undefined) map[item] = stage;
  }
  return map;
}

/** Whether most items' headers name a journey stage, so the journey is the framework to suggest. */
export function looksLikeJourney(items: readonly string[], roles: readonly ColumnAssignment[]): boolean {
  if (items.length === 0) return false;
  const placed = Object.keys(guessJourneyStages(items, {}, roles)).length;
  return placed === items.length;
}

/**
 * The journey read from the dimension scores of the journey framework: each stage's gap in journey order,
 * and the stage where expectations are missed most (the lowest gap, when it is below 0) with its worst item.
 *
 * @example
 * journeyOf(analysis.dimensions, analysis.items)?.missedMost // => { stage: "afterPurchase", gap: -0.9, worstItem: "7" }
 */
export function journeyOf(
  dimensions: readonly DimensionScoreResult[],
  items: readonly ItemGapResult[],
): JourneyAnalysis | undefined {
  const stages: JourneyStageResult[] = [];
  for (const stage of JOURNEY_STAGES) {
    const score = dimensions.find((d) => d.key === stage);
    if (!score) continue;
    const stageItems = items
      .filter((item) => item.dimension === stage && item.gap !== undefined)
      .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0))
      .map((item) => item.item);
    stages.push({
      stage,
      expectation: score.expectation,
      perception: score.perception,
      gap: score.gap,
      respondents: score.respondents,
      items: stageItems,
    });
  }
  if (stages.length === 0) return undefined;
  const journey: JourneyAnalysis = { stages };
  const lowest = stages.reduce((worst, stage) => (stage.gap < worst.gap ? stage : worst));
  if (lowest.gap < 0) {
    journey.missedMost = { stage: lowest.stage, gap: lowest.gap };
    const worstItem = lowest.items[0];
    if (worstItem !== undefined) journey.missedMost.worstItem = worstItem;
  }
  return journey;
}
