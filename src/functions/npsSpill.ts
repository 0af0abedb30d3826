import { compareNetPromoterScores, netPromoterScore, type NetPromoterTally } from "../core";
import { countsByGroup, groupedScores } from "./groupedScores";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { confidenceOf } from "./optionalNumber";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";
import { refusal } from "./errorPolicy";

/** The arguments of CX.NPS, by the names of its declaration. */
export type NpsArguments = SpillArguments<"scores" | "groups" | "confidence">;

/**
 * CX.NPS: Net Promoter Score with its standard error and confidence interval, a table with the header
 * Group, n, Promoters, Passives, Detractors, NPS, SE, CI low, CI high: with `groups`, one row per group
 * in order of first appearance and then All, with three more columns (Difference vs rest, z, p: the
 * group against everyone else, blank on the All row); without, the All row only.
 *
 * Policies: "scores by group" (a number that is not a whole number from 0 to 10 is a #VALUE! naming its
 * cell), "confidence".
 */
export function npsSpill(args: NpsArguments, locale: Locale): Spill {
  const { scores, groups, confidence } = args;
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale);
  const level = confidenceOf(confidence, m);
  const answers = groupedScores(scores, groups, true, m);
  const { names } = answers;
  const { grouped } = answers;
  if (answers.count === 0) throw refusal("fixable", m.noScores());
  // promoters, passives and detractors of each group, then of everyone
  const tallies = countsByGroup(answers, 3, (score) => (score >= 9 ? 0 : score >= 7 ? 1 : 2));
  const all = 3 * names.length;
  const tally = (at: number, minus = -1): NetPromoterTally => {
    const count = (kind: number) => tallies[at + kind]! - (minus < 0 ? 0 : tallies[minus + kind]!);
    return { promoters: count(0), passives: count(1), detractors: count(2) };
  };
  const score = (counts: NetPromoterTally) => fromCore("CX.NPS", m, () => netPromoterScore(counts, level));
  const row = (label: string, at: number): SpillCell[] => {
    const r = score(tally(at));
    const cells: SpillCell[] = [
      label,
      r.n,
      r.promoters,
      r.passives,
      r.detractors,
      r.nps,
      r.se,
      r.ciLow,
      r.ciHigh,
    ];
    if (!grouped) return cells;
    if (at === all) return [...cells, "", "", ""];
    const rest = tally(all, at);
    const none = () => refusal("noValue", m.cannotCompare(label));
    if (rest.promoters + rest.passives + rest.detractors === 0) return [...cells, none(), none(), none()];
    const versus = compareNetPromoterScores(r, score(rest));
    return [...cells, versus.difference, numberCell(versus.z, none), numberCell(versus.p, none)];
  };
  const header = grouped ? [...text.npsHeader] : text.npsHeader.slice(0, 9);
  return [header, ...names.map((name, index) => row(name, 3 * index)), row(text.all, all)];
}
