import type { ColumnRole } from "./types";

/**
 * What a header alone says about its column: a role and, for item columns, the item key that pairs an
 * expectation with its perception and importance ("E1" and "P1" share "1"; "Exp_Speed" and "Speed (P)" share
 * "speed"; "期望1" and "体验1" share "1").
 */
export interface HeaderReading {
  role: ColumnRole | undefined;
  item?: string;
  /** the statement a numbered item's header carries after its code ("Keeps promises" of "P5 Keeps promises") */
  wording?: string;
}

/** Role words, longest first within a role so that "expectation" wins over "exp". */
const ITEM_ROLE_WORDS: ReadonlyArray<{ role: "expectation" | "perception" | "importance"; words: RegExp }> = [
  { role: "importance", words: /importance|重要性|重要程度|重要度|\bimp(?![a-z])/ },
  // "experience" must be tested before the "exp" abbreviation of expectation
  {
    role: "perception",
    words:
      /perceptions?|perceived|experiences?|performance|\bperc(?![a-z])|\bperf(?![a-z])|感知|体验|实际|感受/,
  },
  { role: "expectation", words: /expectations?|expected|\bexp(?![a-z])|期望|期待|预期/ },
];

/** a single letter code before or after the key: E1, P_3, Q1 (E), Speed-P, I2 */
const LETTER_CODE = /^([epi])\s*[-_.]?\s*(\d+)$|^(.+?)[\s_\-.]+([epi])$/;
const LETTER_ROLE: Readonly<Record<string, "expectation" | "perception" | "importance">> = {
  e: "expectation",
  p: "perception",
  i: "importance",
};

/**
 * The Net Promoter question, "how likely are you to recommend us (0–10)": NPS, recommend, likelihood to
 * recommend, 推荐, 推荐意愿, 推荐可能性, 净推荐值, 推薦 (traditional). Read before the item role words, so
 * that "Recommend after this experience" is the recommend question and not a perception.
 */
const RECOMMEND_WORDS = /(^|[^a-z])nps([^a-z]|$)|recommend|推荐|推薦|净推荐|淨推薦/;

/**
 * A wave column: the survey round, quarter or date each respondent answered in. Whole words only where the
 * word could sit inside another ("date" in "update"); 期 only on its own or as 期数/期次/调查期, since 期 also
 * opens 期望 (expectation).
 */
const WAVE_WORDS =
  /^(wave|waves|round|period|quarter|phase|date|survey date|interview date|response date|fieldwork date|survey wave|survey round|year|month|期|第几期)$|\bwave\b|\bsurvey (?:date|round|period)\b|\b(?:interview|response|visit|fieldwork|submission) date\b|\bdate of (?:survey|interview|visit|response)\b|波次|期数|期次|调查期|季度|日期|轮次|批次|调查时间|填写时间|提交时间|月份|年份/;

const OVERALL_WORDS = /overall|satisfaction|满意度|总体满意|整体满意|综合满意/;
const ID_WORDS = /^(respondent|resp|id|case|no|nr|number)$|respondent|编号|序号|受访者|问卷号|样本/;
const SEGMENT_WORDS =
  /store|shop|branch|region|area|city|country|segment|channel|outlet|market|门店|店铺|分店|地区|区域|城市|渠道|网点/;

/**
 * Full-width to half-width, lower case, unify brackets, trim.
 *
 * @example
 * normalizeHeader("  Ｑ１（Ｅ） ") // => "q1(e)"
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[（【［]/g, "(")
    .replace(/[）】］]/g, ")")
    .trim();
}

/** A code and number that open a worded header: "P5", "E_12", "期望12", "Importance_6", "Perception 3". */
const WORDED_CODE =
  /^(e|p|i|expectations?|perceptions?|importance|exp|perc|imp|期望|感知|体验|重要性)\s*[-_.]?\s*0*(\d+)(?![\d])[\s:：.\-_)）]+(.+)$/i;
