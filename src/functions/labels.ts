import {
  KANO_CATEGORY_NAMES,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  type KanoCategory,
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
  /** CX.KANO's header, left to right. */
  kanoHeader: readonly string[];
  kanoCategories: Record<KanoCategory, string>;
  /** CX.NPS's header, left to right; the last three only with groups. */
  npsHeader: readonly string[];
  /** CX.CSAT's header, left to right. */
  csatHeader: readonly string[];
  /** The row of everyone in CX.NPS and CX.CSAT. */
  all: string;
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
  item: (position) => `Item ${position}`,
  kanoHeader: [
    "Feature", "n", "M", "O", "A", "I", "R", "Q", "Category", "Category strength", "Total strength", "Better",
    "Worse", "Significant",
  ], // prettier-ignore
  kanoCategories: KANO_CATEGORY_NAMES.en,
  npsHeader: [
    "Group", "n", "Promoters", "Passives", "Detractors", "NPS", "SE", "CI low", "CI high", "Difference vs rest",
    "z", "p",
  ], // prettier-ignore
  csatHeader: ["Group", "n", "Satisfied", "CSAT", "CI low", "CI high"],
  all: "All",
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
  item: (position) => `项目 ${position}`,
  kanoHeader: [
    "功能", "样本量", "M", "O", "A", "I", "R", "Q", "类别", "类别强度", "总强度", "Better 系数", "Worse 系数",
    "显著",
  ], // prettier-ignore
  kanoCategories: KANO_CATEGORY_NAMES["zh-CN"],
  npsHeader: [
    "组别", "样本量", "推荐者", "被动者", "贬损者", "NPS", "标准误", "置信下限", "置信上限", "与其余之差",
    "z 值", "p 值",
  ], // prettier-ignore
  csatHeader: ["组别", "样本量", "满意人数", "CSAT", "置信下限", "置信上限"],
  all: "全部",
};

/** The spill labels in the given language. */
export function labelsFor(locale: Locale): SpillLabels {
  return locale === "zh-CN" ? chinese : english;
}
