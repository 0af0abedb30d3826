import type { Locale } from "./locale";

/** A range's size as the user sees it in Excel. */
export interface RangeSize {
  rows: number;
  columns: number;
}

/**
 * The message of every error the CX functions return, in English and Chinese. Each names the
 * argument at fault and says what to do; argument names stay as they appear in the formula
 * (`experience`, `weights`, …) in both languages, since function and argument names are not
 * translated.
 */
export interface MessageCatalogue {
  errorCell(argument: string, code: string, row: number, column: number): string;
  notFinite(argument: string, row: number, column: number): string;
  notARange(argument: string): string;
  emptyRange(argument: string): string;
  notRectangular(argument: string): string;
  pairedShape(first: string, firstSize: RangeSize, second: string, secondSize: RangeSize): string;
  itemCount(first: string, firstCount: number, second: string, secondCount: number): string;
  noPairedAnswers(item: number, first: string, second: string): string;
  tooFewPairs(statistic: string, item: number, pairs: number): string;
  zeroSpread(statistic: string, item: number): string;
  answersTooLarge(item: string, argument: string): string;
  statsNeedRespondents(first: string, second: string): string;
  notTrueOrFalse(argument: string): string;
  itemValueMissing(argument: string, item: number): string;
  itemHasNoAnswers(argument: string, item: number): string;
  listShape(argument: string): string;
  labelCount(argument: string, given: number, expected: number): string;
  dimensionsRequired(argument: string, columns: number): string;
  dimensionLabelMissing(item: number): string;
  dimensionWithoutPairs(dimension: string): string;
  dimensionNamedOverall(dimension: string): string;
  weightsShape(dimensions: number, respondents: number): string;
  weightsRowCount(rows: number, respondents: number): string;
  weightMissing(dimension: string): string;
  weightsNegative(): string;
  weightsAllZero(): string;
  respondentWeightsAllZero(row: number): string;
  noRespondentForWeights(): string;
  referenceInvalid(): string;
  referenceBelowData(scaleTop: number, largest: number): string;
  scaleUnknown(argument: string, smallest: number, largest: number, fix: string): string;
  crosshairInvalid(): string;
  cannotCompute(functionName: string, detail: string): string;
  /** Core's problems (./errorPolicy), in the worksheet function's name. */
  coreNoData(functionName: string): string;
  coreMismatch(functionName: string): string;
  coreTooFew(functionName: string, needed?: number, got?: number): string;
  coreNoVariation(functionName: string): string;
  coreCollinear(functionName: string): string;
  coreTooLarge(functionName: string): string;
  coreNotFinite(functionName: string): string;
  coreOutOfRange(functionName: string): string;
}

