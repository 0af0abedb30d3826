import {
  EXPERIENCE_CONTENT_NAMES,
  NUMBERED_ITEM_WORD,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  type NameLanguage,
} from "../core/domainNames";
import { languageOf } from "../core/language";
import type { Quadrant } from "../survey";

/** Text written on the results sheet, in the workbook reader's language. */
export interface ResultLabels {
  /** the language of these labels, for names built from the shared list (src/core/domainNames.ts) */
  language: NameLanguage;
  sheetName: string;
  title: string;
  source: string;
  respondents: string;
  itemGaps: string;
  dimensionScores: string;
  keyExperiences: string;
  quadrants: string;
  crosshair: string;
  item: string;
  dimension: string;
  expectation: string;
  perception: string;
  gap: string;
  n: string;
  missing: string;
  sd: string;
  ciLow: string;
  ciHigh: string;
  t: string;
  p: string;
  weight: string;
  weightedGap: string;
  overall: string;
  /** the overall row's label where a dimension is itself called "Overall" */
  overallAllDimensions: string;
  rank: string;
  importance: string;
  performance: string;
  shortfall: string;
  score: string;
  quadrant: string;
  importanceStated: string;
  importanceDerived: string;
  quadrantNames: Record<Quadrant, string>;
  dimensionNames: Record<string, string>;
  chartDimensions: string;
  chartMatrix: string;
  chartRadar: string;
  /** value axis of the dimension bars, which show expectation, perception and gap on one scale */
  meanScore: string;
  items: string;
  /** heading of the IPA chart's helper block (crosshair lines and quadrant-name points) */
  chartHelper: string;
}

const EN: ResultLabels = {
  language: "en",
  sheetName: "CX Gap results",
  title: "CX Gap results",
  source: "Survey",
  respondents: "Respondents",
  itemGaps: "Item gaps (perception − expectation)",
  dimensionScores: "Dimension scores",
  keyExperiences: "Key experiences (importance × shortfall)",
  quadrants: "Importance–performance matrix",
  crosshair: "Crosshair",
  item: "Item",
  dimension: "Dimension",
  expectation: "Expectation",
  perception: "Perception",
  gap: "Gap",
  n: "n",
  missing: "Missing",
  sd: "SD",
  ciLow: "95% CI low",
  ciHigh: "95% CI high",
  t: "t",
  p: "p",
  weight: "Weight",
  weightedGap: "Weighted gap",
  overall: "Overall",
  overallAllDimensions: "Overall, all dimensions",
  rank: "Rank",
  importance: "Importance",
  performance: "Performance",
  shortfall: "Shortfall",
  score: "Score",
  quadrant: "Quadrant",
  importanceStated: "Importance: mean of the importance answers",
  importanceDerived:
    "Importance: correlation of each item with overall satisfaction (no importance questions)",
  quadrantNames: QUADRANT_NAMES.en,
  dimensionNames: { ...SERVQUAL_DIMENSION_NAMES.en, ...EXPERIENCE_CONTENT_NAMES.en },
  chartDimensions: "Expectation vs perception by dimension",
  chartMatrix: "Importance–performance matrix",
  chartRadar: "SERVQUAL dimensions",
  meanScore: "Mean score",
  items: "Items",
  chartHelper: "Priority-matrix chart: crosshair lines and quadrant labels",
};

const ZH: ResultLabels = {
  language: "zh-CN",
  sheetName: "CX Gap 结果",
  title: "CX Gap 分析结果",
  source: "问卷",
  respondents: "受访者",
  itemGaps: "各题差距（感知 − 期望）",
  dimensionScores: "维度得分",
  keyExperiences: "关键体验（重要性 × 不足）",
  quadrants: "重要性–表现矩阵",
  crosshair: "分界线",
  item: NUMBERED_ITEM_WORD["zh-CN"],
  dimension: "维度",
  expectation: "期望",
  perception: "感知",
  gap: "差距",
  n: "样本量",
  missing: "缺失",
  sd: "标准差",
  ciLow: "95% 置信下限",
  ciHigh: "95% 置信上限",
  t: "t 值",
  p: "p 值",
  weight: "权重",
  weightedGap: "加权差距",
  overall: "总体",
  overallAllDimensions: "总体（全部维度）",
  rank: "排名",
  importance: "重要性",
  performance: "表现",
  shortfall: "不足",
  score: "得分",
  quadrant: "象限",
  importanceStated: "重要性：重要性题项的平均分",
  importanceDerived: "重要性：各题与总体满意度的相关系数（问卷无重要性题项）",
  quadrantNames: QUADRANT_NAMES["zh-CN"],
  dimensionNames: { ...SERVQUAL_DIMENSION_NAMES["zh-CN"], ...EXPERIENCE_CONTENT_NAMES["zh-CN"] },
  chartDimensions: "各维度期望与感知",
  chartMatrix: "重要性–表现矩阵",
  chartRadar: "SERVQUAL 五维度",
  meanScore: "平均分",
  items: NUMBERED_ITEM_WORD["zh-CN"],
  chartHelper: "优先矩阵图：分界线与象限标签",
};

/** Labels for an Office display language: any Chinese tag (zh-CN, zh-TW, zh-Hant…) → Chinese, as the pane and the functions. */
export function resultLabels(language: string): ResultLabels {
  return languageOf(language) === "zh-CN" ? ZH : EN;
}
