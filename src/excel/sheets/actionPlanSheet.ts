import { ownValue, type SurveyAnalysis } from "../../survey";
import { itemName } from "../../core/domainNames";
import { boxAddress } from "../a1";
import { columnWidths, measured } from "../columnWidths";
import { resultLabels, type ActionPlanLabels, type ResultLabels } from "../resultLabels";
import type { ActionPlanItem, PlannedActionPlan, PlannedBlock, PlannedCell } from "../types";
import { FORMAT, textLine } from "./sheetCells";

/** A cell as read back from the sheet (Range.values). */
export type SheetValue = string | number | boolean | null;

/** The manager's columns: never written by the add-in except to put back what was read from them. */
const TYPED = ["owner", "dueDate", "status", "notes"] as const;
type TypedField = (typeof TYPED)[number];
/** Our columns in order; the item key comes first so a row can always be matched. */
const COLUMNS = [
  "itemKey",
  "item",
  "dimension",
  "rank",
  "gapToday",
  "targetGap",
  "targetExperience",
  ...TYPED,
] as const;
type Field = (typeof COLUMNS)[number];
const FORMATS: Record<Field, string> = {
  itemKey: FORMAT.text,
  item: FORMAT.text,
  dimension: FORMAT.text,
  rank: FORMAT.general,
  gapToday: FORMAT.number,
  targetGap: FORMAT.number,
  targetExperience: FORMAT.number,
  owner: FORMAT.text,
  dueDate: FORMAT.date,
  status: FORMAT.text,
  notes: FORMAT.text,
};
/** room to type in the manager's columns, in points */
const TYPING_WIDTH: Partial<Record<Field, number>> = { owner: 90, dueDate: 75, status: 90, notes: 240 };
/** the header row when the sheet is new: title, note, blank, header */
const HEADER_ROW = 3;

/**
 * The action plan before it meets the workbook (pure): every analysed item with its numbers, the fix-first
 * ones listed, then the rows the result blocks add. The target closes the gap: target gap 0, that is an experience equal to the expectation mean.
 */
export function planActionPlan(
  analysis: SurveyAnalysis,
  labels: ResultLabels,
  writtenAt: string,
  blockItems: readonly ActionPlanItem[] = [],
): PlannedActionPlan {
  const byKey = new Map(analysis.items.map((item) => [item.item, item]));
  const items: ActionPlanItem[] = analysis.priorities.flatMap((p) => {
    const item = byKey.get(p.item);
    if (!item || item.expectationMean === undefined || item.perceptionMean === undefined) return [];
    return [
      {
        key: p.item,
        name: itemName(p.item, labels.language, item.name),
        dimension:
          p.dimension === undefined ? "" : (ownValue(labels.dimensionNames, p.dimension) ?? p.dimension),
        rank: p.rank,
        gap: p.gap,
        experience: item.perceptionMean,
        targetExperience: item.expectationMean,
        listed: p.fixFirst,
      },
    ];
  });
  // rows the result blocks add (in the registry's order) follow the ranked items
  return {
    sheetBaseName: labels.actionPlan.sheetName,
    items: [...items, ...blockItems],
    writtenAt,
    labels: labels.actionPlan,
  };
}

/** What the earlier action plan sheet holds: its used range's values and where that range starts. */
export interface ExistingActionPlan {
  values: SheetValue[][];
  row: number;
  column: number;
}

/** The action plan as it will be written, and how many rows kept something the manager typed. */
export interface ActionPlanLayout {
  blocks: PlannedBlock[];
  columnWidths: number[];
  keptRows: number;
}

/**
 * Merges the current fix-first items with the sheet the manager has been editing (pure). Rows are matched by
 * the Item key column, found by its header in either language (so a change of display language still
 * matches), and so are the Owner, Due date, Status and Notes columns. Every typed cell is written back
 * unchanged; an item that left the list keeps its row, marked, with its numbers updated; rows the manager
 * added without a key are kept at the end. The layout starts at the earlier header row, so rows inserted
 * above it by the manager do not shift the plan onto other cells.
 */