const english: MessageCatalogue = {
  errorCell: (argument, code, row, column) =>
    `${argument} has the error ${code} in row ${row}, column ${column} of its range; correct or clear that cell.`,
  notFinite: (argument, row, column) =>
    `${argument} has a number too large to use in row ${row}, column ${column} of its range.`,
  notARange: (argument) => `${argument} must be a range of cells, such as B2:W301.`,
  emptyRange: (argument) => `${argument} is empty; select the cells that hold the answers.`,
  notRectangular: (argument) => `${argument} must be a rectangular range: every row the same width.`,
  pairedShape: (first, a, second, b) =>
    `${first} (${a.rows} rows × ${a.columns} columns) and ${second} (${b.rows} rows × ${b.columns} columns) do not line up: ` +
    `select the same respondents (rows) and items (columns) in both, or give ${second} as one row of item means.`,
  itemCount: (first, firstCount, second, secondCount) =>
    `${first} has ${firstCount} items but ${second} has ${secondCount}; give one value per item in both, in the same order.`,
  noPairedAnswers: (item, first, second) =>
    `Item ${item} has no respondent with numbers in both ${first} and ${second}.`,
  tooFewPairs: (statistic, item, pairs) =>
    `${statistic} of item ${item} needs at least 2 respondents with both answers; it has ${pairs}.`,
  zeroSpread: (statistic, item) =>
    `${statistic} of item ${item} cannot be computed: every respondent's gap on this item is the same (SD is 0).`,
  answersTooLarge: (item, argument) =>
    `${userText(item)} cannot be computed: its answers in ${argument} are too large to compute with (near 1e308). Check for a cell typed by mistake.`,
  statsNeedRespondents: (first, second) =>
    `n, SD, CI, t and p need at least 2 respondents: give ${first} or ${second} as one row per respondent; ` +
    `each now has a single row.`,
  notTrueOrFalse: (argument) => `${argument} must be TRUE or FALSE.`,
  itemValueMissing: (argument, item) =>
    `${argument} has no number for item ${item}; enter one for every item.`,
  itemHasNoAnswers: (argument, item) =>
    `${argument} has no numeric answer in column ${item}; remove the column or enter the answers.`,
  listShape: (argument) => `${argument} must be a single row or a single column.`,
  labelCount: (argument, given, expected) =>
    `${argument} has ${given} cells but there are ${expected} items; give one label per item, in the same order.`,
  dimensionsRequired: (argument, columns) =>
    `${argument} has ${columns} item columns; the standard SERVQUAL layout has 22. ` +
    `Give dimensions: one label per item column, such as "Reliability".`,
  dimensionLabelMissing: (item) => `dimensions has no label for item column ${item}; label every column.`,
  dimensionWithoutPairs: (dimension) =>
    `Dimension "${userText(dimension)}" has no respondent with numbers in both perception and expectation.`,
  dimensionNamedOverall: (dimension) =>
    `dimensions names a dimension "${userText(dimension)}", the name of the summary row; give that dimension another name, such as "${userText(dimension)} rating".`,
  weightsShape: (dimensions, respondents) =>
    `weights must be one row with a number for each of the ${dimensions} dimensions, ` +
    `or one such row per respondent (${respondents} rows).`,
  weightsRowCount: (rows, respondents) =>
    `weights has ${rows} rows but the survey has ${respondents} respondents; give one row, or one row per respondent.`,
  weightMissing: (dimension) =>
    `weights has no number for dimension "${userText(dimension)}"; enter its importance points.`,
  weightsNegative: () =>
    `weights must not be negative; allocate importance points (for example 100 in total) across the dimensions.`,
  weightsAllZero: () =>
    `weights add up to 0; give each dimension its importance points (for example 100 in total).`,
  respondentWeightsAllZero: (row) =>
    `weights gives every dimension 0 points in row ${row}; enter that respondent's importance points, ` +
    `or clear the row to leave the respondent out of the weighted score.`,
  noRespondentForWeights: () =>
    `No respondent has a number in weights for every dimension and answers in every dimension; ` +
    `the weighted score needs at least one. Complete a row of weights, or give one row for everyone.`,
  referenceInvalid: () =>
    `reference must be the top of the answer scale (a number such as 5, 7 or 10) or a range of expectations, one per factor.`,
  referenceBelowData: (scaleTop, largest) =>
    `reference (${scaleTop}) is below the largest performance answer (${largest}); give the top of the answer scale.`,
  scaleUnknown: (argument, smallest, largest, fix) =>
    `${argument} runs from ${smallest} to ${largest}, not on a 5, 7, 10 or 100-point scale from 0 or 1; ${fix}`,
  crosshairInvalid: () =>
    `crosshair must be "mean", "median", "scale", or two numbers {importance, performance}.`,
  cannotCompute: (functionName, detail) =>
    `${functionName} cannot compute this: ${clipped(detail, DETAIL_LIMIT)}.`,
  coreNoData: (f) => `${f} has no answers to compute from; select the cells that hold them.`,
  coreMismatch: (f) => `The ranges given to ${f} do not line up; select the same respondents (rows) in each.`,
  coreTooFew: (f, needed, got) =>
    needed === undefined
      ? `${f} has too few usable answers for this; select more respondents.`
      : `${f} needs at least ${needed} respondents with every value answered; it has ${got ?? 0}. Select more rows.`,
  coreNoVariation: (f) => `${f} cannot compute this: the answers do not vary; select answers that differ.`,
  coreCollinear: (f) =>
    `${f}: one column is a sum or multiple of others (such as a total); remove it from the range.`,
  coreTooLarge: (f) =>
    `${f}: some numbers are too large to compute with (near 1e308); check for a cell typed by mistake.`,
  coreNotFinite: (f) => `${f}: a value is not a finite number; correct that cell.`,
  coreOutOfRange: (f) => `${f}: a setting is outside what it allows; check the optional arguments.`,
};

/** A term for Chinese text: one starting with a Latin letter ("t 值") gets a space before it. */
function spaced(term: string): string {
  return /^[A-Za-z]/.test(term) ? ` ${term}` : term;
}

