import {
  compareNetPromoterScores,
  netPromoterScore,
  type NetPromoterScore,
  type NetPromoterTally,
} from "../core";
import { ExcelFunctionError } from "./excelError";
import { groupedScores } from "./groupedScores";
import { labelsFor } from "./labels";
import type { Locale } from "./locale";
import { messagesFor } from "./messages";
import { optionalNumber } from "./optionalNumber";
import { fromCore, numberCell, type Spill, type SpillCell } from "./spill";

/**
 * CX.NPS: Net Promoter Score with its standard error and confidence interval, a table with the header
 * Group, n, Promoters, Passives, Detractors, NPS, SE, CI low, CI high: with `groups`, one row per group
 * in order of first appearance and then All, with three more columns (Difference vs rest, z, p: the
 * group against everyone else, blank on the All row); without, the All row only.
 *
 * Policies: "scores by group" (a number that is not a whole number from 0 to 10 is a #VALUE! naming its
 * cell), "an optional number" (confidence strictly between 0 and 1, default 0.95).
 */
export function npsSpill(scores: unknown, groups: unknown, confidence: unknown, locale: Locale): Spill {
  const m = messagesFor(locale);
  const text = labelsFor(locale);
  const level = optionalNumber(confidence, "confidence", 0.95, (x) => x > 0 && x < 1, m.confidenceInvalid, m);
  const answers = groupedScores(
    scores,
    groups,
    (value, row, column) => {
      if (!(Number.isInteger(value) && value >= 0 && value <= 10))
        throw new ExcelFunctionError("#VALUE!", m.npsScoreInvalid(value, row + 1, column + 1));
    },
    m,
  );
  const groupCount = answers.names.length;
  // promoters, passives and detractors of each group, then of everyone
  const tallies = new Float64Array(3 * (groupCount + 1));
  const { scores: values, groups: groupOf } = answers;
  for (let i = 0; i < values.length; i++) {
    const score = values[i]!;
    const kind = score >= 9 ? 0 : score >= 7 ? 1 : 2;
    const group = groupOf[i]!;
    if (group >= 0) tallies[3 * group + kind]!++;
    tallies[3 * groupCount + kind]!++;
  }
  const tallyOf = (index: number): NetPromoterTally => ({
    promoters: tallies[3 * index]!,
    passives: tallies[3 * index + 1]!,
    detractors: tallies[3 * index + 2]!,
  });
  const everyone = tallyOf(groupCount);
  if (values.length === 0) throw new ExcelFunctionError("#VALUE!", m.noNpsScores());
  const score = (tally: NetPromoterTally) => fromCore("CX.NPS", m, () => netPromoterScore(tally, level));
  const cells = (label: string, result: NetPromoterScore): SpillCell[] => [
    label,
    result.n,
    result.promoters,
    result.passives,
    result.detractors,
    result.nps,
    result.se,
    result.ciLow,
    result.ciHigh,
  ];
  const all = score(everyone);
  if (!answers.grouped) return [text.npsHeader.slice(0, 9), cells(text.all, all)];

  const rows: Spill = [[...text.npsHeader]];
  answers.names.forEach((name, index) => {
    const tally = tallyOf(index);
    const group = score(tally);
    const restTally: NetPromoterTally = {
      promoters: everyone.promoters - tally.promoters,
      passives: everyone.passives - tally.passives,
      detractors: everyone.detractors - tally.detractors,
    };
    let versusRest: SpillCell[];
    if (restTally.promoters + restTally.passives + restTally.detractors === 0) {
      const none = new ExcelFunctionError("#DIV/0!", m.noRest(name));
      versusRest = [none, none, none];
    } else {
      const comparison = compareNetPromoterScores(group, score(restTally));
      const noSpread = () => new ExcelFunctionError("#DIV/0!", m.noSpreadVsRest(name));
      versusRest = [
        comparison.difference,
        numberCell(comparison.z, noSpread),
        numberCell(comparison.p, noSpread),
      ];
    }
    rows.push([...cells(name, group), ...versusRest]);
  });
  rows.push([...cells(text.all, all), "", "", ""]);
  return rows;
}