export function layoutActionPlan(
  planned: PlannedActionPlan,
  existing?: ExistingActionPlan,
): ActionPlanLayout {
  const text = planned.labels;
  const earlier = existing ? readEarlier(existing) : undefined;
  const headerRow = earlier?.headerRow ?? HEADER_ROW;
  const current = new Map(planned.items.map((item) => [item.key, item]));
  const rows: Array<Record<Field, SheetValue>> = [];
  let keptRows = 0;
  const typedOf = (key: string): Partial<Record<TypedField, SheetValue>> | undefined =>
    earlier?.rows.find((r) => r.key === key)?.typed;
  const withTyped = (
    row: Record<Field, SheetValue>,
    typed: Partial<Record<TypedField, SheetValue>> | undefined,
  ): Record<Field, SheetValue> => {
    if (typed && TYPED.some((f) => !isEmpty(typed[f]))) keptRows += 1;
    for (const field of TYPED) row[field] = typed?.[field] ?? "";
    return row;
  };
  for (const item of planned.items.filter((i) => i.listed))
    rows.push(withTyped(numbersOf(item, item.rank), typedOf(item.key)));
  for (const old of earlier?.rows ?? []) {
    if (old.key !== "" && planned.items.some((i) => i.listed && i.key === old.key)) continue;
    if (old.key === "" && TYPED.every((f) => isEmpty(old.typed[f]))) continue;
    const item = current.get(old.key);
    const row = item
      ? numbersOf(item, text.noLongerListed)
      : ({
          ...blankRow(),
          itemKey: old.key,
          item: old.item,
          dimension: old.dimension,
          rank: old.key === "" ? "" : text.noLongerListed,
        } as Record<Field, SheetValue>);
    rows.push(withTyped(row, old.typed));
  }
  // rows the earlier plan had beyond this one (possible only for empty, keyless rows): cleared, ours only
  const earlierCount = earlier?.rowCount ?? 0;
  while (rows.length < earlierCount) rows.push(blankRow());

  const header = COLUMNS.map((field) => ({ text: text[field] }));
  const body: PlannedCell[][] = rows.map((row) => COLUMNS.map((field) => plannedCell(row[field])));
  const block: PlannedBlock = {
    address: boxAddress({
      row: headerRow,
      column: 0,
      rowCount: body.length + 1,
      columnCount: COLUMNS.length,
    }),
    cells: [header, ...body],
    columnFormats: COLUMNS.map((field) => FORMATS[field]),
    wrapHeader: true,
  };
  const blocks: PlannedBlock[] = [block];
  if (headerRow >= 3) {
    blocks.unshift(
      textLine(headerRow - 3, `${text.title} · ${text.updated} ${planned.writtenAt}`, "title"),
      textLine(headerRow - 2, text.note),
    );
  }
  return {
    blocks,
    columnWidths: widthsOf(block, header),
    keptRows,
  };
}

/**
 * The header wraps, so each column needs its longest header word or value (at most 160 pt); the manager's
 * columns get room to type.
 */
function widthsOf(block: PlannedBlock, header: Array<{ text: string }>): number[] {
  const words = header.map(({ text }) => ({
    text: text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), ""),
  }));
  const measuredWidths = columnWidths([measured({ ...block, cells: [words, ...block.cells.slice(1)] })]);
  return COLUMNS.map((field, c) => Math.max(Math.min(measuredWidths[c] ?? 0, 160), TYPING_WIDTH[field] ?? 0));
}

function numbersOf(item: ActionPlanItem, rank: number | string): Record<Field, SheetValue> {
  return {
    ...blankRow(),
    itemKey: item.key,
    item: item.name,
    dimension: item.dimension,
    rank,
    gapToday: item.gap,
    targetGap: 0,
    targetExperience: item.targetExperience,
  };
}

function blankRow(): Record<Field, SheetValue> {
  return Object.fromEntries(COLUMNS.map((field) => [field, ""])) as Record<Field, SheetValue>;
}

function plannedCell(value: SheetValue): PlannedCell {
  if (value === null || value === "") return null;
  if (typeof value === "number") return value;
  return { text: String(value) };
}

function isEmpty(value: SheetValue | undefined): boolean {
  return value === undefined || value === null || value === "";
}

interface EarlierRow {
  key: string;
  item: string;
  dimension: string;
  typed: Partial<Record<TypedField, SheetValue>>;
}

/** The earlier plan's header row (sheet coordinates) and rows, read by header text in either language. */
function readEarlier(
  existing: ExistingActionPlan,
): { headerRow: number; rows: EarlierRow[]; rowCount: number } | undefined {
  const catalogues: ActionPlanLabels[] = [resultLabels("en-US").actionPlan, resultLabels("zh-CN").actionPlan];
  const headerOf = (value: SheetValue | undefined, field: Field): boolean =>
    typeof value === "string" && catalogues.some((c) => c[field] === value.trim());
  const r = existing.values.findIndex((line) => line.some((v) => headerOf(v, "itemKey")));
  if (r < 0) return undefined;
  const header = existing.values[r]!;
  const columnOf = (field: Field): number => header.findIndex((v) => headerOf(v, field));
  const key = columnOf("itemKey");
  const columns = {
    item: columnOf("item"),
    dimension: columnOf("dimension"),
    ...Object.fromEntries(TYPED.map((f) => [f, columnOf(f)])),
  } as Record<"item" | "dimension" | TypedField, number>;
  const body = existing.values.slice(r + 1);
  const at = (line: SheetValue[], column: number): SheetValue => (column < 0 ? "" : (line[column] ?? ""));
  const rows = body
    .map((line) => ({
      key: String(at(line, key) ?? "").trim(),
      item: String(at(line, columns.item) ?? ""),
      dimension: String(at(line, columns.dimension) ?? ""),
      typed: Object.fromEntries(TYPED.map((f) => [f, at(line, columns[f])])) as Record<
        TypedField,
        SheetValue
      >,
    }))
    .filter((row) => row.key !== "" || TYPED.some((f) => !isEmpty(row.typed[f])) || row.item !== "");
  return { headerRow: existing.row + r, rows, rowCount: body.length };
}
