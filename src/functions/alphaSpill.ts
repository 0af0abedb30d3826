import { itemCovariance, scaleReliability, type MissingAnswers } from "../core";
import {
  answerCells,
  flag,
  labelList,
  rowsAsTheyCame,
  READ_CAREFULLY,
  refuseUnexpectedCell,
  sizeOf,
  type CellRange,
} from "./coercion";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { wordSetting } from "./optionArguments";
import { fromCore, numberCell, type Spill, type SpillCell, type SpillArguments } from "./spill";
import { refusal } from "./errorPolicy";

const MISSING_WORDS: ReadonlyMap<string, MissingAnswers> = new Map([
  ["listwise", "listwise"],
  ["pairwise", "pairwise"],
]);

/** The arguments of CX.ALPHA, by the names of its declaration. */
export type AlphaArguments = SpillArguments<"items" | "details" | "missing" | "labels">;

/**
 * CX.ALPHA: Cronbach's alpha of the item columns, one cell; with `details` TRUE a block: the labels
 * Alpha, CI low, CI high (Feldt, 95 %), Standardized alpha, n and k with their values beside them, a
 * blank row, then the header Item, Mean, SD, Item-rest r, Alpha if deleted and one row per item. The
 * block is padded with empty text. A statistic that cannot exist (an item that never varies has no
 * correlation; a two-item scale has no alpha without one of them) is a #DIV/0! cell.
 *
 * Policies: "survey answers, read in place" (items), "a TRUE/FALSE switch" (details), "a word setting" (missing),
 * "labels as text" (labels).
 */
export function alphaSpill(args: AlphaArguments, locale: Locale): Spill {
  const { items, details, missing, labels } = args;
  const m = measureMessagesFor(locale);
  // First the cells as they came, read once: on a million rows, a separate pass to check them costs as
  // much as the statistics. Any cell the cell policy does not simply skip, or any refusal, sends the call
  // down the careful path, which reports it in its usual order.
  const asTheyCame = rowsAsTheyCame(items);
  if (asTheyCame !== undefined) {
    try {
      // rows of another width are refused by itemCovariance as it reads them, and read carefully below
      return alphaOf(asTheyCame, details, missing, labels, locale, refuseUnexpectedCell);
    } catch {
      // READ_CAREFULLY, or a refusal: read carefully below.
    }
  }
  return alphaOf(answerCells(items, "items", m), details, missing, labels, locale, undefined);
}

function alphaOf(
  answers: CellRange,
  details: unknown,
  missing: unknown,
  labels: unknown,
  locale: Locale,
  notAnAnswer: ((entry: unknown) => void) | undefined,
): Spill {
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale);
  const withDetails = flag(details, "details", m);
  const mode = wordSetting(missing, "missing", MISSING_WORDS, "listwise", () => m.missingInvalid(), m);
  // pairwise reads every pair of columns on its own: the careful reading first
  if (notAnAnswer !== undefined && mode === "pairwise") throw READ_CAREFULLY;
  const k = sizeOf(answers).columns;
  if (k < 2) throw refusal("fixable", m.alphaTooFewItems(k));
  const names = labelList(labels, "labels", k, text.item, m);
  const covariance = fromCore("CX.ALPHA", m, () => itemCovariance(answers, mode, notAnAnswer));
  const { n, fewestTogether: pair } = covariance;
  if (n < 2) throw refusal("fixable", m.alphaTooFewRespondents(n));
  if (pair.respondents < 2) {
    throw refusal("fixable", m.alphaPairTooFew(pair.first + 1, pair.second + 1, pair.respondents));
  }
  const scale = fromCore("CX.ALPHA", m, () => scaleReliability(covariance), {
    insufficient: () => m.alphaNoVariance(),
  });
  const noAlpha = () => refusal("beyondExcel", m.alphaNoVariance());
  if (!withDetails) return [[numberCell(scale.alpha, noAlpha)]];

  const constant = (name: string) => () => refusal("noValue", m.alphaItemConstant(name));
  const flatItem = names[scale.items.findIndex((item) => item.sd === 0)] ?? names[0]!;
  const pad = (cells: SpillCell[]): SpillCell[] => [...cells, "", "", "", "", ""].slice(0, 5);
  const a = text.alpha;
  return [
    pad([a.alpha, numberCell(scale.alpha, noAlpha)]),
    pad([a.ciLow, numberCell(scale.ciLow, noAlpha)]),
    pad([a.ciHigh, numberCell(scale.ciHigh, noAlpha)]),
    pad([a.standardized, numberCell(scale.standardizedAlpha, constant(flatItem))]),
    pad([a.n, n]),
    pad([a.k, k]),
    pad([]),
    [...a.header],
    ...scale.items.map((item, i) => [
      names[i]!,
      numberCell(item.mean, noAlpha),
      numberCell(item.sd, noAlpha),
      numberCell(item.itemRestCorrelation, constant(names[i]!)),
      // a two-item scale without one of them is a single item: no alpha to show
      k === 2 ? "" : numberCell(item.alphaIfDeleted, () => refusal("noValue", m.alphaNoVariance())),
    ]),
  ];
}
