/*
 * The texts the further measures (CX.ALPHA, CX.DRIVERS, CX.SEGMENTS, CX.KANO, CX.NPS, CX.CSAT) spill, in English
 * and Chinese: they load with those functions' code (see ./registerFunctions). The texts every function shares
 * are in ./labels.
 */
import { KANO_CATEGORY_NAMES, type KanoCategory } from "../core";
import { labelsFor, type SpillLabels } from "./labels";
import type { Locale } from "./locale";

/** The shared spill texts and those of the further measures. */
export interface MeasureSpillLabels extends SpillLabels {
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

type MeasureLabels = Omit<MeasureSpillLabels, keyof SpillLabels>;

const english: MeasureLabels = {
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

const chinese: MeasureLabels = {
  alpha: {
    alpha: "α 系数",
    ciLow: "置信下限",
    ciHigh: "置信上限",
    standardized: "标准化 α 系数",
    n: "样本量",
    k: "题项数",
    header: ["题项", "均值", "标准差", "校正项总相关", "删除该项后的 α"],
  },
  drivers: {
    header: ["驱动因素", "相关系数 r", "标准化系数", "相对权重", "权重 %", "Shapley 值", "排名"],
    rSquared: (n) => `R²（n = ${n}）`,
  },
  segments: {
    header: ["细分", "样本量", "均值", "标准差", "差异", "统计量", "自由度", "p 值", "校正 p 值", "显著"],
    all: "全部",
  },
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

/** The shared spill texts and the further measures' in the given language. */
export function measureLabelsFor(locale: Locale): MeasureSpillLabels {
  return { ...labelsFor(locale), ...(locale === "zh-CN" ? chinese : english) };
}
