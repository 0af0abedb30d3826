import { answerOf, isBlank } from "./answers";
import { normalizeHeader, readHeader } from "./headerPatterns";
import { pairItems } from "./pairItems";
import { detectScale } from "./detectScale";
import { detectKanoColumns, detectKanoScale, pairKanoFeatures } from "./kanoFeatures";
import { looksLikeJourney } from "./journey";
import type { Cell, ColumnAssignment, ColumnRole, DetectedLayout, RawSurvey, SurveyProblem } from "./types";

/** Rows looked at to profile a column; enough to tell text from numbers and ids from answers. */
const PROFILE_ROWS = 20_000;

interface ColumnProfile {
  numbers: number;
  integers: Set<number>;
  allIntegersUnique: boolean;
  maxNumber: number;
  texts: number;
  distinctTexts: Set<string>;
  nonEmpty: number;
}

/**
 * Guesses what each survey column holds from its header (E1/P1, Exp_/Perc_, "(E)", Expectation, Perception,
 * Experience, Importance, 期望, 感知/体验, 重要性, 满意度, NPS, recommend, 推荐, ID, 编号, store, 门店, wave, 波次, 季度,
 * survey date, 日期 …) and its values (unique
 * integers are respondent ids, short repeated text is a segment), pairs expectation and perception columns
 * by item, and detects the answer scale. Kano question pairs (functional / dysfunctional, see readKanoHeader
 * and detectKanoColumns) are found first, so that their headers are not read as item columns; their
 * answer scale (1–5 or 1–3) is detected apart. The manager corrects anything wrong in the taskpane.
 *
 * @example
 * detectColumnRoles({ headers: ["ID", "E1", "P1"], rows: [[1, 4, 5], [2, 3, 3]] }).pairs
 * // => [{ item: "1", expectationColumn: 1, perceptionColumn: 2 }]
 */
export function detectColumnRoles(survey: Pick<RawSurvey, "headers" | "rows">): DetectedLayout {
  const problems: SurveyProblem[] = [];
  const sample = survey.rows.length > PROFILE_ROWS ? survey.rows.slice(0, PROFILE_ROWS) : survey.rows;
  const seen = new Set<string>();
  let idFound = false;
  const kanoColumns = detectKanoColumns(survey.headers, sample);
  let recommendFound = false;

  const columns: ColumnAssignment[] = survey.headers.map((rawHeader, column) => {
    const header = String(rawHeader ?? "");
    const profile = profileColumn(sample, column);
    const kano = kanoColumns.get(column);
    // a Kano question's header may hold role words of its own ("F_perceived speed"): its pair decides
    const reading = kano ? { role: undefined } : readHeader(header);
    let role: ColumnRole = kano
      ? kano.side === "functional"
        ? "kanoFunctional"
        : "kanoDysfunctional"
      : (reading.role ?? roleFromValues(profile, sample.length, idFound));

    const normalized = normalizeHeader(header);
    if (normalized !== "" && seen.has(normalized)) {
      problems.push({ code: "duplicateHeader", severity: "warning", column, header });
      if (role !== "segment") role = "ignore";
    }
    seen.add(normalized);

    if (role === "respondentId") {
      if (idFound || !profileIsUnique(profile)) role = reading.role === "respondentId" ? "ignore" : role;
      idFound = idFound || role === "respondentId";
    }
    // one recommend question is the NPS; a second (e.g. "recommend to colleagues") waits for the manager
    if (role === "recommend") {
      if (recommendFound) role = "ignore";
      recommendFound = true;
    }
    if (isAnswerRole(role) && profile.texts > 0) {
      problems.push({ code: "nonNumericAnswers", severity: "warning", column, header, count: profile.texts });
    }
    const assignment: ColumnAssignment = { column, header, role };
    if (reading.item !== undefined && isItemRole(role)) assignment.item = reading.item;
    if (kano && (role === "kanoFunctional" || role === "kanoDysfunctional")) assignment.item = kano.feature;
    return assignment;
  });

  const { pairs, problems: pairProblems } = pairItems(columns);
  problems.push(...pairProblems);
  const scale = detectScale(survey.rows, pairs);
  const { features: kanoFeatures, problems: kanoProblems } = pairKanoFeatures(columns);
  problems.push(...kanoProblems);
  const items = new Set(pairs.map((pair) => pair.item));
  const isServqual =
    pairs.length === 22 && Array.from({ length: 22 }, (_, i) => String(i + 1)).every((k) => items.has(k));
  return {
    columns,
    scale,
    pairs,
    suggestedFramework: isServqual
      ? "servqual22"
      : looksLikeJourney([...items], columns)
        ? "journey"
        : "experienceContents",
    problems,
    kanoFeatures,
    kanoScale: detectKanoScale(sample, kanoFeatures),
  };
}

function isItemRole(role: ColumnRole): boolean {
  return role === "expectation" || role === "perception" || role === "importance";
}

function isAnswerRole(role: ColumnRole): boolean {
  return isItemRole(role) || role === "overall" || role === "recommend";
}

/** A column whose header says nothing: text that repeats is a segment, unique integers an id. */
function roleFromValues(profile: ColumnProfile, rows: number, idFound: boolean): ColumnRole {
  if (profile.nonEmpty === 0) return "ignore";
  if (profile.texts > profile.numbers) {
    const repeats = profile.distinctTexts.size <= Math.max(2, Math.min(50, rows / 2));
    return repeats ? "segment" : "ignore";
  }
  const looksLikeIds =
    profile.texts === 0 && profileIsUnique(profile) && (profile.maxNumber > 10 || rows > 10);
  return looksLikeIds && !idFound ? "respondentId" : "ignore";
}

function profileIsUnique(profile: ColumnProfile): boolean {
  if (profile.texts > 0 && profile.numbers > 0) return false;
  if (profile.texts > 0) return profile.distinctTexts.size === profile.texts;
  return profile.allIntegersUnique && profile.integers.size === profile.numbers && profile.numbers > 1;
}

function profileColumn(rows: readonly (readonly Cell[])[], column: number): ColumnProfile {
  const profile: ColumnProfile = {
    numbers: 0,
    integers: new Set(),
    allIntegersUnique: true,
    maxNumber: -Infinity,
    texts: 0,
    distinctTexts: new Set(),
    nonEmpty: 0,
  };
  for (const row of rows) {
    const cell = row[column];
    if (isBlank(cell)) continue;
    profile.nonEmpty += 1;
    const answer = answerOf(cell);
    if (answer === null) {
      profile.texts += 1;
      if (profile.distinctTexts.size <= 1000) profile.distinctTexts.add(String(cell));
      continue;
    }
    profile.numbers += 1;
    profile.maxNumber = Math.max(profile.maxNumber, answer);
    if (!Number.isInteger(answer) || profile.integers.has(answer)) profile.allIntegersUnique = false;
    else if (profile.allIntegersUnique) profile.integers.add(answer);
  }
  return profile;
}
