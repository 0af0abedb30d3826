import {
  itemName,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  type Quadrant,
  type ServqualDimensionKey,
} from "../core";
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
  servqualDimensions: SERVQUAL_DIMENSION_NAMES.en,
  quadrants: QUADRANT_NAMES.en,
  item: (position) => itemName(String(position), "en"),
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
  servqualDimensions: SERVQUAL_DIMENSION_NAMES["zh-CN"],
  quadrants: QUADRANT_NAMES["zh-CN"],
  item: (position) => itemName(String(position), "zh-CN"),
};

/** The spill labels in the given language. */
export function labelsFor(locale: Locale): SpillLabels {
  return locale === "zh-CN" ? chinese : english;
}
