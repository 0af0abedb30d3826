import type { NameLanguage } from "../core/domainNames";

/** The four quadrants of the Better–Worse diagram (x = |Worse|, y = Better, both split at 0.5). */
export type BetterWorseQuadrant = "excitement" | "expected" | "basic" | "indifferent";

/** Text of the Kano block on the results sheet and of its lines in the action plan. */
export interface KanoLabels {
  feature: string;
  kind: string;
  category: string;
  n: string;
  /** headers of the six count columns, in the order M, O, A, I, R, Q */
  counts: readonly string[];
  categoryStrength: string;
  totalStrength: string;
  better: string;
  worse: string;
  absWorse: string;
  significant: string;
  yes: string;
  no: string;
  gapItem: string;
  /** what the letters and coefficients mean, one line under the table */
  legend: string;
  chartTitle: string;
  axisX: string;
  axisY: string;
  quadrantNames: Readonly<Record<BetterWorseQuadrant, string>>;
  chartHelper: string;
  features: string;
  /** the action plan's text for an unmet basic, an unmet expected, and a delight candidate */
  unmetBasic: string;
  unmetExpected: string;
  belowExpectation: string;
  surpriseMoment: string;
  delightReason: (better: number) => string;
  /** the summary sheet's lines: why unmet basic expectations lead the list, and the surprise moments */
  summaryHeading: string;
  summaryUnmetBasic: (names: readonly string[]) => string;
  summaryDelight: (candidates: ReadonlyArray<{ name: string; better: number }>) => string;
}

/**
 * Kano's own notation, written the same in both languages: the category letters heading the count columns
 * and the Better–Worse coefficients (as Chinese Kano reports write them too).
 */
const KANO_NOTATION = {
  counts: ["M", "O", "A", "I", "R", "Q"],
  better: "Better",
  worse: "Worse",
  absWorse: "|Worse|",
} as const satisfies Partial<KanoLabels>;

const EN: KanoLabels = {
  feature: "Feature",
  kind: "Kind of expectation",
  category: "Kano category",
  n: "n",
  ...KANO_NOTATION,
  categoryStrength: "Category strength",
  totalStrength: "Total strength",
  significant: "Clear (Fong)",
  yes: "Yes",
  no: "No",
  gapItem: "Same as gap item",
  legend:
    "M must-be · O one-dimensional · A attractive · I indifferent · R reverse · Q questionable. Better = (A+O)/(A+O+M+I): how much having it satisfies; Worse = −(O+M)/(A+O+M+I): how much lacking it dissatisfies. Clear: the two most frequent categories differ beyond chance (Fong's test).",
  chartTitle: "Better–Worse: what each feature does to satisfaction",
  axisX: "|Worse|: dissatisfaction when it is missing",
  axisY: "Better: satisfaction when it is there",
  quadrantNames: {
    excitement: "Excitement (attractive)",
    expected: "Expected (one-dimensional)",
    basic: "Basic (must-be)",
    indifferent: "Indifferent",
  },
  chartHelper: "Better–Worse chart: dividing lines and quadrant labels",
  features: "Features",
  unmetBasic:
    "Basic expectation (must-be) below expectation: customers take it for granted, so falling short brings complaints and doing it well earns no praise. Fix before anything else.",
  unmetExpected:
    "Expected expectation (one-dimensional) below expectation: the better it is done, the more satisfied customers are.",
  belowExpectation: "Below expectation; priority = importance × how far experience falls short.",
  surpriseMoment: "Surprise moment",
  delightReason: (better) =>
    `Excitement expectation (attractive), Better ${better.toFixed(2)}: not missed when absent, delights when present. A candidate for a planned surprise moment, once the fixes above are done.`,
  summaryHeading: "Kinds of expectation (Kano)",
  summaryUnmetBasic: (names) =>
    `${names.join(" and ")} ${names.length === 1 ? "comes" : "come"} first: basic expectations (must-be) below expectation. Customers take them for granted, so falling short brings complaints.`,
  summaryDelight: (candidates) =>
    `After the fixes, candidates for a planned surprise moment: ${candidates.map((c) => `${c.name} (Better ${c.better.toFixed(2)})`).join(", ")}.`,
};

const ZH: KanoLabels = {
  feature: "功能",
  kind: "期望类型",
  category: "Kano 类别",
  n: "样本量",
  ...KANO_NOTATION,
  categoryStrength: "类别强度",
  totalStrength: "总强度",
  significant: "显著（Fong 检验）",
  yes: "是",
  no: "否",
  gapItem: "对应差距题项",
  legend:
    "M 必备型 · O 期望型 · A 魅力型 · I 无差异型 · R 反向型 · Q 可疑。Better = (A+O)/(A+O+M+I)：具备时带来的满意；Worse = −(O+M)/(A+O+M+I)：缺少时带来的不满。显著：最多的两个类别之差超出偶然（Fong 检验）。",
  chartTitle: "Better–Worse 图：各功能对满意度的作用",
  axisX: "|Worse|：缺少时的不满",
  axisY: "Better：具备时的满意",
  quadrantNames: {
    excitement: "兴奋期望（魅力型）",
    expected: "期望期望（期望型）",
    basic: "基本期望（必备型）",
    indifferent: "无差异型",
  },
  chartHelper: "Better–Worse 图：分界线与象限标签",
  features: "功能",
  unmetBasic:
    "基本期望（必备型）未达到：顾客视为理所当然，做不到就会抱怨，做得好也不会加分。优先于其他一切改进。",
  unmetExpected: "期望期望（期望型）未达到：做得越好，顾客越满意。",
  belowExpectation: "低于期望；优先度 = 重要性 × 体验低于期望的差距。",
  surpriseMoment: "惊喜时刻",
  delightReason: (better) =>
    `兴奋期望（魅力型），Better ${better.toFixed(2)}：没有时顾客不会不满，有了会带来惊喜。可作为计划中的惊喜时刻，在上面各项改进之后安排。`,
  summaryHeading: "期望类型（Kano）",
  summaryUnmetBasic: (names) =>
    `${names.join("、")}排在最前：属于基本期望（必备型）且低于期望。顾客视为理所当然，做不到就会抱怨。`,
  summaryDelight: (candidates) =>
    `改进之后，可安排惊喜时刻的功能：${candidates.map((c) => `${c.name}（Better ${c.better.toFixed(2)}）`).join("、")}。`,
};

/** The Kano texts in the reader's language. */
export function kanoLabels(language: NameLanguage): KanoLabels {
  return language === "zh-CN" ? ZH : EN;
}
