/**
 * Every message a CX function can show fits what Excel for Mac displays: about 255 characters, beyond which
 * the hover text is cut (github.com/OfficeDev/office-js/issues/4133). Checked in both languages with the
 * longest arguments a user can cause: long dimension names and details, the largest numbers Excel holds,
 * a range as big as a worksheet (1,048,576 × 16,384) and the longest argument names and fixes the functions pass.
 */
import { measureMessagesFor, type MeasureMessageCatalogue } from "../../src/functions/measureMessages";
import { SCALE_FIXES } from "../../src/functions/messages";

const LIMIT = 255;
/** user text: a dimension name or a detail */
const LONG = "Responsiveness of the front desk staff during the evening shift ".repeat(5); // 325 characters
/** the longest argument and statistic names the functions put in messages */
const ARG = "expectation";
const STAT = "p value";
const HUGE = -1.7976931348623157e308;
let LONGEST_FIX = "";
const SHEET = { rows: 1_048_576, columns: 16_384 };

const everyMessage: { [K in keyof MeasureMessageCatalogue]: (m: MeasureMessageCatalogue) => string } = {
  errorCell: (m) => m.errorCell(ARG, "#GETTING_DATA", SHEET.rows, SHEET.columns),
  notFinite: (m) => m.notFinite(ARG, SHEET.rows, SHEET.columns),
  notARange: (m) => m.notARange(ARG),
  emptyRange: (m) => m.emptyRange(ARG),
  notRectangular: (m) => m.notRectangular(ARG),
  pairedShape: (m) => m.pairedShape(ARG, SHEET, ARG, SHEET),
  itemCount: (m) => m.itemCount(ARG, SHEET.columns, ARG, SHEET.columns),
  noPairedAnswers: (m) => m.noPairedAnswers(SHEET.columns, ARG, ARG),
  tooFewPairs: (m) => m.tooFewPairs(STAT, SHEET.columns, SHEET.rows),
  zeroSpread: (m) => m.zeroSpread(STAT, SHEET.columns),
  statsNeedRespondents: (m) => m.statsNeedRespondents(ARG, ARG),
  notTrueOrFalse: (m) => m.notTrueOrFalse(ARG),
  itemValueMissing: (m) => m.itemValueMissing(ARG, SHEET.columns),
  itemHasNoAnswers: (m) => m.itemHasNoAnswers(ARG, SHEET.columns),
  listShape: (m) => m.listShape(ARG),
  labelCount: (m) => m.labelCount(ARG, SHEET.columns, SHEET.columns),
  dimensionsRequired: (m) => m.dimensionsRequired(ARG, SHEET.columns),
  dimensionLabelMissing: (m) => m.dimensionLabelMissing(SHEET.columns),
  dimensionWithoutPairs: (m) => m.dimensionWithoutPairs(LONG),
  weightsShape: (m) => m.weightsShape(SHEET.columns, SHEET.rows),
  weightsRowCount: (m) => m.weightsRowCount(SHEET.rows, SHEET.rows),
  weightMissing: (m) => m.weightMissing(LONG),
  weightsNegative: (m) => m.weightsNegative(),
  weightsAllZero: (m) => m.weightsAllZero(),
  respondentWeightsAllZero: (m) => m.respondentWeightsAllZero(SHEET.rows),
  noRespondentForWeights: (m) => m.noRespondentForWeights(),
  referenceInvalid: (m) => m.referenceInvalid(),
  referenceBelowData: (m) => m.referenceBelowData(HUGE, HUGE),
  scaleUnknown: (m) => m.scaleUnknown(ARG, HUGE, HUGE, LONGEST_FIX),
  crosshairInvalid: (m) => m.crosshairInvalid(),
  cannotCompute: (m) => m.cannotCompute("CX.SERVQUAL", LONG),
  alphaTooFewItems: (m) => m.alphaTooFewItems(1),
  alphaTooFewRespondents: (m) => m.alphaTooFewRespondents(1),
  alphaPairTooFew: (m) => m.alphaPairTooFew(SHEET.columns, SHEET.columns, 1),
  alphaNoVariance: (m) => m.alphaNoVariance(),
  alphaItemConstant: (m) => m.alphaItemConstant(LONG),
  missingInvalid: (m) => m.missingInvalid(),
  outcomeShape: (m) => m.outcomeShape(SHEET.rows, SHEET.columns, SHEET.rows),
  driversTooFewRespondents: (m) => m.driversTooFewRespondents(SHEET.columns, SHEET.columns),
  driverConstant: (m) => m.driverConstant(LONG),
  driversCollinear: (m) => m.driversCollinear(),
  segmentsShape: (m) => m.segmentsShape(SHEET, SHEET),
  segmentsNoData: (m) => m.segmentsNoData(),
  adjustInvalid: (m) => m.adjustInvalid(),
  confidenceInvalid: (m) => m.confidenceInvalid(),
  segmentNoSpread: (m) => m.segmentNoSpread(LONG),
  anovaNoSpread: (m) => m.anovaNoSpread(),
  sameSize: (m) => m.sameSize(ARG, SHEET, ARG, SHEET),
  numberInvalid: (m) => m.numberInvalid("tie_threshold", HUGE, HUGE, HUGE, true),
  answerScaleInvalid: (m) => m.answerScaleInvalid(),
  scaleTopInvalid: (m) => m.scaleTopInvalid(HUGE),
  scaleTopFix: (m) => m.scaleTopFix(),
  kanoNoPairs: (m) => m.kanoNoPairs(LONG, 5),
  kanoOnlyReverseOrQuestionable: (m) => m.kanoOnlyReverseOrQuestionable(LONG),
  npsScoreInvalid: (m) => m.npsScoreInvalid(HUGE, SHEET.rows, SHEET.columns),
  noScores: (m) => m.noScores(),
  cannotCompare: (m) => m.cannotCompare(LONG),
  answersTooLarge: (m) => m.answersTooLarge(LONG, ARG),
  dimensionNamedOverall: (m) => m.dimensionNamedOverall(LONG),
  coreNoData: (m) => m.coreNoData("CX.SERVQUAL"),
  coreMismatch: (m) => m.coreMismatch("CX.SERVQUAL"),
  coreTooFew: (m) => m.coreTooFew("CX.SERVQUAL", SHEET.columns + 2, SHEET.rows),
  coreNoVariation: (m) => m.coreNoVariation("CX.SERVQUAL"),
  coreCollinear: (m) => m.coreCollinear("CX.SERVQUAL"),
  coreTooLarge: (m) => m.coreTooLarge("CX.SERVQUAL"),
  coreNotFinite: (m) => m.coreNotFinite("CX.SERVQUAL"),
  coreOutOfRange: (m) => m.coreOutOfRange("CX.SERVQUAL"),
};

describe.each(["en", "zh-CN"] as const)("messages in %s", (locale) => {
  // the shared messages and the further measures' (a catalogue of every message a CX function shows)
  const m = measureMessagesFor(locale);
  const fixes = SCALE_FIXES[locale];
  LONGEST_FIX = fixes.ipa.length > fixes.keyexp.length ? fixes.ipa : fixes.keyexp;
  it.each(Object.entries(everyMessage))("%s stays within 255 characters", (_, message) => {
    const text = message(m);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
    expect(text.length).toBeGreaterThan(10);
    // the fix at the end survives: only a user's long text is shortened
    expect(text.endsWith("…")).toBe(false);
  });

  it("keeps short arguments whole", () => {
    expect(m.dimensionWithoutPairs("Tangibles")).toContain("Tangibles");
    expect(m.weightMissing("Reliability")).toContain("Reliability");
  });
});
