import { itemGaps, type PairedDifferenceSummary } from "../core";
import { flag, pairedSurvey, refuseUnexpectedCell, respondentRowsAsTheyCame } from "./coercion";
import { coreProblemError, refusal } from "./errorPolicy";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor, type MessageCatalogue } from "./messages";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";

/** The arguments of CX.GAP, by the names of its declaration. */
export type GapArguments = SpillArguments<"experience" | "expectation" | "stats">;

/**
 * CX.GAP: the mean satisfaction gap (experience − expectation) of every item column, as one row;
 * with `stats` TRUE a block with a label column on the left and the rows Gap, n, SD, CI low,
 * CI high, t and p (95 % interval, paired t-test), aligned under the item columns.
 *
 * Policies: "paired survey ranges" (a one-row summary stands against every respondent row, which
 * makes t and p a one-sample test against it), "survey answers", "a TRUE/FALSE switch".
 */
export function gapSpill(args: GapArguments, locale: Locale): Spill {
  const { experience, expectation, stats } = args;
  const m = messagesFor(locale);
  const labels = labelsFor(locale).stats;
  const withStats = flag(stats, "stats", m);
  const { items, bothSummaries } = itemGapsOf(experience, expectation, m);

  // An item whose answers are too large to add up (near 1e308) gets a message in its own cells;
  // the other items are still computed.
  const tooLarge = (index: number) =>
    refusal("fixable", m.answersTooLarge(labelsFor(locale).item(index + 1), "experience, expectation"));
  const gapRow = items.map((item, index) =>
    numberCell(item.mean, () =>
      item.tooLarge
        ? tooLarge(index)
        : refusal("fixable", m.noPairedAnswers(index + 1, "experience", "expectation")),
    ),
  );
  if (!withStats) return [gapRow];

  if (bothSummaries) {
    const notAvailable = () => refusal("notAvailable", m.statsNeedRespondents("experience", "expectation"));
    const row = (label: string): SpillCell[] => [label, ...items.map(notAvailable)];
    return [
      [labels.gap, ...gapRow],
      row(labels.n),
      row(labels.sd),
      row(labels.ciLow),
      row(labels.ciHigh),
      row(labels.t),
      row(labels.p),
    ];
  }

  /** A statistic that needs two pairs; t and p also need a spread. */
  const statistic = (
    label: string,
    pick: (item: PairedDifferenceSummary) => number | undefined,
    needsSpread = false,
  ) => [
    label,
    ...items.map((item, index) =>
      numberCell(pick(item), () => {
        if (item.tooLarge) return tooLarge(index);
        if (item.n < 2) return refusal("fixable", m.tooFewPairs(label, index + 1, item.n));
        if (needsSpread && item.sd === 0) return refusal("noValue", m.zeroSpread(label, index + 1));
        return coreProblemError({ functionName: "CX.GAP" }, { code: "tooLarge" }, m);
      }),
    ),
  ];
  return [
    [labels.gap, ...gapRow],
    [labels.n, ...items.map((item) => item.n)],
    statistic(labels.sd, (item) => item.sd),
    statistic(labels.ciLow, (item) => item.ciLow),
    statistic(labels.ciHigh, (item) => item.ciHigh),
    statistic(labels.t, (item) => item.t, true),
    statistic(labels.p, (item) => item.p, true),
  ];
}

/**
 * The item gaps of the two arguments. Respondent rows of the same shape are first read as they came
 * (no copy of a million rows); any cell the cell policy does not simply skip, or any refusal, sends
 * the call down the careful path, which reports it in its own words.
 */
function itemGapsOf(
  experience: unknown,
  expectation: unknown,
  m: MessageCatalogue,
): { items: PairedDifferenceSummary[]; bothSummaries: boolean } {
  const asTheyCame = respondentRowsAsTheyCame(experience, expectation, 1);
  if (asTheyCame !== undefined) {
    try {
      return {
        items: itemGaps(asTheyCame.first, asTheyCame.second, 0.95, refuseUnexpectedCell),
        bothSummaries: false,
      };
    } catch {
      // READ_CAREFULLY, or a refusal: read carefully below.
    }
  }
  const survey = pairedSurvey(experience, "experience", expectation, "expectation", m);
  return {
    items: fromCore("CX.GAP", m, () => itemGaps(survey.first, survey.second)),
    bothSummaries: survey.bothSummaries,
  };
}
