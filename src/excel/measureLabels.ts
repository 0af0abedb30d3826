import type { NameLanguage } from "../core/domainNames";

/** Text of the NPS/CSAT, derived-importance and reliability blocks of the results and summary sheets. */
export interface MeasureLabels {
  npsTitle: (recommendHeader: string) => string;
  csatTitle: (satisfactionHeader: string, from: number, top: number, bottom: number) => string;
  segment: string;
  all: string;
  n: string;
  promoters: string;
  passives: string;
  detractors: string;
  nps: string;
  csat: string;
  satisfied: string;
  ciLow: string;
  ciHigh: string;
  differenceVsRest: string;
  adjustedP: string;
  differs: string;
  yes: string;
  no: string;
  npsChartTitle: string;
  npsChartAxis: string;
  npsChartInterval: string;
  npsChartPoints: string;
  npsChartOverall: string;
  npsChartHelper: string;
  driversTitle: (outcomeHeader: string) => string;
  driversNote: (rSquared: number, n: number, recommendedN: number) => string;
  driversFew: (n: number, needed: number) => string;
  driversNegative: (items: string) => string;
  driversUnavailable: string;
  rank: string;
  item: string;
  dimension: string;
  derivedPoints: string;
  relativeWeight: string;
  correlation: string;
  beta: string;
  statedImportance: string;
  statedRank: string;
  reliabilityTitle: string;
  items: string;
  alpha: string;
  reading: string;
  alphaOk: string;
  alphaLow: (dimension: string, alpha: number) => string;
  alphaLowShort: string;
  oneItem: string;
  /** the summary sheet's headline line */
  headline: (
    nps?: { nps: number; low: number; high: number },
    csat?: { csat: number; low: number; high: number },
  ) => string;
}

const fixed = (value: number, decimals: number): string => value.toFixed(decimals).replace(/^-/, "−");
const percent = (share: number): string => `${fixed(100 * share, 1)}%`;

const EN: MeasureLabels = {
  npsTitle: (header) =>
    `Net Promoter Score (NPS) of “${header}”: promoters 9–10 − detractors 0–6, 95% interval; each segment against the rest (z test, Holm)`,
  csatTitle: (header, from, top, bottom) =>
    `CSAT: share answering ${from}–${top} on the ${bottom}–${top} scale of “${header}” (top two boxes), Wilson 95% interval; each segment against the rest (two-proportion z test, Holm)`,
  segment: "Segment",
  all: "All",
  n: "n",
  promoters: "Promoters",
  passives: "Passives",
  detractors: "Detractors",
  nps: "NPS",
  csat: "CSAT",
  satisfied: "Satisfied",
  ciLow: "95% CI low",
  ciHigh: "95% CI high",
  differenceVsRest: "Difference vs rest",
  adjustedP: "p (Holm)",
  differs: "Differs (p < 0.05)",
  yes: "yes",
  no: "no",
  npsChartTitle: "NPS by segment with 95% intervals",
  npsChartAxis: "NPS (−100 to 100)",
  npsChartInterval: "95% interval",
  npsChartPoints: "NPS",
  npsChartOverall: "All respondents",
  npsChartHelper: "Chart helper: NPS interval lines (x = NPS, y = row)",
  driversTitle: (header) =>
    `Johnson's relative weights of the perception items on “${header}” (not raw correlations)`,
  driversNote: (rSquared, n, recommendedN) =>
    `R² = ${rSquared.toFixed(2)}, n = ${n} respondents who answered every item (stable weights need ${recommendedN})`,
  driversFew: (n, needed) =>
    `Warning: only ${n} respondents answered every item; stable weights need at least ${needed}. Read the weights as a rough guide.`,
  driversNegative: (items) =>
    `Warning: negative direction (a better experience goes with lower satisfaction, the others held equal): ${items}. These overlap with other items.`,
  driversUnavailable:
    "Importance could not be derived from these answers (too few complete respondents, no spread, or collinear items).",
  rank: "Rank",
  item: "Item",
  dimension: "Dimension",
  derivedPoints: "Derived importance (points of 100)",
  relativeWeight: "Relative weight (share of R²)",
  correlation: "r with outcome",
  beta: "Beta",
  statedImportance: "Stated importance (mean)",
  statedRank: "Stated rank",
  reliabilityTitle:
    "Cronbach's alpha of each dimension's perception items, Feldt 95% interval (below 0.7: the items do not measure one thing)",
  items: "Items",
  alpha: "Alpha",
  reading: "Reading",
  alphaOk: "≥ 0.7",
  alphaLowShort: "below 0.7: read with care",
  alphaLow: (dimension, alpha) =>
    `The items of ${dimension} do not measure one thing (alpha ${alpha.toFixed(2)}); read its gap with care.`,
  oneItem: "one item: no alpha",
  headline: (nps, csat) =>
    [
      nps && `NPS ${fixed(nps.nps, 1)} (95% interval ${fixed(nps.low, 1)} to ${fixed(nps.high, 1)})`,
      csat && `CSAT ${percent(csat.csat)} (95% interval ${percent(csat.low)} to ${percent(csat.high)})`,
    ]
      .filter((part) => part !== undefined)
      .join(" · "),
};

