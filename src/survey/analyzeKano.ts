import {
  CoreInputError,
  EXPECTATION_KIND_OF_KANO_CATEGORY,
  kanoClassification,
  kanoCounts,
  type KanoAnswerScale,
  type NameLanguage,
} from "../core";
import { isBlank } from "./answers";
import { readHeader } from "./headerPatterns";
import { firstWording, wordingIn } from "./itemNames";
import { kanoCodeOfCell, pairKanoFeatures } from "./kanoFeatures";
import { readKanoHeader } from "./kanoHeaders";
import { ownValue, textKey, textRecord } from "./textKeys";
import type {
  AnalysisSettings,
  Cell,
  ColumnAssignment,
  DelightCandidate,
  ItemPair,
  KanoAnalysis,
  KanoFeaturePair,
  KanoFeatureResult,
  SurveyProblem,
} from "./types";

/**
 * An attractive feature is a candidate for a planned surprise moment when Better is at least this: at least
 * half of the customers for whom the feature plays any part (A + O + M + I) would be more satisfied with it.
 */
export const DELIGHT_BETTER = 0.5;

/**
 * The Kano analysis of every feature whose functional and dysfunctional columns the roles pair: the
 * answers read on the settings' Kano scale (kanoCodeOfCell), counted in Berger et al.'s evaluation table
 * and classified by core (category with the 6 % tie rule, category and total strength, Better, Worse,
 * Fong's significance), each feature linked to the gap item that is the same feature (linkKanoFeatures),
 * and the attractive features with Better ≥ DELIGHT_BETTER as delight candidates, highest Better first.
 * Undefined when the survey has no Kano feature. Never throws: a feature nobody answered is a problem.
 */
export function analyzeKano(
  rows: readonly (readonly Cell[])[],
  roles: readonly ColumnAssignment[],
  settings: Pick<AnalysisSettings, "kanoScale" | "kanoNames" | "itemNames">,
  pairs: readonly ItemPair[],
  problems: SurveyProblem[],
): KanoAnalysis | undefined {
  const { features: pairsFound, problems: pairProblems } = pairKanoFeatures(roles);
  problems.push(...pairProblems);
  if (pairsFound.length === 0) return undefined;
  const scale: KanoAnswerScale = settings.kanoScale ?? 5;
  const headerOf = new Map(roles.map((role) => [role.column, role.header]));
  const links = linkKanoFeatures(pairsFound, roles, pairs, settings);
  const features: KanoFeatureResult[] = [];
  for (const pair of pairsFound) {
    const functional = answerCodes(rows, pair.functionalColumn, scale, headerOf, problems);
    const dysfunctional = answerCodes(rows, pair.dysfunctionalColumn, scale, headerOf, problems);
    const counts = kanoCounts(functional, dysfunctional);
    let classified;
    try {
      classified = kanoClassification(counts);
    } catch (error) {
      if (!(error instanceof CoreInputError)) throw error;
      problems.push({ code: "kanoFeatureUnanswered", severity: "warning", item: pair.feature });
      continue;
    }
    const result: KanoFeatureResult = {
      feature: pair.feature,
      functionalHeader: headerOf.get(pair.functionalColumn) ?? "",
      dysfunctionalHeader: headerOf.get(pair.dysfunctionalColumn) ?? "",
      n: classified.n,
      counts: { ...counts },
      category: classified.category,
      categoryStrength: classified.categoryStrength,
      totalStrength: classified.totalStrength,
      significant: classified.significant,
    };
    const name = ownValue(settings.kanoNames, pair.feature)?.trim();
    if (name) result.name = name;
    const kind = EXPECTATION_KIND_OF_KANO_CATEGORY[classified.category];
    if (kind !== undefined) result.kind = kind;
    if (classified.better !== undefined) result.better = classified.better;
    if (classified.worse !== undefined) result.worse = classified.worse;
    const item = links.get(pair.feature);
    if (item !== undefined) result.item = item;
    features.push(result);
  }
  return { scale, features, delightCandidates: delightCandidates(features) };
}

/** Attractive features with Better ≥ DELIGHT_BETTER, highest Better first (ties in survey order). */
function delightCandidates(features: readonly KanoFeatureResult[]): DelightCandidate[] {
  return features
    .filter((f) => f.category === "attractive" && f.better !== undefined && f.better >= DELIGHT_BETTER)
    .map((f) => {
      const candidate: DelightCandidate = { feature: f.feature, better: f.better! };
      if (f.name !== undefined) candidate.name = f.name;
      if (f.item !== undefined) candidate.item = f.item;
      return candidate;
    })
    .sort((a, b) => b.better - a.better);
}

