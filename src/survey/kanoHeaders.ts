import { normalizeHeader } from "./headerPatterns";

/** Which of a Kano feature's two questions a column holds. */
export type KanoSide = "functional" | "dysfunctional";

/** What a header says when it is one of a Kano feature's two questions. */
export interface KanoHeaderReading {
  side: KanoSide;
  /** the key the feature's two headers share ("1" of "K1 功能", "speed" of "F_speed") */
  feature: string;
  /** the feature as the header words it ("Free Wi-Fi 免费无线网络"), when it does */
  wording?: string;
}

/*
 * The words that mark a Kano question's side, dysfunctional first: "dysfunctional" contains "functional",
 * 功能缺失 contains 功能 and "if not present" contains "present". Each is a whole word (or a Chinese word,
 * which needs no spaces). The patterns, with the README's table:
 *   functional:    functional, func, positive, "if present / provided / available / offered", 功能, 正向,
 *                  具备, 提供时, 有该功能, 如果有
 *   dysfunctional: dysfunctional, dysfunc, negative, "if absent / missing / not present / not provided /
 *                  not available / not offered", 反向, 负向, 功能缺失, 不具备, 不提供时, 没有该功能, 如果没有
 *   a letter code: F/D before or after the key, with a separator or a number (F_speed, D_speed, F1, speed-D),
 *                  or in brackets (Fast checkout (F))
 */
const DYSFUNCTIONAL_WORDS =
  /(?:^|[^a-z])(dysfunctional|dysfunc|negative|if\s+(?:it\s+is\s+|they\s+are\s+)?(?:absent|missing|not\s+(?:present|provided|available|offered)))(?![a-z])|(功能缺失|不具备|不提供时?|没有该功能|如果没有|反向问题|反向|负向)/;
const FUNCTIONAL_WORDS =
  /(?:^|[^a-z])(functional|func|positive|if\s+(?:it\s+is\s+|they\s+are\s+)?(?:present|provided|available|offered))(?![a-z])|(功能性问题|功能性|正向问题|正向|功能|具备|提供时|有该功能|如果有)/;
/** F_speed, D-1, F1 (letter code first), speed_F (last) */
const LETTER_FIRST = /^([fd])(?:\s*[-_.:]\s*|(?=\d))(.+)$/;
const LETTER_LAST = /^(.+?)[\s_\-.]+([fd])$/;
/** Fast checkout (F), (D) Fast checkout */
const LETTER_BRACKETED = /^(.*?)\s*\(\s*([fd])\s*\)\s*(.*)$/;
/** a Kano questionnaire's own numbering that opens a header: K1, Kano 3, Q02, 1. */
const FEATURE_CODE = /^(?:kano|k|q)?\s*[-_.]?\s*0*(\d+)(?![\d])[\s:：.\-_)）]*(.*)$/;

/**
 * Reads a header as one of a Kano feature's two questions, or undefined when it is not one. The feature key
 * is the header's number when it opens with one (K1, Q3, 1), otherwise its remaining words ("speed");
 * the wording is what the header says about the feature apart from the side and the code.
 *
 * @example
 * readKanoHeader("K1 功能 Free Wi-Fi 免费无线网络") // => { side: "functional", feature: "1", wording: "Free Wi-Fi 免费无线网络" }
 * readKanoHeader("D_speed") // => { side: "dysfunctional", feature: "speed", wording: "speed" }
 * readKanoHeader("Birthday gift (if absent)") // => { side: "dysfunctional", feature: "birthday gift", wording: "Birthday gift" }
 */
export function readKanoHeader(header: string): KanoHeaderReading | undefined {
  const original = header.normalize("NFKC").trim();
  const text = normalizeHeader(header);
  if (text === "") return undefined;
  for (const [side, words] of [
    ["dysfunctional", DYSFUNCTIONAL_WORDS],
    ["functional", FUNCTIONAL_WORDS],
  ] as const) {
    const match = words.exec(text);
    if (!match) continue;
    const marker = match[1] ?? match[2] ?? "";
    const start = match.index + match[0].length - marker.length;
    // lower-casing keeps the length of these characters, so the same span cuts the original
    return featureOf(side, original.slice(0, start) + " " + original.slice(start + marker.length));
  }
  const bracketed = LETTER_BRACKETED.exec(text);
  if (bracketed) {
    const side = bracketed[2] === "f" ? "functional" : "dysfunctional";
    const before = (bracketed[1] ?? "").length;
    return featureOf(
      side,
      original.slice(0, before) + " " + original.slice(text.length - (bracketed[3] ?? "").length),
    );
  }
  const first = LETTER_FIRST.exec(text);
  if (first)
    return featureOf(
      first[1] === "f" ? "functional" : "dysfunctional",
      original.slice(text.length - (first[2] ?? "").length),
    );
  const last = LETTER_LAST.exec(text);
  if (last)
    return featureOf(
      last[2] === "f" ? "functional" : "dysfunctional",
      original.slice(0, (last[1] ?? "").length),
    );
  return undefined;
}

/** The feature key and wording of what is left of a header once its side marker is cut out. */
function featureOf(side: KanoSide, rest: string): KanoHeaderReading | undefined {
  const tidy = (text: string): string =>
    text
      .replace(/[()（）[\]【】:：,，|｜/\\#]+/g, " ")
      .replace(/^[\s_\-.]+|[\s_\-.]+$/g, "")
      .replace(/\s+/g, " ");
  const rested = tidy(rest);
  if (rested === "") return undefined;
  const coded = FEATURE_CODE.exec(rested.toLowerCase());
  if (coded) {
    const wording = tidy(rested.slice(rested.length - (coded[2] ?? "").length));
    return wording === "" ? { side, feature: coded[1] ?? "" } : { side, feature: coded[1] ?? "", wording };
  }
  const feature = rested.toLowerCase().replace(/[\s_\-.]+/g, " ");
  return { side, feature, wording: rested.replace(/_/g, " ") };
}
