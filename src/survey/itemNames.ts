import { SERVQUAL_ITEM_NAMES, type NameLanguage } from "../core";
import { readHeader } from "./headerPatterns";
import { pairItems } from "./pairItems";
import type { ColumnAssignment } from "./types";

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const LATIN_THEN_CHINESE = new RegExp(`^([^${CJK}]*[A-Za-z][^${CJK}]*?)\\s*[/|｜]?\\s*([${CJK}][^A-Za-z]*)$`);
const CHINESE_THEN_LATIN = new RegExp(`^([${CJK}][^A-Za-z]*?)\\s*[/|｜]?\\s*([A-Za-z].*)$`);

/**
 * The part of a bilingual header's wording in the reader's language: "Keeps promises 按时兑现承诺" reads
 * "Keeps promises" in English and "按时兑现承诺" in Chinese; wording in one language is kept whole.
 *
 * @example
 * wordingIn("Keeps promises 按时兑现承诺", "zh-CN") // => "按时兑现承诺"
 * wordingIn("Prompt service", "zh-CN") // => "Prompt service"
 */
export function wordingIn(wording: string, language: NameLanguage): string {
  const text = wording.trim();
  const latinFirst = LATIN_THEN_CHINESE.exec(text);
  if (latinFirst) return (language === "zh-CN" ? latinFirst[2] : latinFirst[1])?.trim() ?? text;
  const chineseFirst = CHINESE_THEN_LATIN.exec(text);
  if (chineseFirst) return (language === "zh-CN" ? chineseFirst[1] : chineseFirst[2])?.trim() ?? text;
  return text;
}

/**
 * The name each paired item starts with, item key → name:
 * - the statement its headers carry ("P5 Keeps promises"; perception header first, then expectation, then
 *   importance), in the reader's language when the wording is bilingual;
 * - for a worded key ("Exp_Speed of service"), the key as the header spells it ("Speed of service");
 * - for the bare codes 1…22 of the standard SERVQUAL questionnaire, the short name of the statement
 *   (SERVQUAL_ITEM_NAMES), when all 22 items are there.
 * Other numbered items get no name (they read "Item 7"). The manager can rename any item in the pane.
 *
 * @example
 * suggestItemNames([{ column: 0, header: "E1", role: "expectation", item: "1" },
 *                   { column: 1, header: "P1 Modern kit", role: "perception", item: "1" }], "en")
 * // => { "1": "Modern kit" }
 */
export function suggestItemNames(
  roles: readonly ColumnAssignment[],
  language: NameLanguage,
): Record<string, string> {
  const { pairs } = pairItems(roles);
  const headerOf = new Map(roles.map((role) => [role.column, role.header]));
  const keys = new Set(pairs.map((pair) => pair.item));
  const standard = Array.from({ length: 22 }, (_, i) => String(i + 1)).every((key) => keys.has(key));
  const names: Record<string, string> = {};
  for (const pair of pairs) {
    const columns = [pair.perceptionColumn, pair.expectationColumn, pair.importanceColumn];
    const wording = firstWording(columns, headerOf, (header) => readHeader(header).wording);
    if (wording !== undefined) names[pair.item] = wordingIn(wording, language);
    else if (!/^\d+$/.test(pair.item))
      names[pair.item] = keySpelling(pair.item, headerOf.get(pair.perceptionColumn));
    else if (standard && Number(pair.item) <= 22)
      names[pair.item] = SERVQUAL_ITEM_NAMES[language][Number(pair.item) - 1] ?? pair.item;
  }
  return names;
}

/**
 * The first wording the headers of `columns` carry, in that order, as `read` finds it in a header ("Modern
 * kit" in "P1 Modern kit"); undefined when none carries one.
 *
 * @example
 * firstWording([4, 3], new Map([[3, "E1 Modern kit"], [4, "P1"]]), (header) => readHeader(header).wording)
 * // => "Modern kit"
 */
export function firstWording(
  columns: ReadonlyArray<number | undefined>,
  headerOf: ReadonlyMap<number, string>,
  read: (header: string) => string | undefined,
): string | undefined {
  return columns
    .map((column) => (column === undefined ? undefined : read(headerOf.get(column) ?? "")))
    .find((text) => text !== undefined && text !== "");
}

/** "speed of service" as the header writes it ("Speed of service" from "Perc_Speed of service"). */
function keySpelling(key: string, header: string | undefined): string {
  const words = key.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(words.join("[\\s_\\-.:：,，()/\\\\|#]+"), "i");
  return pattern.exec((header ?? "").normalize("NFKC"))?.[0] ?? key;
}
