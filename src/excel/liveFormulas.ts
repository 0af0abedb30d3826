import { excelErrorCodeOf } from "../core";
import { answerOf } from "../survey";
import { pairItems } from "../survey";
import { resolveRoles } from "../survey";
import type { AnalysisSettings, Cell, ItemPair, RawSurvey, SurveyAnalysis } from "../survey";
import { boxAddress, parseAddress, quotedSheet, type CellBox } from "./a1";
import type { FormulaBlock, FormulaFallback, FormulaFallbackReason } from "./types";

/**
 * What the formulas option can write live, decided so that every live formula gives the numbers the values
 * option writes. The analysis and the CX functions read cells differently in three ways, and a block falls
 * back to values (with a reason) where the survey hits one:
 * - the analysis reads numbers written as text and drops answers outside the scale; the functions skip text
 *   and count every number; error cells make a function an error. So answers must be numbers in the scale
 *   or blanks.
 * - =CX.SERVQUAL, =CX.KEYEXP and =CX.IPA take one range per kind, so each kind's item columns must be side by
 *   side in the items' order (E1…E22 then P1…P22; not E1, P1, E2, P2…).
 * - the analysis takes an item's performance and expectation over the respondents who answered both; the
 *   functions' column means take every answer, so every respondent must have answered both or neither.
 */
export interface LiveFormulaSources {
  /** =CX.GAP per item: the item key → formula */
  gapFormulas: Map<string, string>;
  /** absolute survey ranges of each kind's data rows, when its columns are side by side */
  perception?: string;
  expectation?: string;
  importance?: string;
  answers: { clean: FormulaFallbackReason | undefined; paired: boolean; importanceClean: boolean };
  itemCount: number;
}

export function liveFormulaSources(
  settings: AnalysisSettings,
  survey: Pick<RawSurvey, "headers"> & Partial<Pick<RawSurvey, "rows" | "leftOut">>,
): LiveFormulaSources {
  const source = parseAddress(settings.source.address);
  // the data rows: those under the header row, or the rows of a table a selection took (its headers stand
  // above them in the table's header row)
  const dataRows = settings.source.tableRows
    ? parseAddress(settings.source.tableRows)
    : { row: source.row + 1, rowCount: source.rowCount - 1 };
  const { pairs } = pairItems(resolveRoles(settings.roles, survey.headers).roles);
  const sheet = quotedSheet(settings.source.sheetName);
  const columnsRange = (first: number, count: number): string =>
    `${sheet}!${boxAddress(
      {
        row: dataRows.row,
        column: source.column + first,
        rowCount: dataRows.rowCount,
        columnCount: count,
      },
      true,
    )}`;
  const gapFormulas = new Map<string, string>();
  const sources: LiveFormulaSources = {
    gapFormulas,
    answers: answerCheck(survey.rows, pairs, settings.scale),
    itemCount: pairs.length,
  };
  // rows a table's filter hides are no respondents of the analysis, but a CX function over the range takes
  // every row, hidden or not
  if ((survey.leftOut?.hiddenRows ?? 0) > 0) sources.answers.clean = "hiddenRowsLeftOut";
  if (dataRows.rowCount < 1) return sources;
  for (const pair of pairs) {
    gapFormulas.set(
      pair.item,
      `=CX.GAP(${columnsRange(pair.perceptionColumn, 1)},${columnsRange(pair.expectationColumn, 1)})`,
    );
  }
  const side = (columns: Array<number | undefined>): string | undefined => {
    const first = columns[0];
    if (first === undefined || columns.some((c, i) => c !== first + i)) return undefined;
    return columnsRange(first, columns.length);
  };
  const perception = side(pairs.map((p) => p.perceptionColumn));
  const expectation = side(pairs.map((p) => p.expectationColumn));
  const importance = side(pairs.map((p) => p.importanceColumn));
  if (perception !== undefined) sources.perception = perception;
  if (expectation !== undefined) sources.expectation = expectation;
  if (importance !== undefined) sources.importance = importance;
  return sources;
}

