// Over 300 lines on purpose: the pane's English catalogue, every text of every step in one file, in the order
// the steps show them (zhCN.ts follows the same order, so a text and its translation are found alike).
import type {
  ColumnRole,
  CrosshairRule,
  Framework,
  OutputMode,
  SurveyProblemCode,
  WavePeriod,
} from "../../survey";
import { domainTerms } from "./domainTerms";
import { formatNumber } from "./formatNumber";
import type {
  ChartKind,
  FormulaBlock,
  FormulaFallbackReason,
  HostErrorKind,
  ReplaceDeclined,
  ValueColumn,
} from "../../excel/types";

/** one formatter for every progress update: Number.toLocaleString with a locale builds a new one per call */
const EN_COUNT = new Intl.NumberFormat("en-US");

/**
 * The English messages of the taskpane. Every text the pane shows comes from here (or from zhCN, which must
 * have the same keys); texts with values are functions so that word order can differ between languages.
 */
export const enUS = {
  // item, dimension and quadrant names, and the language of suggested item names
  ...domainTerms("en"),
  appTitle: "CX Gap",
  appSubtitle: "Customer-experience gaps from a survey in this workbook",
  stepsLabel: "Wizard steps",
  steps: { data: "Data", model: "Model", review: "Review", write: "Write" },
  stepTitles: {
    data: "Your survey",
    model: "How to analyse it",
    review: "What the survey says",
    write: "Write the results",
  } satisfies Record<"data" | "model" | "review" | "write", string>,
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  back: "Back",
  next: "Next",
  retry: "Try again",
  nextBlocked: {
    data: "Next is available once the survey has at least one expectation–perception pair.",
    model: "Next is available once at least one item has a group and any weights add up to 100.",
    review: "Next is available once the analysis has finished without problems that stop it.",
    write: "",
  } satisfies Record<"data" | "model" | "review" | "write", string>,
  analysisProgress: "Analysing the survey…",

  // step 1: data
  dataIntro:
    "Select your survey in the sheet, first row headers, one row per respondent, then choose Use selection. A single selected cell uses the table or region around it.",
  useSelection: "Use selection",
  reading: "Reading the survey…",
  readProgress: (read: number, total: number) =>
    `${EN_COUNT.format(read)} of ${EN_COUNT.format(total)} rows read`,
  surveySummary: (respondents: number, columns: number, address: string) =>
    `${respondents} respondents, ${columns} columns (${address})`,
  surveyLeftOut: (totalRow: boolean, hiddenRows: number) =>
    `Left out of the table: ${[
      totalRow ? "its total row" : "",
      hiddenRows > 0 ? `${hiddenRows} row${hiddenRows === 1 ? "" : "s"} hidden by its filter` : "",
    ]
      .filter((part) => part !== "")
      .join(" and ")}.`,
  detectedScale: (bottom: number, top: number) => `Answer scale: ${bottom}–${top}`,
  pairsFound: (pairs: number) => `${pairs} expectation–perception pairs`,
  rolesTableLabel: "Column roles",
  columnHeader: "Column",
  roleHeader: "Role",
  itemHeader: "Item",
  roleOf: (header: string) => `Role of ${header}`,
  roleGroupsHint: "What each column was taken for. Open a group to correct a column.",
  roleGroups: {
    respondentId: (n: number) => (n === 1 ? "Respondent ID" : `${n} respondent-ID columns`),
    segment: (n: number) => (n === 1 ? "1 segment column (store, channel…)" : `${n} segment columns`),
    expectation: (n: number) => `${n} expectation items`,
    perception: (n: number) => `${n} perception items`,
    importance: (n: number) => `${n} importance items`,
    overall: (n: number) => (n === 1 ? "Overall satisfaction" : `${n} overall-satisfaction columns`),
    kanoFunctional: (n: number) => `${n} Kano questions “if present” (functional)`,
    kanoDysfunctional: (n: number) => `${n} Kano questions “if absent” (dysfunctional)`,
    recommend: (n: number) =>
      n === 1 ? "Likelihood to recommend (0–10, NPS)" : `${n} likelihood-to-recommend columns`,
    wave: (n: number) => (n === 1 ? "1 wave column (quarter, survey round or date)" : `${n} wave columns`),
    ignore: (n: number) => (n === 1 ? "1 column not used" : `${n} columns not used`),
  } satisfies Record<ColumnRole, (n: number) => string>,
  itemNamesTitle: (named: number, total: number) => `Item names (${named} of ${total} named)`,
  itemNamesHint:
    "Results call each item by this name. Names come from the headers' wording, or the standard SERVQUAL statements; change any of them here.",
  nameOf: (item: string) => `Name of ${item}`,
  roles: {
    respondentId: "Respondent ID",
    segment: "Segment",
    expectation: "Expectation",
    perception: "Perception",
    importance: "Importance",
    overall: "Overall satisfaction",
    kanoFunctional: "Kano: if present",
    kanoDysfunctional: "Kano: if absent",
    recommend: "Likelihood to recommend (0–10)",
    wave: "Wave (quarter, round, date)",
    ignore: "Ignore",
  } satisfies Record<ColumnRole, string>,
  savedSettingsFound: "This workbook holds the settings of an earlier analysis.",
  savedSettingsJustWritten:
    "Survey answers changed or new ones added? Refresh repeats this analysis on the survey as it is now.",
  refresh: "Refresh",
  refreshing: "Refreshing…",
  refreshDone: (sheet: string) => `Refreshed: results written to “${sheet}”.`,
  refreshConfirmTitle: "Replace the earlier results?",
  refreshConfirmIntro:
    "Refresh analyses the survey as it is now and replaces these sheets of CX Gap, with anything you added to them:",
  refreshConfirmSheet: (sheet: string, kind: "summary" | "details") =>
    `“${sheet}”: the ${kind === "summary" ? "summary" : "details (statistics and charts)"}`,
  actionPlanKept: (sheet: string) =>
    `“${sheet}” is updated in place: what you typed under Owner, Due date, Status and Notes is kept.`,
  refreshConfirmNothingElse: "No other sheet is changed.",
  refreshConfirm: "Replace and refresh",
  cancel: "Cancel",
  replaceDeclined: {
    notConfirmed:
      "The earlier results sheet was kept: its name changed after you agreed to replace it. New sheets were written beside it.",
    notOurs:
      "The earlier results sheet was kept: it no longer carries CX Gap's mark and item table, so it may be yours. New sheets were written beside it.",
  } satisfies Record<ReplaceDeclined, string>,

  // step 2: model
  frameworkChoice: {
    label: "How to group the items",
    names: {
      servqual22: "Standard service-quality model (SERVQUAL, 22 items)",
      experienceContents: "Six experience contents",
      journey: "Customer journey: before, during and after the purchase",
      custom: "Your own groups",
    } satisfies Record<Framework, string>,
    meanings: {
      servqual22:
        "Groups the 22 standard statements into five areas: tangibles, reliability, responsiveness, assurance and empathy.",
      experienceContents:
        "Sorts items into product, service, relationship, convenience, brand image and price. Items whose names say which are sorted for you.",
      journey:
        "Places each touchpoint in a stage of the purchase: before it (pre-sale), during it, or after it (after-sales). Items whose headers name the stage (售前, pre-sale, Before:…) or a typical touchpoint (website, checkout, delivery…) are placed for you.",
      custom: "Type a group name for each item (for example Checkout or Delivery).",
    } satisfies Record<Framework, string>,
  },
  contentsGuideTitle: "Put each item in one of the six contents",
  contentsGuide: (count: number, total: number) =>
    count === total
      ? `None of the ${total} item names says which content it belongs to. Choose a content for each item below.`
      : `${count} of ${total} items could not be sorted from their names. Choose a content for each of them below.`,
  mappingTableLabel: "Dimension of each item",
  dimensionOf: (item: string) => `Dimension of item ${item}`,
  dimensionPlaceholder: "Choose or type a dimension",
  unmappedItems: (count: number) =>
    count === 1
      ? "1 item has no dimension and is left out of dimension scores."
      : `${count} items have no dimension and are left out of dimension scores.`,
  useWeights: "Give some groups more weight (share 100 points)",
  weightOf: (dimension: string) => `Points for ${dimension}`,
  weightsTotal: (total: number) => `Total: ${formatNumber(total, 0)} of 100 points`,
  weightsMustSum: (total: number) =>
    `The points add up to ${formatNumber(total, 1)}. Change them so that they add up to 100.`,
  weightsNegative: "Points cannot be negative.",
  crosshairChoice: {
    label: "Where the priority matrix splits high from low",
    names: {
      mean: "At the average",
      median: "At the middle item (median)",
      scale: "At the middle of the answer scale",
    } satisfies Record<CrosshairRule, string>,
    meanings: {
      mean: "An item counts as important, or as done well, when it is above the average of all items.",
      median:
        "Half of the items count as important, half as less important; one extreme item does not move the split.",
      scale: "On a 1–7 scale, above 4 counts as important or done well, whatever the other items score.",
    } satisfies Record<CrosshairRule, string>,
  },
  outputChoice: {
    label: "How the numbers are written",
    names: {
      values: "Fixed numbers",
      formulas: "Live formulas (=CX…)",
    } satisfies Record<OutputMode, string>,
    meanings: {
      values: "The results stay as written; press Refresh after the survey changes.",
      formulas: "The results recompute by themselves when answers in the survey change.",
    } satisfies Record<OutputMode, string>,
  },
  formulasWhatStaysNumbers:
    "Live: each item's gap (=CX.GAP), the dimension scores (=CX.SERVQUAL), the key experiences (=CX.KEYEXP) and the classic priority matrix (=CX.IPA). The other numbers are written as fixed numbers that Refresh updates: the item table's means, n, missing, SD, confidence interval, t and p, each dimension's respondents, the summary and the action plan. The tables of Kano, NPS and CSAT, reliability, derived importance, stores and change over time are fixed numbers too: they add what no single formula gives (the course's kinds, Holm-adjusted comparisons, the worst store); =CX.KANO, =CX.NPS, =CX.CSAT, =CX.ALPHA, =CX.DRIVERS and =CX.SEGMENTS give those measures live in a cell of your own. After writing, the pane lists them.",

  // step 3: review
  analyzing: "Analysing…",
  respondentsAndMissing: (n: number, missing: number) => `${n} respondents · ${missing} missing answers`,
  overallGap: (gap: number) => `Overall gap (perception − expectation): ${formatNumber(gap)}`,
  weightedScore: (score: number) => `Weighted SERVQUAL score: ${formatNumber(score)}`,
  dimensionGapsTitle: "Gaps by dimension",
  dimensionHeader: "Dimension",
  expectationHeader: "Expectation",
  perceptionHeader: "Perception",
  gapHeader: "Gap",
  keyExperiencesTitle: "Top key experiences",
  importanceStated: "Importance: the respondents' stated importance of each item.",
  importanceDerived:
    "Importance: each item's correlation with overall satisfaction (the survey has no importance columns).",
  importanceRelativeWeights: (outcome: "overall" | "recommend") =>
    `Importance: each item's share of what explains ${outcome === "overall" ? "overall satisfaction" : "likelihood to recommend"} (Johnson's relative weights, points that sum to 100; the survey has no importance columns).`,
  rankHeader: "Rank",
  importanceHeader: "Importance",
  performanceHeader: "Performance",
  scoreHeader: "Score",
  shortfallHeader: "Below expectation",
  // one sentence for both words the summary sheet uses: its Priority number and its Rank
  keyExperiencesRanking:
    "Ranked by importance × how far the experience falls below what customers expected: the Priority number on the summary sheet, where Rank 1 is the item to fix first.",
  keyExperiencesBasicFirst:
    "A basic expectation (Kano: must-be) that is not met comes first, whatever its number: customers take it for granted, and its absence turns them away.",
  unmetBasicItem: (item: string, basic: string) => `${item} · ${basic.toLowerCase()}`,
  priorityMatrixTitle: "Priority matrix",
  crosshairAt: (importance: number, performance: number) =>
    `High and low split at importance ${formatNumber(importance)} and performance ${formatNumber(performance)}.`,
  gapMatrixSplit: (importance: number) =>
    `Importance splits high from low at ${formatNumber(importance)}. The other axis is the gap (experience − expectation), split at 0: below 0, customers get less than they expected.`,
  segmentFilterLabel: (header: string) => `Show results for (${header})`,
  allRespondents: "All respondents",
  segmentOption: (segment: string, respondents: number) => `${segment} (${respondents} respondents)`,
  segmentFacts: (respondents: number, gap: number | undefined) =>
    `${respondents} respondents · overall gap here ${formatNumber(gap)}`,
  segmentVersusRest: (difference: number, adjustedP: number, significant: boolean) =>
    significant
      ? `${difference < 0 ? "Worse" : "Better"} than the other respondents by ${formatNumber(Math.abs(difference))} points on the average item gap (Welch t, Holm p ${formatNumber(adjustedP, 3)}).`
      : `Not clearly different from the other respondents (Welch t, Holm p ${formatNumber(adjustedP, 3)}).`,
  segmentDimensionsTitle: "Gaps by dimension here",
  hereHeader: "Here",
  everyoneHeader: "All",
  segmentFixesTitle: "What to fix first here",
  segmentFixesNote:
    "Ranked as the summary ranks them: importance × how far experience falls below expectation here.",
  segmentNoFixes: "No item falls below expectation here.",
  gapHereHeader: "Gap here",
  worstHereTitle: "Fix-first items that are worst here",
  worstHereItem: (item: string, gap: number | undefined) => `${item} (gap ${formatNumber(gap)})`,
  worstHereNone: "None of the fix-first items is worst here.",
  quadrantHeader: "Quadrant",
  quadrantMeaningsTitle: "What the quadrants mean",
  nothingToWrite: "Fix the problems above before writing results.",
  kanoTitle: "Kinds of expectation (Kano)",
  kanoNote: (scale: number) =>
    `From each feature's pair of questions (with it / without it, answers on ${scale} points). Basic: taken for granted; expected: the more the better; excitement: delights, not missed. Strength: how far the kind leads the next; clear: Fong's test.`,
  kanoFeatureHeader: "Feature",
  kanoFeatureLabel: (feature: string) => `Feature ${feature}`,
  kanoKindHeader: "Kind of expectation",
  kanoStrengthHeader: "Strength",
  kanoClearHeader: "Clear",
  kanoClearYes: "Yes",
  kanoClearNo: "No",
  kanoSameAs: (item: string) => `Gap item: ${item}`,
  kanoAlsoGapItem: "Also a gap item",
  kanoDelight: (names: readonly string[]) =>
    `Candidates for a planned surprise moment, after the fixes: ${names.join(", ")}.`,

  // step 4: write
  writeIntro:
    "Writes a summary, an action plan and a details sheet with tables and native charts. Nothing outside these sheets is changed.",
  replaceEarlier: (sheet: string, summary?: string) =>
    summary === undefined
      ? `Replace the earlier results sheet “${sheet}”`
      : `Replace the earlier results sheets “${summary}” and “${sheet}”`,
  writeResults: "Write results sheet",
  replaceResults: "Replace results sheet",
  writeNewResults: "Write a new results sheet",
  writing: "Writing…",
  written: (sheet: string) => `Results written to “${sheet}”.`,
  replaced: (sheet: string) => `Results sheet “${sheet}” replaced.`,
  goToResults: "Go to results",
  tablesWritten: (count: number) => (count === 1 ? "1 table" : `${count} tables`),
  sheetsWritten: (count: number, replaced: boolean) =>
    replaced ? `Earlier results replaced: ${count} sheets written.` : `Results written on ${count} sheets.`,
  writtenSheet: {
    summary: (sheet: string, contents: string) => `“${sheet}”, the summary: ${contents}`,
    details: (sheet: string, contents: string) => `“${sheet}”, the details: ${contents}`,
    actionPlan: (sheet: string, items: number, kept: number, surprises = 0) =>
      `“${sheet}”, the action plan: ${items} item${items === 1 ? "" : "s"} to fix${surprises > 0 ? ` and ${surprises} surprise moment${surprises === 1 ? "" : "s"} to plan` : ""}${kept > 0 ? `, ${kept} row${kept === 1 ? "" : "s"} you filled in kept` : ""}`,
  },
  valueColumns: (block: string, columns: string[], reason: string) =>
    `${block}: ${columns.join(", ")} ${columns.length === 1 ? "stays a number, not a formula" : "stay numbers, not formulas"}, because ${reason} Refresh updates them.`,
  valueColumnReasons: {
    noFunction: "no CX function gives these numbers.",
    statisticsInRows:
      "=CX.GAP(…, TRUE) gives them as rows under each item, while this table has a row per item.",
  } satisfies Record<ValueColumn["reason"], string>,
  chartsDrawn: (count: number) => (count === 1 ? "1 chart" : `${count} charts`),
  chartSkipped: (chart: string, missing: string) =>
    `The chart “${chart}” was left out: this Excel lacks ${missing}. The tables are complete; update Excel to get the chart.`,
  chartRejected: (chart: string) =>
    `Excel refused to draw the chart “${chart}”. The tables are complete; write again, or draw the chart from the tables.`,
  formulaFallback: (block: string, reason: string) =>
    `${block}: written as values, not live formulas, because ${reason}`,
  formulaBlocks: {
    itemGaps: "Item gaps",
    dimensionScores: "Dimension scores",
    keyExperiences: "Key experiences",
    priorityMatrix: "Quadrants",
  } satisfies Record<FormulaBlock, string>,
  formulaFallbackReasons: {
    surveyRowsUnavailable:
      "the survey's cells were not at hand to check that a formula gives the same numbers.",
    answersNotNumbers:
      "some answer cells hold text, numbers stored as text or error values, which a formula would read differently.",
    answersOutOfScale:
      "some answers lie outside the answer scale: the analysis leaves them out, a formula would count them.",
    nonContiguousColumns: "the item columns of one kind are not side by side in item order.",
    unpairedAnswers: "some respondents answered only one of an item's expectation and perception.",
    importanceDerived:
      "importance is derived from overall satisfaction or the recommend question, which CX.KEYEXP cannot take as a formula.",
    itemsLeftOut: "the analysis left some items out (no dimension, no answers or no importance).",
    gapMatrix:
      "the priority matrix places items by their gap (experience − expectation), which CX.IPA does not compute; the quadrants stay values.",
    dimensionNamedOverall:
      "a dimension is called Overall, the name of CX.SERVQUAL's summary row, which the formula refuses; rename it to make this block live.",
    hiddenRowsLeftOut:
      "the table's filter hides some rows: the analysis leaves them out, a formula over the table's columns would count them.",
  } satisfies Record<FormulaFallbackReason, string>,
  charts: {
    dimensionBars: "Expectation vs perception by dimension",
    priorityMatrix: "Importance–performance matrix",
    servqualRadar: "SERVQUAL dimensions (radar)",
    dimensionGaps: "Gap by dimension",
    priorityBars: "What to fix first (summary)",
    kanoBetterWorse: "Kano Better–Worse chart",
    npsBySegment: "NPS by segment with 95 % intervals",
    waveLines: "Gap by wave (line chart)",
  } satisfies Record<ChartKind, string>,

  // change over time (a wave column) and the customer journey
  waves: {
    found: (header: string, waves: string[]) =>
      waves.length === 1
        ? `“${header}” holds one wave so far: ${waves[0]}. The change shows once the next wave's rows are added.`
        : `“${header}” holds ${waves.length} waves, oldest first: ${waves.join(", ")}. Results compare the last two.`,
    waveWithCount: (wave: string, respondents: number) => `${wave} (${respondents})`,
    periodLabel: "Make waves of the dates by",
    periodAutomatic: "Their spread (a few survey days: each day; otherwise quarters)",
    periods: {
      asWritten: "Each date",
      month: "Month",
      quarter: "Quarter",
      year: "Year",
    } satisfies Record<WavePeriod, string>,
    changeTitle: "Change over time",
    changeFrom: (previous: string, last: string) => `Change from ${previous} to ${last}`,
    method:
      "The gap of the last wave minus the one before. Welch's t test; significant below p 0.05 after adjusting for testing all dimensions (or items) at once.",
    changeHeader: "Change",
    verdictHeader: "Verdict",
    verdict: (direction: "improved" | "worse" | "unchanged", significant: boolean) =>
      direction === "unchanged"
        ? "No change"
        : `${direction === "improved" ? "Improved" : "Worse"}${significant ? ", significant" : ", not significant"}`,
    overall: "Overall",
    oneWave: (wave: string) =>
      `All answers are in one wave (${wave}). Add the next wave's rows to the survey and choose Refresh to see what changed.`,
    noItemSignificant: "No item changed significantly.",
    itemsSignificant: (items: string[]) => `Items that changed significantly: ${items.join(", ")}.`,
    journeyTitle: "Customer journey",
    journeyMissed: (stage: string, gap: number) =>
      `Expectations are missed most ${stage.toLowerCase()} (gap ${formatNumber(gap)}).`,
    journeyMet: "Every stage meets expectations on average.",
  },

  hostErrors: {
    cellEditMode: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    protectedSheet: "The sheet or workbook is protected. Unprotect it (Review › Unprotect) and try again.",
    accessDenied:
      "Excel refused the change. The sheet or workbook may be protected (Review › Unprotect), the file may be read-only or open for viewing only, or shared with you without edit rights. Make it editable and try again.",
    multipleSelection:
      "Several ranges are selected. Select the survey as one range, headers included, and try again.",
    unsupportedApi:
      "This version of Excel lacks a feature the add-in needs. Update Excel or use Excel on the web.",
    emptySelection: "Nothing is selected. Select the survey, headers included, and choose Use selection.",
    notASurvey: "The selection is not a survey: it needs a header row and at least one row of answers.",
    payloadTooLarge: "The range is too large for one request. Select fewer rows or columns.",
    hiddenTableColumns:
      "Some columns of the table are hidden, and Excel passes on only the visible columns of a filtered table. Unhide them (Home › Format › Unhide Columns), or select only the columns to analyse, and try again.",
    unknown: "Excel reported a problem.",
  } satisfies Record<HostErrorKind, string>,
  missingRequirement: (sets: string) => `Missing: ${sets}.`,

  problemTitles: { error: "Cannot analyse", warning: "Check this", info: "Note" },
  measures: {
    headlineTitle: "Recommendation and satisfaction",
    nps: (nps: number, low: number, high: number, n: number) =>
      `NPS ${formatNumber(nps, 1)} (95 % interval ${formatNumber(low, 1)} to ${formatNumber(high, 1)}, n = ${n}).`,
    npsShares: (promoters: number, detractors: number) =>
      `${formatNumber(100 * promoters, 0)} % promoters (9–10), ${formatNumber(100 * detractors, 0)} % detractors (0–6).`,
    csat: (csat: number, low: number, high: number, n: number) =>
      `CSAT ${formatNumber(100 * csat, 1)} % (95 % interval ${formatNumber(100 * low, 1)} % to ${formatNumber(100 * high, 1)} %, n = ${n}).`,
    csatCounts: (from: number, top: number, bottom: number) =>
      `Satisfied: answers ${from}–${top} on the ${bottom}–${top} overall-satisfaction scale (top two boxes).`,
    segmentHeader: "Segment",
    npsHeader: "NPS",
    csatHeader: "CSAT",
    differs: "differs from the rest",
    segmentsNote:
      "Each segment against everyone else (z tests, p adjusted over the segments by Holm's method); a badge marks a difference at p < 0.05.",
    driversTitle: "Derived importance",
    driversNote: (outcome: "overall" | "recommend", items: number, rSquared: number, n: number) =>
      `Johnson's relative weights of the ${items} perception items on ${outcome === "overall" ? "overall satisfaction" : "likelihood to recommend"}, not raw correlations: each item's share of R² = ${formatNumber(rSquared)}, in points summing to 100 (n = ${n} respondents who answered every item).`,
    driversFew: (n: number, needed: number) =>
      `Only ${n} respondents answered every item; stable weights need at least ${needed} (30, and 10 per item). Read them as a rough guide.`,
    driversNegative: (items: string) =>
      `Negative direction (the others held equal, a better experience goes with lower satisfaction): ${items}. These items overlap with others; their weights say little.`,
    driversUnavailable: {
      fewRespondents: (n: number) =>
        `Importance could not be derived: only ${n} respondents answered every item.`,
      noVariance: () =>
        "Importance could not be derived: an item or the outcome has the same answer everywhere.",
      collinear: () => "Importance could not be derived: some items are exact combinations of others.",
    },
    derivedHeader: "Derived (points)",
    statedRankHeader: "Stated rank",
    reliabilityTitle: "Do the items of each dimension measure one thing?",
    reliabilityNote:
      "Cronbach's alpha of each dimension's perception items with its 95 % interval (Feldt); below 0.7 the dimension's items do not hang together.",
    alphaHeader: "Alpha",
    intervalHeader: "95 % interval",
    lowAlpha: (dimension: string, alpha: number) =>
      `The items of ${dimension} do not measure one thing (alpha ${formatNumber(alpha)}); read its gap with care.`,
    oneItem: "one item: no alpha",
  },
  problems: {
    noRows: () => "The survey has headers but no answers. Select the header row and the respondents' rows.",
    noPairs: () =>
      "No expectation–perception pair was found. Set the roles of the item columns in the table (Expectation and Perception of the same item).",
    columnMissing: (p: ProblemText) =>
      `The column “${p.header}” from the saved settings is no longer in the survey. Restore it or run the wizard again.`,
    duplicateHeader: (p: ProblemText) =>
      `The header “${p.header}” appears twice; the second column is ignored. Rename one of them.`,
    unpairedColumn: (p: ProblemText) =>
      `“${p.header}” has no partner column. Give it a matching expectation or perception column, or set its role to Ignore.`,
    nonNumericAnswers: (p: ProblemText) =>
      `“${p.header}” holds ${p.count} answers that are not numbers; they count as missing. Correct them in the sheet.`,
    outOfScale: (p: ProblemText) =>
      `“${p.header}” holds ${p.count} answers outside the scale; they count as missing. Check the scale or the data.`,
    itemWithoutDimension: (p: ProblemText) =>
      `Item ${p.item} has no dimension. Choose one in the Model step.`,
    dimensionWithoutAnswers: (p: ProblemText) => `No respondent answered an item of ${p.dimension}.`,
    tooFewRespondents: (p: ProblemText) =>
      `Item ${p.item} has ${p.count} respondent(s) with both answers; at least 2 are needed for its statistics.`,
    invalidWeights: () =>
      "The dimension weights are negative, all zero or name unknown dimensions. Correct them in the Model step.",
    importanceDerived: () =>
      "The survey has no importance columns, so importance is each item's correlation with overall satisfaction.",
    importanceUnavailable: () =>
      "Key experiences and the priority matrix need importance columns or an overall-satisfaction column. Set one in the Data step.",
    importanceUndefined: (p: ProblemText) =>
      `Item ${p.item} has constant answers, so its correlation with overall satisfaction is undefined; it is left out.`,
    servqualItemsMissing: (p: ProblemText) =>
      `SERVQUAL-22 expects items 1–22; ${p.count} are missing. Choose another framework or map the items yourself.`,
    calculationFailed: (p: ProblemText) =>
      `A statistic could not be computed (${p.functionName}: ${p.reason}).`,
    unpairedKanoColumn: (p: ProblemText) =>
      `The Kano question “${p.header}” has no partner (the same feature “if present” and “if absent”). Give it one, or set its role to Ignore.`,
    kanoAnswersUnread: (p: ProblemText) =>
      `“${p.header}” holds ${p.count} answers that are no Kano answer (1–5, or I like it … I dislike it); they count as missing.`,
    kanoFeatureUnanswered: (p: ProblemText) =>
      `No respondent answered both Kano questions of feature ${p.item}; it is left out.`,
    oneWaveOnly: (p: ProblemText) =>
      `All ${p.count} respondents are in one wave, so there is no change to show yet. Add next wave's rows to the survey and choose Refresh.`,
    rowsWithoutWave: (p: ProblemText) =>
      `${p.count} respondent(s) have a blank or unreadable wave; they count in the totals but in no wave. Fill in their wave in the sheet.`,
  } satisfies Record<SurveyProblemCode, (p: ProblemText) => string>,
};

/** The parameters a problem's text may use (dimension already translated). */
export interface ProblemText {
  header: string;
  item: string;
  dimension: string;
  count: number;
  functionName: string;
  reason: string;
}

export type Messages = typeof enUS;