const chinese: MessageCatalogue = {
  errorCell: (argument, code, row, column) =>
    `${argument} 区域第 ${row} 行第 ${column} 列是错误值 ${code}；请更正或清空该单元格。`,
  notFinite: (argument, row, column) => `${argument} 区域第 ${row} 行第 ${column} 列的数字过大，无法计算。`,
  notARange: (argument) => `${argument} 必须是单元格区域，例如 B2:W301。`,
  emptyRange: (argument) => `${argument} 是空的；请选择存放答案的单元格。`,
  notRectangular: (argument) => `${argument} 必须是矩形区域：每行宽度相同。`,
  pairedShape: (first, a, second, b) =>
    `${first}（${a.rows} 行 × ${a.columns} 列）与 ${second}（${b.rows} 行 × ${b.columns} 列）无法对应：` +
    `请在两者中选择相同的受访者（行）和题项（列），或把 ${second} 写成一行题项均值。`,
  itemCount: (first, firstCount, second, secondCount) =>
    `${first} 有 ${firstCount} 个题项，而 ${second} 有 ${secondCount} 个；请两者按相同顺序为每个题项各给一个值。`,
  noPairedAnswers: (item, first, second) =>
    `题项 ${item} 没有同时在 ${first} 和 ${second} 中填写数字的受访者。`,
  tooFewPairs: (statistic, item, pairs) =>
    `题项 ${item} 的${spaced(statistic)}至少需要 2 位两项都作答的受访者；目前只有 ${pairs} 位。`,
  zeroSpread: (statistic, item) =>
    `题项 ${item} 的${spaced(statistic)}无法计算：所有受访者在该题项上的差距都相同（标准差为 0）。`,
  answersTooLarge: (item, argument) =>
    `${userText(item)}${/[A-Za-z0-9]$/.test(item) ? " " : ""}无法计算：${argument} 中它的答案过大（接近 1e308），无法运算。请检查是否有误输入的单元格。`,
  statsNeedRespondents: (first, second) =>
    `样本量、标准差、置信区间、t 值和 p 值至少需要 2 位受访者：请让 ${first} 或 ${second} 每位受访者占一行；两者现在都只有一行。`,
  notTrueOrFalse: (argument) => `${argument} 必须是 TRUE 或 FALSE。`,
  itemValueMissing: (argument, item) => `${argument} 缺少题项 ${item} 的数字；请为每个题项填写一个数字。`,
  itemHasNoAnswers: (argument, item) => `${argument} 第 ${item} 列没有任何数字答案；请删除该列或填入答案。`,
  listShape: (argument) => `${argument} 必须是单独一行或单独一列。`,
  labelCount: (argument, given, expected) =>
    `${argument} 有 ${given} 个单元格，但共有 ${expected} 个题项；请按相同顺序为每个题项给一个名称。`,
  dimensionsRequired: (argument, columns) =>
    `${argument} 有 ${columns} 个题项列，而标准 SERVQUAL 量表为 22 列。请提供 dimensions：为每个题项列给出维度名称，例如“可靠性”。`,
  dimensionLabelMissing: (item) => `dimensions 缺少第 ${item} 个题项列的维度名称；请为每一列填写名称。`,
  dimensionWithoutPairs: (dimension) =>
    `维度“${userText(dimension)}”没有同时在 perception 和 expectation 中填写数字的受访者。`,
  dimensionNamedOverall: (dimension) =>
    `dimensions 中有名为“${userText(dimension)}”的维度，与汇总行同名；请为该维度另取名称，例如“${userText(dimension)}评价”。`,
  weightsShape: (dimensions, respondents) =>
    `weights 应为一行，为 ${dimensions} 个维度各填一个数字；或每位受访者一行（共 ${respondents} 行）。`,
  weightsRowCount: (rows, respondents) =>
    `weights 有 ${rows} 行，但问卷有 ${respondents} 位受访者；请给一行，或每位受访者一行。`,
  weightMissing: (dimension) => `weights 缺少维度“${userText(dimension)}”的数字；请填写其重要性分值。`,
  weightsNegative: () => `weights 不能为负数；请把重要性分值（例如共 100 分）分配给各维度。`,
  weightsAllZero: () => `weights 合计为 0；请为各维度分配重要性分值（例如共 100 分）。`,
  respondentWeightsAllZero: (row) =>
    `weights 第 ${row} 行给所有维度都是 0 分；请填写该受访者的重要性分值，或清空该行以将其排除在加权得分之外。`,
  noRespondentForWeights: () =>
    `没有哪位受访者在 weights 中为每个维度都填了数字、且每个维度都有作答；加权得分至少需要一位。请补全一行 weights，或给所有人共用一行。`,
  referenceInvalid: () => `reference 必须是量表最高分（例如 5、7 或 10），或每个因素一个期望值的区域。`,
  referenceBelowData: (scaleTop, largest) =>
    `reference（${scaleTop}）低于 performance 中最大的评分（${largest}）；请给出量表的最高分。`,
  scaleUnknown: (argument, smallest, largest, fix) =>
    `${argument} 的取值从 ${smallest} 到 ${largest}，不在从 0 或 1 开始的 5、7、10 或 100 分量表上；${fix}`,
  crosshairInvalid: () => `crosshair 必须是 "mean"、"median"、"scale"，或两个数字 {重要性, 表现}。`,
  cannotCompute: (functionName, detail) => `${functionName} 无法计算：${clipped(detail, DETAIL_LIMIT)}。`,
  coreNoData: (f) => `${f} 没有可计算的答案；请选择存放答案的单元格。`,
  coreMismatch: (f) => `${f} 的各区域无法对应；请在每个区域中选择相同的受访者（行）。`,
  coreTooFew: (f, needed, got) =>
    needed === undefined
      ? `${f} 的有效答案太少，无法计算；请选择更多受访者。`
      : `${f} 至少需要 ${needed} 位各项都作答的受访者；目前只有 ${got ?? 0} 位。请选择更多行。`,
  coreNoVariation: (f) => `${f} 无法计算：答案没有变化；请选择有差异的答案。`,
  coreCollinear: (f) => `${f}：某一列是其他列的和或倍数（例如总分列）；请从区域中删除它。`,
  coreTooLarge: (f) => `${f}：有数字过大（接近 1e308），无法运算；请检查是否有误输入的单元格。`,
  coreNotFinite: (f) => `${f}：有值不是有限的数字；请更正该单元格。`,
  coreOutOfRange: (f) => `${f}：某个设置超出允许的范围；请检查可选参数。`,
};