/** The names of CX.SERVQUAL's summary row, lower case: "overall" and "总体". */
const SUMMARY_ROW_NAMES: ReadonlySet<string> = new Set(["overall", "总体"]);

/** Why `block` cannot be a live formula, or undefined when it can. */
export function fallbackReason(
  block: FormulaBlock,
  sources: LiveFormulaSources,
  analysis: SurveyAnalysis,
): FormulaFallbackReason | undefined {
  const { answers } = sources;
  if (answers.clean !== undefined) return answers.clean;
  if (block === "itemGaps") return undefined;
  if (sources.perception === undefined || sources.expectation === undefined) return "nonContiguousColumns";
  if (block === "dimensionScores") {
    // CX.SERVQUAL refuses a dimension named as its summary row (Overall, 总体, any case); the values keep it
    if (analysis.dimensions.some((d) => SUMMARY_ROW_NAMES.has(d.key.trim().toLowerCase())))
      return "dimensionNamedOverall";
    const complete =
      analysis.items.length === sources.itemCount &&
      analysis.items.every((item) => item.dimension !== undefined) &&
      !analysis.problems.some((problem) => problem.code === "dimensionWithoutAnswers");
    return complete ? undefined : "itemsLeftOut";
  }
  if (analysis.importanceSource !== "stated") return "importanceDerived";
  if (sources.importance === undefined) return "nonContiguousColumns";
  if (!answers.importanceClean) return "answersNotNumbers";
  if (!answers.paired) return "unpairedAnswers";
  // one column of respondents would be read as one value per item; and every item must be a factor
  if (sources.itemCount < 2 || analysis.keyExperiences.length !== sources.itemCount) return "itemsLeftOut";
  return undefined;
}

export function fallback(block: FormulaBlock, reason: FormulaFallbackReason): FormulaFallback {
  return { block, reason };
}

const isNumber = (cell: Cell | undefined): cell is number =>
  typeof cell === "number" && Number.isFinite(cell);

/**
 * A cell the analysis and the CX functions read differently: a number written as text (an answer to the
 * analysis, skipped by the functions) or an error value (missing to the analysis, an error to the functions).
 * Blanks, words and TRUE/FALSE are missing answers to both.
 */
function readsDifferently(cell: Cell | undefined): boolean {
  return typeof cell === "string" && (answerOf(cell) !== null || excelErrorCodeOf(cell.trim()) !== undefined);
}

function answerCheck(
  rows: readonly (readonly Cell[])[] | undefined,
  pairs: readonly ItemPair[],
  scale: AnalysisSettings["scale"],
): LiveFormulaSources["answers"] {
  if (rows === undefined) return { clean: "surveyRowsUnavailable", paired: false, importanceClean: false };
  let clean: FormulaFallbackReason | undefined;
  let paired = true;
  let importanceClean = true;
  const answered = (cell: Cell | undefined): boolean => {
    if (isNumber(cell)) {
      if (cell < scale.bottom || cell > scale.top) clean ??= "answersOutOfScale";
      return true;
    }
    if (readsDifferently(cell)) clean = "answersNotNumbers";
    return false;
  };
  for (const row of rows) {
    for (const pair of pairs) {
      const e = answered(row[pair.expectationColumn]);
      const p = answered(row[pair.perceptionColumn]);
      if (e !== p) paired = false;
      if (pair.importanceColumn !== undefined) {
        const cell = row[pair.importanceColumn];
        if (readsDifferently(cell)) importanceClean = false;
      }
    }
    if (clean === "answersNotNumbers") break;
  }
  return { clean, paired, importanceClean };
}

/** The rows under the header row of `box`, in its `column`-th column (0-based). */
export function bodyColumn(box: CellBox, column: number, absolute = false): string {
  const body = { row: box.row + 1, column: box.column + column, rowCount: box.rowCount - 1, columnCount: 1 };
  return boxAddress(body, absolute);
}
