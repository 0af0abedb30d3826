import type { Quadrant, ServqualDimensionKey } from "../core";
import type { Locale } from "./locale";

/** Every text the CX functions spill into cells (headers, row labels, names), in English and Chinese. */
export interface SpillLabels {
  factor: string;
  importance: string;
  performance: string;
  shortfall: string;
  score: string;
  rank: string;
  quadrant: string;
  dimension: string;
  expectation: string;
  perception: string;
  gap: string;
  weight: string;
  weightedGap: string;
  overall: string;
  /** GAP's statistics rows, top to bottom. */
  stats: { gap: string; n: string; sd: string; ciLow: string; ciHigh: string; t: string; p: string };
  servqualDimensions: Record<ServqualDimensionKey, string>;
  quadrants: Record<Quadrant, string>;
  /** Name of a factor the user gave no label for (1-based position). */
  item: (position: number) => string;
}

const english: SpillLabels = {
  factor: "Factor",
  importance: "Importance",
  performance: "Performance",
  shortfall: "Shortfall",
  score: "Score",
  rank: "Rank",
  quadrant: "Quadrant",
  dimension: "Dimension",
  expectation: "Expectation",
  perception: "Perception",
  gap: "Gap",
  weight: "Weight",
  weightedGap: "Weighted gap",
  overall: "Overall",
  stats: { gap: "Gap", n: "n", sd: "SD", ciLow: "CI low", ciHigh: "CI high", t: "t", p: "p" },
  servqualDimensions: {
    tangibles: "Tangibles",
    reliability: "Reliability",
    responsiveness: "Responsiveness",
    assurance: "Assurance",
    empathy: "Empathy",
  },
  quadrants: {
    concentrateHere: "Concentrate here",
    keepUpTheGoodWork: "Keep up the good work",
    lowPriority: "Low priority",
    possibleOverkill: "Possible overkill",
  },
  item: (position) => `Item ${position}`,
};

const chinese: SpillLabels = {
  factor: "因素",
  importance: "重要性",
  performance: "表现",
  shortfall: "不足",
  score: "得分",
  rank: "排名",
  quadrant: "象限",
  dimension: "维度",
  expectation: "期望",
  perception: "感知",
  gap: "差距",
  weight: "权重",
  weightedGap: "加权差距",
  overall: "总体",
  stats: {
    gap: "差距",
    n: "样本量",
    sd: "标准差",
    ciLow: "置信下限",
    ciHigh: "置信上限",
    t: "t 值",
    p: "p 值",
  },
  servqualDimensions: {
    tangibles: "有形性",
    reliability: "可靠性",
    responsiveness: "响应性",
    assurance: "保证性",
    empathy: "移情性",
  },
  quadrants: {
    concentrateHere: "重点改进",
    keepUpTheGoodWork: "继续保持",
    lowPriority: "低优先级",
    possibleOverkill: "可能过度投入",
  },
  item: (position) => `项目 ${position}`,
};

/** The spill labels in the given language. */
export function labelsFor(locale: Locale): SpillLabels {
  return locale === "zh-CN" ? chinese : english;
}