/** Fixes suggested in {@link MessageCatalogue.scaleUnknown}, per function. */
export const SCALE_FIXES: Record<Locale, { keyexp: string; ipa: string }> = {
  en: {
    keyexp: "give reference as the top of the answer scale.",
    ipa: 'give crosshair as two numbers {importance, performance}, or use "mean".',
  },
  "zh-CN": {
    keyexp: "请在 reference 中给出量表最高分。",
    ipa: '请把 crosshair 写成两个数字 {重要性, 表现}，或使用 "mean"。',
  },
};

/**
 * What Excel for Mac shows of a custom function's error message: about 255 characters, the rest is cut
 * (github.com/OfficeDev/office-js/issues/4133), which would lose the fix at the end of a message.
 */
export const MESSAGE_LIMIT = 255;
/** longest part of a user's text (a dimension name) quoted whole: the message around it must still fit */
const USER_TEXT_LIMIT = 40;
/** longest detail quoted by cannotCompute (a message from elsewhere, shown after the function's name) */
const DETAIL_LIMIT = 200;

/** `text` cut to `limit` characters, an ellipsis marking the cut. */
function clipped(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** A user's text quoted in a message (a dimension name can be a whole sentence). */
export function userText(text: string): string {
  return clipped(text, USER_TEXT_LIMIT);
}

/** A catalogue whose messages stay within MESSAGE_LIMIT (the last resort: user text is shortened first). */
export function fitted<Catalogue extends object>(catalogue: Catalogue): Catalogue {
  const keys = Object.keys(catalogue) as Array<keyof Catalogue>;
  return Object.fromEntries(
    keys.map((key) => {
      const message = catalogue[key] as (...args: unknown[]) => string;
      return [key, (...args: unknown[]) => clipped(message(...args), MESSAGE_LIMIT)];
    }),
  ) as unknown as Catalogue;
}

const FITTED: Record<Locale, MessageCatalogue> = { en: fitted(english), "zh-CN": fitted(chinese) };

/** The messages in the given language, each within what Excel displays (MESSAGE_LIMIT). */
export function messagesFor(locale: Locale): MessageCatalogue {
  return FITTED[locale];
}