/** One column's 5-point codes; filled cells that are no Kano answer are counted as one problem. */
function answerCodes(
  rows: readonly (readonly Cell[])[],
  column: number,
  scale: KanoAnswerScale,
  headerOf: ReadonlyMap<number, string>,
  problems: SurveyProblem[],
): Uint8Array {
  const codes = new Uint8Array(rows.length);
  let unread = 0;
  rows.forEach((row, r) => {
    const cell = row[column];
    const code = kanoCodeOfCell(cell, scale);
    codes[r] = code;
    if (code === 0 && !isBlank(cell)) unread += 1;
  });
  if (unread > 0) {
    const header = headerOf.get(column) ?? "";
    problems.push({ code: "kanoAnswersUnread", severity: "warning", column, header, count: unread });
  }
  return codes;
}

/** The names a text can go by: itself and, for bilingual wording, each language's part (compared as Excel does). */
function namesOf(text: string | undefined): string[] {
  if (text === undefined || text.trim() === "") return [];
  const whole = text.trim();
  return [whole, wordingIn(whole, "en"), wordingIn(whole, "zh-CN")].map((name) => textKey(name.trim()));
}

/**
 * Which gap item is the same feature as each Kano feature: the two are linked when they go by the same name
 * (as Excel compares text, either language of a bilingual wording) — the feature's name or its headers'
 * wording against the item's name or its headers' wording — or share a worded key ("speed" of F_speed and
 * Exp_speed). Numbers alone never link: a Kano questionnaire numbers its questions (K1, K2 …) apart from
 * the gap items (E1, P1 …). Each item is linked to at most one feature, the first in survey order.
 *
 * @example
 * // "K1 功能 Keeps promises 按时兑现承诺" and item 5 named "Keeps promises" => feature "1" ↔ item "5"
 */
export function linkKanoFeatures(
  features: readonly KanoFeaturePair[],
  roles: readonly ColumnAssignment[],
  pairs: readonly ItemPair[],
  settings: Pick<AnalysisSettings, "kanoNames" | "itemNames">,
): Map<string, string> {
  const headerOf = new Map(roles.map((role) => [role.column, role.header]));
  const itemNames = pairs.map((pair) => {
    const names = new Set<string>([
      ...namesOf(ownValue(settings.itemNames, pair.item)),
      ...[pair.perceptionColumn, pair.expectationColumn, pair.importanceColumn].flatMap((column) =>
        column === undefined ? [] : namesOf(readHeader(headerOf.get(column) ?? "").wording),
      ),
    ]);
    if (!/^\d+$/.test(pair.item)) names.add(textKey(pair.item));
    return { item: pair.item, names };
  });
  const links = new Map<string, string>();
  const taken = new Set<string>();
  for (const feature of features) {
    const names = new Set<string>([
      ...namesOf(ownValue(settings.kanoNames, feature.feature)),
      ...[feature.functionalColumn, feature.dysfunctionalColumn].flatMap((column) =>
        namesOf(readKanoHeader(headerOf.get(column) ?? "")?.wording),
      ),
    ]);
    if (!/^\d+$/.test(feature.feature)) names.add(textKey(feature.feature));
    const match = itemNames.find(
      ({ item, names: its }) => !taken.has(item) && [...names].some((name) => name !== "" && its.has(name)),
    );
    if (match) {
      links.set(feature.feature, match.item);
      taken.add(match.item);
    }
  }
  return links;
}

/**
 * The name each Kano feature starts with, feature key → name: its headers' wording (functional header
 * first) in the reader's language, or the key itself when it is worded. Numbered features without wording
 * get none (they read "Feature 3"). The manager can rename any feature in the pane.
 *
 * @example
 * suggestKanoNames([{ column: 0, header: "K1 功能 Free Wi-Fi 免费无线网络", role: "kanoFunctional", item: "1" },
 *                   { column: 1, header: "K1 反向 Free Wi-Fi 免费无线网络", role: "kanoDysfunctional", item: "1" }], "zh-CN")
 * // => { "1": "免费无线网络" }
 */
export function suggestKanoNames(
  roles: readonly ColumnAssignment[],
  language: NameLanguage,
): Record<string, string> {
  const { features } = pairKanoFeatures(roles);
  const headerOf = new Map(roles.map((role) => [role.column, role.header]));
  const names = textRecord<string>();
  for (const feature of features) {
    const wording = firstWording(
      [feature.functionalColumn, feature.dysfunctionalColumn],
      headerOf,
      (header) => readKanoHeader(header)?.wording,
    );
    if (wording !== undefined) names[feature.feature] = wordingIn(wording, language);
  }
  return names;
}
