/*
 * The messages of the further measures (CX.ALPHA, CX.DRIVERS, CX.SEGMENTS, CX.KANO, CX.NPS, CX.CSAT), in English
 * and Chinese: they load with those functions' code (see ./registerFunctions), not with the workbook. The
 * messages every function shares are in ./messages; the same rules hold (name the argument and the fix, stay
 * within what Excel for Mac shows).
 */
import type { Locale } from "./locale";
import { fitted, messagesFor, userText, type MessageCatalogue, type RangeSize } from "./messages";

/** The shared messages and those of the further measures. */
export interface MeasureMessageCatalogue extends MessageCatalogue {
  alphaTooFewItems(columns: number): string;
  alphaTooFewRespondents(respondents: number): string;
  alphaPairTooFew(first: number, second: number, respondents: number): string;
  alphaNoVariance(): string;
  alphaItemConstant(item: string): string;
  missingInvalid(): string;
  outcomeShape(rows: number, columns: number, driverRows: number): string;
  driversTooFewRespondents(respondents: number, drivers: number): string;
  driverConstant(name: string): string;
  driversCollinear(): string;
  segmentsShape(values: RangeSize, segments: RangeSize): string;
  segmentsNoData(): string;
  adjustInvalid(): string;
  confidenceInvalid(): string;
  segmentNoSpread(segment: string): string;
  anovaNoSpread(): string;
  sameSize(first: string, firstSize: RangeSize, second: string, secondSize: RangeSize): string;
  numberInvalid(argument: string, low: number, high: number, example: number, whole: boolean): string;
  answerScaleInvalid(): string;
  scaleTopInvalid(largest: number): string;
  scaleTopFix(): string;
  kanoNoPairs(feature: string, scale: number): string;
  kanoOnlyReverseOrQuestionable(feature: string): string;
  npsScoreInvalid(value: number, row: number, column: number): string;
  noScores(): string;
  cannotCompare(group: string): string;
}

type MeasureMessages = Omit<MeasureMessageCatalogue, keyof MessageCatalogue>;

const english: MeasureMessages = {
  alphaTooFewItems: (columns) =>
    `items has ${columns} column; alpha needs at least 2 item columns, one per question of the scale.`,
  alphaTooFewRespondents: (respondents) =>
    `items has ${respondents} respondents with every item answered; alpha needs at least 2. ` +
    `Select more rows, or give missing as "pairwise".`,
  alphaPairTooFew: (first, second, respondents) =>
    `items ${first} and ${second} are answered together by ${respondents} respondents; pairwise alpha needs at least 2 for every pair.`,
  alphaNoVariance: () =>
    `items gives every respondent the same total score, so alpha is undefined; check that items holds the answers.`,
  alphaItemConstant: (item) =>
    `${userText(item)} has the same answer from every respondent used; its correlation is undefined.`,
  missingInvalid: () => `missing must be "listwise" or "pairwise".`,
  outcomeShape: (rows, columns, driverRows) =>
    `outcome (${rows} rows × ${columns} columns) must be one column with one value per row of drivers (${driverRows} rows).`,
  driversTooFewRespondents: (respondents, drivers) =>
    `outcome and drivers have ${respondents} respondents with every value; ${drivers} drivers need at least ${drivers + 2}. ` +
    `Select more rows or fewer drivers.`,
  driverConstant: (name) =>
    `${userText(name)} has the same value for every respondent used; remove it or select rows where it varies.`,
  driversCollinear: () =>
    `drivers are perfectly collinear: one driver is a sum or multiple of others (such as a total); remove it from drivers.`,
  segmentsShape: (a, b) =>
    `values (${a.rows} rows × ${a.columns} columns) and segments (${b.rows} rows × ${b.columns} columns) do not line up: ` +
    `give one segment label per value, in a range of the same size.`,
  segmentsNoData: () =>
    `No respondent has both a number in values and a label in segments; select the scores and their segment labels.`,
  adjustInvalid: () => `adjust must be "holm", "bh" or "none".`,
  confidenceInvalid: () => `confidence must be a number between 0 and 1, such as 0.95.`,
  segmentNoSpread: (segment) =>
    `${userText(segment)}: every value in this segment and in the rest is the same, so Welch's t is undefined.`,
  anovaNoSpread: () =>
    `Welch's ANOVA needs every segment with 2 or more values to vary; at least one repeats a single value.`,
  sameSize: (first, a, second, b) =>
    `${second} (${b.rows} rows × ${b.columns} columns) must line up cell for cell with ${first} ` +
    `(${a.rows} × ${a.columns}): the same respondents in the same order.`,
  numberInvalid: (argument, low, high, example, whole) =>
    `${argument} must be a ${whole ? "whole " : ""}number between ${low} and ${high}, such as ${example}.`,
  answerScaleInvalid: () => `answer_scale must be 5 or 3.`,
  scaleTopInvalid: (largest) => `scale_top must be the top of the answer scale, at least ${largest}.`,
  scaleTopFix: () => `give scale_top.`,
  kanoNoPairs: (feature, scale) =>
    `"${userText(feature)}" has no respondent who answered both functional and dysfunctional ` +
    `(1 to ${scale}, or texts such as "I like it").`,
  kanoOnlyReverseOrQuestionable: (feature) =>
    `Better and Worse of "${userText(feature)}" need an M, O, A or I answer pair.`,
  npsScoreInvalid: (value, row, column) =>
    `scores has ${value} in row ${row}, column ${column}; NPS answers are whole numbers from 0 to 10.`,
  noScores: () => `scores has no answers; select the cells that hold them.`,
  cannotCompare: (group) =>
    `"${userText(group)}" cannot be tested against the rest: that needs other respondents, and answers not all alike.`,
};

