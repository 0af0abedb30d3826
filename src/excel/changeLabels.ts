import type { NameLanguage } from "../core/domainNames";

/** Text of the change-over-time and journey blocks, in the workbook reader's language. */
export interface ChangeLabels {
  /** heading of the details block: "Change over time (by Wave 波次)" */
  heading: (waveHeader: string) => string;
  dimensionsTable: string;
  itemsTable: string;
  /** the change column: "Change 2026Q1 → 2026Q2" */
  change: (previous: string, last: string) => string;
  df: string;
  adjustedP: string;
  verdict: string;
  /** one cell per change: improved / worse / unchanged, significant or not, or no test */
  verdictCell: (
    direction: "improved" | "worse" | "unchanged",
    significant: boolean,
    tested: boolean,
  ) => string;
  /** how the change is tested, once under the tables */
  method: string;
  oneWave: (wave: string) => string;
  chartTitle: string;
  chartAxis: string;
  wave: string;
  /** summary sheet: the section heading and its lines */
  summaryHeading: (previous: string, last: string) => string;
  overallLine: (change: number, p: number | undefined, significant: boolean) => string;
  improvedLine: (names: string[]) => string;
  worseLine: (names: string[]) => string;
  /** "Delivery on time (+1.28, significant)" */
  named: (name: string, change: number, significant: boolean) => string;
  nothingChanged: string;
  /** the journey: the stage where expectations are missed most */
  journeyHeading: string;
  journeyLine: (stage: string, gap: number, worstItem?: { name: string; gap: number }) => string;
  journeyMet: string;
  journeyStageGaps: (parts: string[]) => string;
}

const signed = (value: number): string => (value < 0 ? `−${(-value).toFixed(2)}` : `+${value.toFixed(2)}`);
const pText = (p: number): string => (p < 0.0001 ? "<0.0001" : p.toFixed(4));

/**
 * A change's verdict cell in a language's words: "No change", or the direction followed by whether the
 * change is significant ("Improved, significant") or could not be tested.
 */
function verdictIn(words: {
  unchanged: string;
  improved: string;
  worse: string;
  /** after the direction, when the change could not be tested */
  untested: string;
  significant: string;
  notSignificant: string;
}): ChangeLabels["verdictCell"] {
  return (direction, significant, tested) => {
    if (direction === "unchanged") return words.unchanged;
    const word = direction === "improved" ? words.improved : words.worse;
    if (!tested) return `${word}${words.untested}`;
    return `${word}${significant ? words.significant : words.notSignificant}`;
  };
}

const EN: ChangeLabels = {
  heading: (waveHeader) => `Change over time (by ${waveHeader})`,
  dimensionsTable: "Gap by wave: dimensions",
  itemsTable: "Gap by wave: items",
  change: (previous, last) => `Change ${previous} → ${last}`,
  df: "df",
  adjustedP: "p (Holm)",
  verdict: "Verdict",
  verdictCell: verdictIn({
    unchanged: "No change",
    improved: "Improved",
    worse: "Worse",
    untested: " (not testable)",
    significant: ", significant",
    notSignificant: ", not significant",
  }),
  method:
    "Change = last wave's gap − the wave before. Different customers answer each wave, so the change is tested with Welch's t (unequal variances); p (Holm) is adjusted for testing every item (or every dimension) at once, and a change is significant when it is below 0.05.",
  oneWave: (wave) =>
    `All answers are in one wave (${wave}): add next wave's rows and choose Refresh to see the change.`,
  chartTitle: "Gap by wave",
  chartAxis: "Gap (experience − expectation)",
  wave: "Wave",
  summaryHeading: (previous, last) => `What changed from ${previous} to ${last}`,
  overallLine: (change, p, significant) =>
    `Overall gap ${signed(change)}${p === undefined ? "" : ` (p = ${pText(p)}${significant ? ", significant" : ", not significant"})`}.`,
  improvedLine: (names) => `Improved: ${names.join("; ")}.`,
  worseLine: (names) => `Got worse: ${names.join("; ")}.`,
  named: (name, change, significant) => `${name} (${signed(change)}${significant ? ", significant" : ""})`,
  nothingChanged: "No item's gap changed.",
  journeyHeading: "Along the customer journey",
  journeyLine: (stage, gap, worst) =>
    `Expectations are missed most ${stage.toLowerCase()} (gap ${signed(gap)})${worst ? `; its weakest touchpoint is ${worst.name} (${signed(worst.gap)})` : ""}.`,
  journeyMet: "Every stage of the journey meets expectations on average.",
  journeyStageGaps: (parts) => `Gap by stage: ${parts.join(" · ")}.`,
};

const ZH: ChangeLabels = {
  heading: (waveHeader) => `随时间的变化（按 ${waveHeader}）`,
  dimensionsTable: "各波次差距：维度",
  itemsTable: "各波次差距：题项",
  change: (previous, last) => `变化 ${previous} → ${last}`,
  df: "自由度",
  adjustedP: "p（Holm 校正）",
  verdict: "结论",
  verdictCell: verdictIn({
    unchanged: "无变化",
    improved: "改善",
    worse: "变差",
    untested: "（无法检验）",
    significant: "，显著",
    notSignificant: "，不显著",
  }),
  method:
    "变化 = 最近一波次的差距 − 前一波次。每一波次的受访者不同，因此用 Welch t 检验（不假定方差相等）；p（Holm 校正）考虑了同时检验所有题项（或所有维度），小于 0.05 即为显著。",
  oneWave: (wave) => `所有回答都属于同一波次（${wave}）：加入下一波次的数据并点“刷新”即可看到变化。`,
  chartTitle: "各波次差距",
  chartAxis: "差距（体验 − 期望）",
  wave: "波次",
  summaryHeading: (previous, last) => `从 ${previous} 到 ${last} 的变化`,
  overallLine: (change, p, significant) =>
    `总体差距 ${signed(change)}${p === undefined ? "" : `（p = ${pText(p)}，${significant ? "显著" : "不显著"}）`}。`,
  improvedLine: (names) => `改善：${names.join("；")}。`,
  worseLine: (names) => `变差：${names.join("；")}。`,
  named: (name, change, significant) => `${name}（${signed(change)}${significant ? "，显著" : ""}）`,
  nothingChanged: "各题项的差距均无变化。",
  journeyHeading: "顾客旅程各阶段",
  journeyLine: (stage, gap, worst) =>
    `期望落空最多的阶段是${stage}（差距 ${signed(gap)}）${worst ? `；其中最弱的接触点是${worst.name}（${signed(worst.gap)}）` : ""}。`,
  journeyMet: "顾客旅程的各阶段平均都达到了期望。",
  journeyStageGaps: (parts) => `各阶段差距：${parts.join(" · ")}。`,
};

/** The change-over-time and journey text in `language`. */
export function changeLabelsFor(language: NameLanguage): ChangeLabels {
  return language === "zh-CN" ? ZH : EN;
}
