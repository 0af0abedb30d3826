import { QUADRANT_NAMES, SERVQUAL_DIMENSION_NAMES, type Quadrant, type ServqualDimensionKey } from "../core";
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
  /** CX.ALPHA: the labels of its detail block, top to bottom, then its item table's header. */
  alpha: {
    alpha: string;
    ciLow: string;
    ciHigh: string;
    standardized: string;
    n: string;
    k: string;
    header: [string, string, string, string, string];
  };
  /** CX.DRIVERS: the header and the label of the R² row. */
  drivers: {
    header: [string, string, string, string, string, string, string];
    rSquared: (n: number) => string;
  };
  /** CX.SEGMENTS: the header and the label of the everyone row. */
  segments: {
    header: [string, string, string, string, string, string, string, string, string, string];
    all: string;
  };
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
  alpha: {
    alpha: "Alpha",
    ciLow: "CI low",
    ciHigh: "CI high",
    standardized: "Standardized alpha",
    n: "n",
    k: "k",
    header: ["Item", "Mean", "SD", "Item-rest r", "Alpha if deleted"],
  },
  drivers: {
    header: ["Driver", "r", "Beta", "Weight", "Weight %", "Shapley", "Rank"],
    rSquared: (n) => `R² (n = ${n})`,
  },
  segments: {
    header: ["Segment", "n", "Mean", "SD", "Difference", "Statistic", "df", "p", "Adjusted p", "Significant"],
    all: "All",
  },
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
  alpha: {
    alpha: "α 系数",
    ciLow: "置信下限",
    ciHigh: "置信上限",
    standardized: "标准化 α 系数",
    n: "样本量",
    k: "项目数",
    header: ["项目", "均值", "标准差", "校正项总相关", "删除该项后的 α"],
  },
  drivers: {
    header: ["驱动因素", "相关系数 r", "标准化系数", "相对权重", "权重 %", "Shapley 值", "排名"],
    rSquared: (n) => `R²（n = ${n}）`,
  },
  segments: {
    header: ["细分", "样本量", "均值", "标准差", "差异", "统计量", "自由度", "p 值", "校正 p 值", "显著"],
    all: "全部",
  },
};

/** The spill labels in the given language. */
export function labelsFor(locale: Locale): SpillLabels {
  return locale === "zh-CN" ? chinese : english;
}