const chinese: MeasureMessages = {
  alphaTooFewItems: (columns) => `items 只有 ${columns} 列；α 系数至少需要 2 个题项列，量表每题一列。`,
  alphaTooFewRespondents: (respondents) =>
    `items 中所有题项都作答的受访者有 ${respondents} 位；α 系数至少需要 2 位。请选择更多行，或把 missing 设为 "pairwise"。`,
  alphaPairTooFew: (first, second, respondents) =>
    `题项 ${first} 和题项 ${second} 同时作答的受访者只有 ${respondents} 位；成对删除时每对题项至少需要 2 位。`,
  alphaNoVariance: () => `items 中每位受访者的总分都相同，无法计算 α 系数；请检查 items 是否为答案区域。`,
  alphaItemConstant: (item) => `${userText(item)}在所用受访者中的答案都相同，无法计算其相关系数。`,
  missingInvalid: () => `missing 必须是 "listwise" 或 "pairwise"。`,
  outcomeShape: (rows, columns, driverRows) =>
    `outcome（${rows} 行 × ${columns} 列）必须是单独一列，drivers 每行对应一个值（共 ${driverRows} 行）。`,
  driversTooFewRespondents: (respondents, drivers) =>
    `outcome 和 drivers 中数值齐全的受访者有 ${respondents} 位；${drivers} 个驱动因素至少需要 ${drivers + 2} 位。请选择更多行或更少的驱动因素。`,
  driverConstant: (name) =>
    `${userText(name)} 在所用受访者中的取值都相同；请删除它，或选择其取值有变化的行。`,
  driversCollinear: () =>
    `drivers 完全共线：某个驱动因素是其他因素的和或倍数（例如总分列）；请从 drivers 中删除它。`,
  segmentsShape: (a, b) =>
    `values（${a.rows} 行 × ${a.columns} 列）与 segments（${b.rows} 行 × ${b.columns} 列）无法对应：请为每个值给一个细分标签，区域大小相同。`,
  segmentsNoData: () => `没有受访者同时在 values 中有数字、在 segments 中有标签；请选择得分及其细分标签。`,
  adjustInvalid: () => `adjust 必须是 "holm"、"bh" 或 "none"。`,
  confidenceInvalid: () => `confidence 必须是 0 到 1 之间的数字，例如 0.95。`,
  segmentNoSpread: (segment) =>
    `${userText(segment)}：该细分及其余受访者的取值全都相同，无法计算 Welch t 检验。`,
  anovaNoSpread: () => `Welch 方差分析要求每个至少有 2 个值的细分都有变化；至少有一个细分的取值全都相同。`,
  sameSize: (first, a, second, b) =>
    `${second}（${b.rows} 行 × ${b.columns} 列）必须与 ${first}（${a.rows} 行 × ${a.columns} 列）逐格对应：相同的受访者，相同的顺序。`,
  numberInvalid: (argument, low, high, example, whole) =>
    `${argument} 必须是 ${low} 到 ${high} 之间的${whole ? "整数" : "数字"}，例如 ${example}。`,
  answerScaleInvalid: () => `answer_scale 必须是 5 或 3。`,
  scaleTopInvalid: (largest) => `scale_top 必须是量表最高分，不低于 ${largest}。`,
  scaleTopFix: () => `请给出 scale_top。`,
  kanoNoPairs: (feature, scale) =>
    `“${userText(feature)}”没有在 functional 和 dysfunctional 中都作答（1 到 ${scale}，或“喜欢”等文字）的受访者。`,
  kanoOnlyReverseOrQuestionable: (feature) =>
    `“${userText(feature)}”的 Better 和 Worse 系数需要至少一对 M、O、A 或 I 答案。`,
  npsScoreInvalid: (value, row, column) =>
    `scores 第 ${row} 行第 ${column} 列是 ${value}；NPS 答案应为 0 到 10 的整数。`,
  noScores: () => `scores 中没有答案；请选择存放答案的单元格。`,
  cannotCompare: (group) =>
    `“${userText(group)}”无法与其余受访者比较：需要有其他受访者，且答案不能全部相同。`,
};

const FITTED: Record<Locale, MeasureMessages> = { en: fitted(english), "zh-CN": fitted(chinese) };

/** The shared messages and the further measures' in the given language, each within what Excel displays. */
export function measureMessagesFor(locale: Locale): MeasureMessageCatalogue {
  return { ...messagesFor(locale), ...FITTED[locale] };
}
