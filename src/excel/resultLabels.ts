// Over 300 lines on purpose: the results sheets' catalogue, its interface and the English and Chinese texts
// side by side, so that a text is never separated from its translation.
import {
  EXPERIENCE_CONTENT_NAMES,
  JOURNEY_STAGE_NAMES,
  NUMBERED_ITEM_WORD,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  type NameLanguage,
} from "../core/domainNames";
import { languageOf } from "../core/language";
import type { PriorityMatrix, Quadrant, ResultBlockKey } from "../survey";

/** Text of the summary sheet (one screen for a manager: what to fix first, and where). */
export interface SummaryLabels {
  sheetName: string;
  title: string;
  /** "40 respondents · survey 'Survey'!A1:BR41" */
  context: (respondents: number, source: string) => string;
  /** what "priority" means, said once */
  priorityMeaning: string;
  fixFirst: string;
  nothingToFix: string;
  rank: string;
  item: string;
  priority: string;
  dimension: string;
  belowBy: string;
  shareBelow: string;
  importance: string;
  worstSegment: (segmentHeader: string) => string;
  gapThere: string;
  byDimension: string;
  /** one sentence per dimension */
  dimensionSentence: (dimension: string, gap: number, worstItem?: { name: string; gap: number }) => string;
  chartTitle: string;
  chartAxis: string;
  segmentsHeading: (segmentHeader: string) => string;
  overall: string;
  topFixes: string;
  respondents: string;
  /** header of the Welch-against-the-rest column */
  versusRest: string;
  versusRestCell: (difference: number, adjustedP: number, significant: boolean) => string;
}

/** Text of the action plan sheet (the manager's own columns are Owner, Due date, Status, Notes). */
export interface ActionPlanLabels {
  sheetName: string;
  title: string;
  /** how the target is set, and that refresh keeps what the manager typed */
  note: string;
  itemKey: string;
  item: string;
  dimension: string;
  rank: string;
  gapToday: string;
  targetGap: string;
  targetExperience: string;
  /** why the row is in the plan: unmet basic or expected expectation, below expectation, surprise moment */
  why: string;
  experienceToday: string;
  owner: string;
  dueDate: string;
  status: string;
  notes: string;
  /** the rank cell of an item that left the fix-first list (its row and typed cells are kept) */
  noLongerListed: string;
  updated: string;
}

/**
 * Text written on the results sheet, in the workbook reader's language; each result block's section title
 * under the block's key (itemGaps, dimensionScores…), one per block of the registry.
 */
export interface ResultLabels extends Record<ResultBlockKey, string> {
  /** the language of these labels, for names built from the shared list (src/core/domainNames.ts) */
  language: NameLanguage;
  sheetName: string;
  title: string;
  source: string;
  respondents: string;
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
  importanceRelativeWeights: (outcome: "overall" | "recommend") => string;
  quadrantNames: Record<Quadrant, string>;
  dimensionNames: Record<string, string>;
  chartDimensions: string;
  chartRadar: string;
  /** value axis of the dimension bars, which show expectation, perception and gap on one scale */
  meanScore: string;
  items: string;
  /** heading of the IPA chart's helper block (crosshair lines and quadrant-name points) */
  chartHelper: string;
  /** one sentence per quadrant, per matrix */
  quadrantMeanings: Record<PriorityMatrix, Record<Quadrant, string>>;
  meaning: string;
  /** x axis and crosshair of the gap matrix */
  gapAxis: string;
  chartGaps: string;
  chartExpectationPerception: string;
  summary: SummaryLabels;
  actionPlan: ActionPlanLabels;
}

const pText = (p: number): string => (p < 0.0001 ? "<0.0001" : p.toFixed(4));
const signed = (value: number): string => (value < 0 ? `−${(-value).toFixed(2)}` : `+${value.toFixed(2)}`);