const ZH: MeasureLabels = {
  npsTitle: (header) =>
    `“${header}”的净推荐值（NPS）：推荐者（9–10 分）− 贬损者（0–6 分），95% 置信区间；各分组与其余比较（z 检验，Holm 校正）`,
  csatTitle: (header, from, top, bottom) =>
    `满意率（CSAT）：“${header}”${bottom}–${top} 分量表上答 ${from}–${top} 分（最高两档）的比例，Wilson 95% 置信区间；各分组与其余比较（两比例 z 检验，Holm 校正）`,
  segment: "分组",
  all: "全部",
  n: "n",
  promoters: "推荐者",
  passives: "被动者",
  detractors: "贬损者",
  nps: "NPS",
  csat: "CSAT",
  satisfied: "满意人数",
  ciLow: "95% 置信下限",
  ciHigh: "95% 置信上限",
  differenceVsRest: "与其余之差",
  adjustedP: "p（Holm）",
  differs: "有差异（p < 0.05）",
  yes: "是",
  no: "否",
  npsChartTitle: "各分组净推荐值及 95% 置信区间",
  npsChartAxis: "NPS（−100 至 100）",
  npsChartInterval: "95% 置信区间",
  npsChartPoints: "NPS",
  npsChartOverall: "全部受访者",
  npsChartHelper: "图表辅助数据：NPS 区间线（x = NPS，y = 行）",
  driversTitle: (header) => `各感知题项对“${header}”的 Johnson 相对权重（而非简单相关系数）`,
  driversNote: (rSquared, n, recommendedN) =>
    `R² = ${rSquared.toFixed(2)}，n = ${n}（回答了全部题项的受访者；稳定的权重需要 ${recommendedN} 位）`,
  driversFew: (n, needed) =>
    `提醒：只有 ${n} 位受访者回答了全部题项，稳定的权重至少需要 ${needed} 位。请仅作粗略参考。`,
  driversNegative: (items) =>
    `提醒：方向为负（其他题项不变时，体验越好满意度反而越低）：${items}。这些题项与其他题项重叠。`,
  driversUnavailable: "无法从这些回答推导重要性（完整回答太少、回答无差异或题项共线）。",
  rank: "排名",
  item: "题项",
  dimension: "维度",
  derivedPoints: "推导重要性（百分制）",
  relativeWeight: "相对权重（R² 份额）",
  correlation: "与结果的相关系数 r",
  beta: "标准化系数 Beta",
  statedImportance: "自述重要性（均值）",
  statedRank: "自述排名",
  reliabilityTitle: "各维度感知题项的 Cronbach α，Feldt 95% 置信区间（低于 0.7：题项测量的不是同一件事）",
  items: "题项数",
  alpha: "α",
  reading: "解读",
  alphaOk: "≥ 0.7",
  alphaLowShort: "低于 0.7：谨慎解读",
  alphaLow: (dimension, alpha) =>
    `“${dimension}”的各题项测量的不是同一件事（α = ${alpha.toFixed(2)}），解读其差距时请谨慎。`,
  oneItem: "仅一个题项：无 α",
  headline: (nps, csat) =>
    [
      nps && `净推荐值 ${fixed(nps.nps, 1)}（95% 置信区间 ${fixed(nps.low, 1)} 至 ${fixed(nps.high, 1)}）`,
      csat && `满意率 ${percent(csat.csat)}（95% 置信区间 ${percent(csat.low)} 至 ${percent(csat.high)}）`,
    ]
      .filter((part) => part !== undefined)
      .join(" · "),
};

/** The measure labels of a results language. */
export function measureLabels(language: NameLanguage): MeasureLabels {
  return language === "zh-CN" ? ZH : EN;
}