const CODE_ROLE: ReadonlyArray<[RegExp, "expectation" | "perception" | "importance"]> = [
  [/^(e|exp|expectations?|期望)$/i, "expectation"],
  [/^(p|perc|perceptions?|感知|体验)$/i, "perception"],
  [/^(i|imp|importance|重要性)$/i, "importance"],
];

/**
 * A header that opens with an item code and goes on with the statement's wording: "P5 Keeps promises",
 * "感知5 按时兑现承诺", "Importance_6 Sincere problem solving". Wording that is only a role word ("E1 期望",
 * "P1 Perception") is not a statement, so those headers are left to the other readings.
 */
function readWordedHeader(header: string): HeaderReading | undefined {
  const match = WORDED_CODE.exec(header.normalize("NFKC").trim());
  if (!match) return undefined;
  const wording = (match[3] ?? "").trim();
  if (wording === "" || /^\(?\s*[epi]\s*\)?$/i.test(wording)) return undefined;
  if (ITEM_ROLE_WORDS.some(({ words }) => new RegExp(`^(?:${words.source})$`).test(wording.toLowerCase())))
    return undefined;
  const role = CODE_ROLE.find(([code]) => code.test(match[1] ?? ""))?.[1];
  if (role === undefined || !/[\p{L}]/u.test(wording)) return undefined;
  return { role, item: match[2] ?? "", wording };
}

/**
 * Reads a header; unknown headers get role undefined (values decide later).
 *
 * @example
 * readHeader("E1") // => { role: "expectation", item: "1" }
 * readHeader("Speed - Perception") // => { role: "perception", item: "speed" }
 * readHeader("Overall satisfaction") // => { role: "overall" }
 */
export function readHeader(header: string): HeaderReading {
  const text = normalizeHeader(header);
  if (text === "") return { role: undefined };
  const worded = readWordedHeader(header);
  if (worded) return worded;
  if (RECOMMEND_WORDS.test(text)) return { role: "recommend" };

  const bracketed = /^(.*?)\s*\(\s*([epi])\s*\)\s*(.*)$/.exec(text);
  if (bracketed) {
    const role = LETTER_ROLE[bracketed[2] ?? ""];
    return { role, item: itemKey(`${bracketed[1] ?? ""} ${bracketed[3] ?? ""}`) };
  }
  for (const { role, words } of ITEM_ROLE_WORDS) {
    const spaced = text.replace(/_/g, " ");
    const match = words.exec(spaced);
    if (match) {
      const rest = spaced.slice(0, match.index) + " " + spaced.slice(match.index + match[0].length);
      // "E1 期望", "P1 Perception": the letter code repeats the role word, the number is the item
      const coded = /^([epi])\s*[-_.]?\s*(\d+)$/.exec(rest.trim());
      return { role, item: itemKey(coded ? (coded[2] ?? "") : rest) };
    }
  }
  const letter = LETTER_CODE.exec(text);
  if (letter) {
    if (letter[1] !== undefined) return { role: LETTER_ROLE[letter[1]], item: itemKey(letter[2] ?? "") };
    return { role: LETTER_ROLE[letter[4] ?? ""], item: itemKey(letter[3] ?? "") };
  }
  if (WAVE_WORDS.test(text)) return { role: "wave" };
  if (OVERALL_WORDS.test(text)) return { role: "overall" };
  if (ID_WORDS.test(text)) return { role: "respondentId" };
  if (SEGMENT_WORDS.test(text)) return { role: "segment" };
  return { role: undefined };
}

/**
 * The pairing key left once the role word is removed: separators dropped, "Q01", "item 1", "第1题" → "1".
 * An empty remainder yields "" (a role column with no item, e.g. "Importance" alone).
 *
 * @example
 * [itemKey("q01"), itemKey("item 1"), itemKey("第1题"), itemKey("speed")] // => ["1", "1", "1", "speed"]
 */
export function itemKey(rest: string): string {
  const compact = rest
    .replace(/[\s_\-.:：,，()/\\|#]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  const numbered = /^(?:q|item|question|题|第)?\s*0*(\d+)\s*(?:题)?$/.exec(compact);
  if (numbered) return numbered[1] ?? compact;
  return compact;
}