const EN: ResultLabels = {
  language: "en",
  sheetName: "CX Gap results",
  title: "CX Gap results",
  source: "Survey",
  respondents: "Respondents",
  itemGaps: "Item gaps (perception − expectation)",
  dimensionScores: "Dimension scores",
  keyExperiences: "Key experiences (importance × shortfall)",
  priorityMatrix: "Importance–performance matrix",
  kano: "Kano: which kind of expectation each feature is",
  headline: "Recommendation and satisfaction",
  derivedImportance: "Derived importance",
  reliability: "Reliability",
  waves: "Change over time",
  journey: "Customer journey",
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
  importanceRelativeWeights: (outcome) =>
    `Importance: Johnson's relative weights on ${outcome === "overall" ? "overall satisfaction" : "likelihood to recommend"}, points summing to 100 (no importance questions)`,
  quadrantNames: QUADRANT_NAMES.en,
  dimensionNames: {
    ...SERVQUAL_DIMENSION_NAMES.en,
    ...EXPERIENCE_CONTENT_NAMES.en,
    ...JOURNEY_STAGE_NAMES.en,
  },
  chartDimensions: "Expectation vs perception by dimension",
  chartRadar: "SERVQUAL dimensions",
  meanScore: "Mean score",
  items: "Items",
  chartHelper: "Priority-matrix chart: crosshair lines and quadrant labels",
  quadrantMeanings: {
    gap: {
      concentrateHere: "Important to customers and below their expectation: fix these first.",
      keepUpTheGoodWork: "Important and meeting or beating expectation: protect these.",
      lowPriority: "Below expectation but less important: fix after the important ones.",
      possibleOverkill: "Meeting expectation and less important: no extra effort needed.",
    },
    classic: {
      concentrateHere: "More important than average, performing below average: improve first.",
      keepUpTheGoodWork: "More important than average, performing above average: keep it up.",
      lowPriority: "Less important, performing below average: can wait.",
      possibleOverkill: "Less important, performing above average: effort may exceed what customers value.",
    },
  },
  meaning: "What it means",
  gapAxis: "Gap (experience − expectation)",
  chartGaps: "Gap by dimension (experience − expectation)",
  chartExpectationPerception: "Expectation and experience by dimension",
  summary: {
    sheetName: "CX Gap summary",
    title: "What to fix first",
    context: (respondents, source) => `${respondents} respondents · survey ${source}`,
    priorityMeaning:
      "Priority = how important an item is to customers × how far their experience falls below their expectation. The higher, the sooner to fix; 0 means expectations are met.",
    fixFirst: "Fix first",
    nothingToFix: "No item falls below customers' expectation.",
    rank: "Rank",
    item: "Item",
    priority: "Priority",
    dimension: "Dimension",
    belowBy: "Below expectation by",
    shareBelow: "Customers below expectation",
    importance: "Importance",
    worstSegment: (header) => `Worst ${header}`,
    gapThere: "Gap there",
    byDimension: "By dimension",
    dimensionSentence: (dimension, gap, worst) =>
      `${dimension}: ${
        gap < 0
          ? `experience ${(-gap).toFixed(2)} points below expectation`
          : `experience meets expectation (${signed(gap)})`
      }${worst && worst.gap < 0 ? `; furthest behind: ${worst.name} (${signed(worst.gap)})` : ""}.`,
    chartTitle: "What to fix first: priority",
    chartAxis: "Priority (importance × shortfall)",
    segmentsHeading: (header) => `Gap by ${header} and dimension (experience − expectation)`,
    overall: "Overall",
    topFixes: "Top fixes there",
    respondents: "Respondents",
    versusRest: "Differs from the rest? (Welch t, Holm p)",
    versusRestCell: (difference, p, significant) =>
      `${significant ? (difference < 0 ? "Worse" : "Better") : "No"} (p ${pText(p)})`,
  },
  actionPlan: {
    sheetName: "Action plan",
    title: "Action plan",
    note: "Target: close the gap, so that experience reaches the expectation (target gap 0). Owner, Due date, Status and Notes are yours: Refresh updates the numbers and keeps what you typed.",
    itemKey: "Item key",
    item: "Item",
    dimension: "Dimension",
    rank: "Priority rank",
    gapToday: "Gap today",
    targetGap: "Target gap",
    targetExperience: "Target experience (= expectation)",
    why: "Why",
    experienceToday: "Experience today",
    owner: "Owner",
    dueDate: "Due date",
    status: "Status",
    notes: "Notes",
    noLongerListed: "No longer in the fix-first list",
    updated: "Numbers updated",
  },
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
  priorityMatrix: "重要性–表现矩阵",
  kano: "Kano 分析：各功能属于哪种期望",
  headline: "推荐与满意度",
  derivedImportance: "推导重要性",
  reliability: "信度",
  waves: "随时间的变化",
  journey: "顾客旅程",
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
  importanceRelativeWeights: (outcome) =>
    `重要性：对${outcome === "overall" ? "总体满意度" : "推荐意愿"}的 Johnson 相对权重，合计 100 分（问卷无重要性题项）`,
  quadrantNames: QUADRANT_NAMES["zh-CN"],
  dimensionNames: {
    ...SERVQUAL_DIMENSION_NAMES["zh-CN"],
    ...EXPERIENCE_CONTENT_NAMES["zh-CN"],
    ...JOURNEY_STAGE_NAMES["zh-CN"],
  },
  chartDimensions: "各维度期望与感知",
  chartRadar: "SERVQUAL 五维度",
  meanScore: "平均分",
  items: NUMBERED_ITEM_WORD["zh-CN"],
  chartHelper: "优先矩阵图：分界线与象限标签",
  quadrantMeanings: {
    gap: {
      concentrateHere: "顾客看重且低于期望：最先改进。",
      keepUpTheGoodWork: "顾客看重且达到或超出期望：继续保持。",
      lowPriority: "低于期望但不太重要：在重要项之后改进。",
      possibleOverkill: "达到期望且不太重要：无需额外投入。",
    },
    classic: {
      concentrateHere: "重要性高于平均、表现低于平均：优先改进。",
      keepUpTheGoodWork: "重要性高于平均、表现高于平均：继续保持。",
      lowPriority: "重要性低于平均、表现低于平均：可以暂缓。",
      possibleOverkill: "重要性低于平均、表现高于平均：投入可能超出顾客所需。",
    },
  },
  meaning: "含义",
  gapAxis: "差距（体验 − 期望）",
  chartGaps: "各维度差距（体验 − 期望）",
  chartExpectationPerception: "各维度期望与体验",
  summary: {
    sheetName: "CX Gap 摘要",
    title: "优先改进什么",
    context: (respondents, source) => `受访者 ${respondents} 人 · 问卷 ${source}`,
    priorityMeaning:
      "优先度 = 该题对顾客的重要性 × 体验低于期望的差距。数值越大越应先改进；0 表示已达到期望。",
    fixFirst: "优先改进",
    nothingToFix: "没有低于顾客期望的题项。",
    rank: "排名",
    item: NUMBERED_ITEM_WORD["zh-CN"],
    priority: "优先度",
    dimension: "维度",
    belowBy: "低于期望",
    shareBelow: "体验低于期望的顾客",
    importance: "重要性",
    worstSegment: (header) => `最差的${header}`,
    gapThere: "该处差距",
    byDimension: "各维度",
    dimensionSentence: (dimension, gap, worst) =>
      `${dimension}：${
        gap < 0 ? `体验低于期望 ${(-gap).toFixed(2)} 分` : `体验达到期望（${signed(gap)}）`
      }${worst && worst.gap < 0 ? `；差距最大：${worst.name}（${signed(worst.gap)}）` : ""}。`,
    chartTitle: "优先改进：优先度",
    chartAxis: "优先度（重要性 × 不足）",
    segmentsHeading: (header) => `各${header}、各维度差距（体验 − 期望）`,
    overall: "总体",
    topFixes: "该处优先改进",
    respondents: "受访者",
    versusRest: "与其他是否不同？（Welch t，Holm 校正 p）",
    versusRestCell: (difference, p, significant) =>
      `${significant ? (difference < 0 ? "更差" : "更好") : "无差异"}（p ${pText(p)}）`,
  },
  actionPlan: {
    sheetName: "行动计划",
    title: "行动计划",
    note: "目标：弥补差距，使体验达到期望（目标差距为 0）。负责人、完成日期、状态和备注由您填写：刷新只更新数字，保留您填写的内容。",
    itemKey: "题项键",
    item: NUMBERED_ITEM_WORD["zh-CN"],
    dimension: "维度",
    rank: "优先排名",
    gapToday: "当前差距",
    targetGap: "目标差距",
    targetExperience: "目标体验（= 期望）",
    why: "原因",
    experienceToday: "当前体验",
    owner: "负责人",
    dueDate: "完成日期",
    status: "状态",
    notes: "备注",
    noLongerListed: "已不在优先改进清单",
    updated: "数字更新于",
  },
};

/** Labels for an Office display language: any Chinese tag (zh-CN, zh-TW, zh-Hant…) → Chinese, as the pane and the functions. */
export function resultLabels(language: string): ResultLabels {
  return languageOf(language) === "zh-CN" ? ZH : EN;
}
