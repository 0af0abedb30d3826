/**
 * Writes the sample survey the README walks through (assets/sample/cx-gap-sample-survey.xlsx) and the same
 * cells as JSON for the browser end-to-end test (test/e2e/sample-survey.json).
 *
 * The survey is a SERVQUAL questionnaire on a 1–7 scale: 60 respondents from three stores, the 22 standard
 * expectation/perception pairs, a stated importance for each item, overall satisfaction, and a few blank
 * answers. Headers mix English and Chinese the way real exports do ("E5 Keeps promises 按时兑现承诺",
 * "期望12 乐于帮助 Willing to help", "Importance_3", "重要性15"): expectation and perception headers carry the
 * statement's short name in both languages, importance headers only the code.
 * The stores differ so that a summary has something to say: Beijing falls clearly short on tangibles
 * (modern equipment, appealing facilities…) and the online channel on responsiveness.
 * The answers come from a seeded generator, so rerunning the script gives the same workbook.
 * Columns added later come after the existing ones, each from its own seeded generator, so that no earlier
 * cell changes: a 0–10 likelihood to recommend (the NPS question), following overall satisfaction.
 *
 * Kano question pairs for six features follow at the end (appendKanoPairs), from a generator of their own so
 * that the columns before them keep every cell: header styles "K1 功能"/"K1 反向", "F_…"/"D_…",
 * "(if present)"/"(if absent)" and 正向/反向, answers as 5-point numbers or as the answer texts in Chinese
 * or English. Three features are also gap items (Keeps promises and Error-free records must-be, Prompt
 * service one-dimensional, all three below expectation) so that the action plan puts unmet basic
 * expectations first; Birthday surprise and Personal shopper are attractive (delight candidates).
 *
 * Columns added later go after the last one, so that no earlier cell moves: a wave column (appendWaveColumn).
 *
 * A second, smaller workbook (assets/sample/cx-gap-sample-journey.xlsx, test/e2e/sample-journey-survey.json)
 * holds a retail journey survey: touchpoints before, during and after the purchase (售前/售中/售后) surveyed
 * in two quarters, with the survey date as an Excel date (makeJourneySurvey).
 *
 * Run: node -r ts-node/register/transpile-only scripts/make-sample-workbook.ts
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SERVQUAL_ITEM_NAMES } from "../src/core/domainNames";

export type SampleCell = string | number | null;

export interface SampleSurvey {
  sheetName: string;
  headers: string[];
  rows: SampleCell[][];
}

const RESPONDENTS = 60;
const ITEMS = 22;
const STORES = ["上海 Shanghai", "北京 Beijing", "Online 线上"];
/** SERVQUAL dimension of items 1…22 (Parasuraman, Zeithaml & Berry 1988). */
const DIMENSION_OF_ITEM = [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4];
/** how well each dimension is delivered (mean perception) and how much it is expected */
const PERCEPTION_LEVEL = [5.9, 4.7, 4.9, 5.6, 5.1];
const EXPECTATION_LEVEL = [5.4, 6.4, 6.1, 6.0, 5.6];
const IMPORTANCE_LEVEL = [4.2, 6.5, 5.9, 5.5, 5.0];
/** how far each store's perception lies from the average, per dimension (store order of STORES) */
const STORE_SHIFT: ReadonlyArray<readonly number[]> = [
  [0.2, 0.1, 0.3, 0.1, 0.1],
  [-1.4, 0, 0.2, 0, -0.1],
  [0.3, -0.2, -1.3, -0.2, -0.3],
];
/** respondent row (0-based) and the code of the column (its header's first word) of the answers left blank */
const BLANKS: ReadonlyArray<[number, string]> = [
  [3, "P7"],
  [11, "期望14"],
  [17, "E2"],
  [17, "P2"],
  [25, "感知20"],
  [31, "Importance_9"],
  [36, "重要性18"],
];

/** mulberry32: a small seeded generator, enough for a reproducible sample. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "Keeps promises 按时兑现承诺" for items with an English code, "乐于帮助 Willing to help" for Chinese codes. */
function wording(item: number): string {
  const en = SERVQUAL_ITEM_NAMES.en[item - 1] ?? "";
  const zh = SERVQUAL_ITEM_NAMES["zh-CN"][item - 1] ?? "";
  return item <= 11 ? `${en} ${zh}` : `${zh} ${en}`;
}

function sampleHeaders(): string[] {
  const headers = ["Respondent ID", "门店 Store"];
  for (let i = 1; i <= ITEMS; i++) headers.push(`${i <= 11 ? `E${i}` : `期望${i}`} ${wording(i)}`);
  for (let i = 1; i <= ITEMS; i++) headers.push(`${i <= 11 ? `P${i}` : `感知${i}`} ${wording(i)}`);
  for (let i = 1; i <= ITEMS; i++) headers.push(i <= 11 ? `Importance_${i}` : `重要性${i}`);
  headers.push("Overall satisfaction 总体满意度");
  return headers;
}

/** The sample survey's cells: header row separate, blanks as null. */
export function makeSampleSurvey(): SampleSurvey {
  return withRecommendColumn(makeServqualSurvey());
}

/** The first columns: respondent, store, 22 expectation/perception pairs, importance, overall satisfaction. */
function makeServqualSurvey(): SampleSurvey {
  const random = seededRandom(20240611);
  const noise = (spread: number): number => (random() + random() + random() - 1.5) * spread;
  const onScale = (value: number): number => Math.min(7, Math.max(1, Math.round(value)));
  const headers = sampleHeaders();
  const rows: SampleCell[][] = [];
  for (let r = 0; r < RESPONDENTS; r++) {
    const store = STORES[r % STORES.length] ?? "";
    const storeShift = STORE_SHIFT[r % STORES.length] ?? [];
    const mood = noise(1);
    const expectations: number[] = [];
    const perceptions: number[] = [];
    const importances: number[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const d = DIMENSION_OF_ITEM[i] ?? 0;
      expectations.push(onScale((EXPECTATION_LEVEL[d] ?? 5) + noise(1.4)));
      perceptions.push(onScale((PERCEPTION_LEVEL[d] ?? 5) + (storeShift[d] ?? 0) + mood + noise(1.6)));
      importances.push(onScale((IMPORTANCE_LEVEL[d] ?? 5) + noise(1.4)));
    }
    const overall = onScale(perceptions.reduce((a, b) => a + b, 0) / ITEMS + noise(0.8));
    rows.push([1001 + r, store, ...expectations, ...perceptions, ...importances, overall]);
  }
  for (const [row, code] of BLANKS) {
    const column = headers.findIndex((header) => header.split(" ")[0] === code);
    const cells = rows[row];
    if (column < 0 || !cells) throw new Error(`sample blank ${code} is not a column`);
    cells[column] = null;
  }
  appendKanoPairs(headers, rows);
  return { sheetName: "Survey 问卷", headers, rows };
}

type KanoShares = Readonly<Partial<Record<"M" | "O" | "A" | "I" | "R" | "Q", number>>>;

/** The sample's Kano features: their two headers, how answers are given, and each category's share. */
const KANO_FEATURES: ReadonlyArray<{
  functional: string;
  dysfunctional: string;
  answers: "numbers" | "zh" | "en";
  shares: KanoShares;
}> = [
  {
    functional: "K1 功能 Keeps promises 按时兑现承诺",
    dysfunctional: "K1 反向 Keeps promises 按时兑现承诺",
    answers: "numbers",
    shares: { M: 0.5, O: 0.25, A: 0.05, I: 0.15, R: 0.03, Q: 0.02 },
  },
  {
    functional: "K2 功能 Prompt service 服务迅速",
    dysfunctional: "K2 反向 Prompt service 服务迅速",
    answers: "numbers",
    shares: { M: 0.25, O: 0.45, A: 0.15, I: 0.15 },
  },
  {
    functional: "F_Error-free records 记录准确无误",
    dysfunctional: "D_Error-free records 记录准确无误",
    answers: "numbers",
    shares: { M: 0.45, O: 0.2, A: 0.1, I: 0.25 },
  },
  {
    functional: "Birthday surprise 生日惊喜 (if present)",
    dysfunctional: "Birthday surprise 生日惊喜 (if absent)",
    answers: "numbers",
    shares: { M: 0.05, O: 0.1, A: 0.55, I: 0.25, R: 0.05 },
  },
  {
    functional: "正向 免费无线网络 Free Wi-Fi",
    dysfunctional: "反向 免费无线网络 Free Wi-Fi",
    answers: "zh",
    shares: { M: 0.1, O: 0.1, A: 0.25, I: 0.5, R: 0.05 },
  },
  {
    functional: "K6 功能 Personal shopper 私人导购",
    dysfunctional: "K6 反向 Personal shopper 私人导购",
    answers: "en",
    shares: { O: 0.1, A: 0.4, I: 0.35, R: 0.1, Q: 0.05 },
  },
];
const KANO_TEXTS: Readonly<Record<"zh" | "en", readonly string[]>> = {
  zh: ["喜欢", "理所当然", "无所谓", "能忍受", "不喜欢"],
  en: ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"],
};
/** respondent row (0-based) and feature (0-based) whose dysfunctional answer is left blank */
const KANO_BLANKS: ReadonlyArray<[number, number]> = [
  [7, 0],
  [42, 4],
];

/**
 * Appends the Kano question pairs as new columns after every other column, so that no earlier cell
 * changes. Each respondent's pair is drawn for a category by its share, then as answers that the Berger et
 * al. (1993) table reads as that category (M: "in between" if present, dislike if absent; O: like, dislike;
 * A: like, in between; I: in between twice; R: the reverse of M, O or A; Q: like twice or dislike twice).
 */
function appendKanoPairs(headers: string[], rows: SampleCell[][]): void {
  const random = seededRandom(19840406);
  const between = (): number => 2 + Math.floor(random() * 3);
  const pairOf = (category: keyof KanoShares): [number, number] => {
    switch (category) {
      case "M":
        return [between(), 5];
      case "O":
        return [1, 5];
      case "A":
        return [1, between()];
      case "I":
        return [between(), between()];
      case "R":
        return random() < 0.5 ? [5, between()] : [between(), 1];
      case "Q":
        return random() < 0.5 ? [1, 1] : [5, 5];
    }
  };
  for (const feature of KANO_FEATURES) headers.push(feature.functional, feature.dysfunctional);
  rows.forEach((row, r) => {
    KANO_FEATURES.forEach((feature, f) => {
      let draw = random();
      const entries = Object.entries(feature.shares) as Array<[keyof KanoShares, number]>;
      const category = entries.find(([, share]) => (draw -= share) < 0)?.[0] ?? entries[0]![0];
      const [functional, dysfunctional] = pairOf(category);
      const cell = (code: number): SampleCell =>
        feature.answers === "numbers" ? code : (KANO_TEXTS[feature.answers][code - 1] ?? null);
      const blank = KANO_BLANKS.some(([row, index]) => row === r && index === f);
      row.push(cell(functional), blank ? null : cell(dysfunctional));
    });
  });
}

/** Header of the recommend column: the NPS question in both languages. */
export const RECOMMEND_HEADER = "Likelihood to recommend 推荐意愿 (0-10)";

/**
 * Appends the 0–10 recommend question as the last column, from its own seeded generator: each answer follows
 * the respondent's overall satisfaction (1–7 stretched to 0–10) with noise, so that NPS and CSAT tell the
 * same story with different numbers, as they do in real surveys. Existing cells are left as they are.
 */
function withRecommendColumn(survey: SampleSurvey): SampleSurvey {
  const random = seededRandom(20261201);
  const noise = (spread: number): number => (random() + random() + random() - 1.5) * spread;
  const overallColumn = survey.headers.findIndex((header) => header.startsWith("Overall satisfaction"));
  if (overallColumn < 0) throw new Error("sample has no overall-satisfaction column");
  const rows = survey.rows.map((row) => {
    const overall = row[overallColumn];
    const stretched = typeof overall === "number" ? ((overall - 1) / 6) * 10 : 7;
    const answer = Math.min(10, Math.max(0, Math.round(stretched + 0.8 + noise(3))));
    return [...row, answer];
  });
  return { ...survey, headers: [...survey.headers, RECOMMEND_HEADER], rows };
}

/** The two survey rounds of the sample: respondents 1001–1030 answered in the first quarter, the rest in the second. */
const SAMPLE_WAVES = ["2026Q1", "2026Q2"];

/**
 * Appends the wave column "Wave 波次" after the last column, leaving every other cell as it was: the first
 * half of the respondents (in row order, as their IDs run) answered in 2026Q1, the second half in 2026Q2.
 */
export function appendWaveColumn(survey: SampleSurvey): SampleSurvey {
  const half = Math.ceil(survey.rows.length / 2);
  return {
    ...survey,
    headers: [...survey.headers, "Wave 波次"],
    rows: survey.rows.map((row, r) => [...row, SAMPLE_WAVES[r < half ? 0 : 1] ?? ""]),
  };
}

/** One touchpoint of the journey sample: its stage, its wording in both languages, how it is delivered. */
interface Touchpoint {
  stage: "售前" | "售中" | "售后";
  /** whether the header tags the stage in English ("Pre-sale: product advice 产品咨询") or Chinese */
  tag: "en" | "zh";
  en: string;
  zh: string;
  expectation: number;
  /** mean experience in the first and the second quarter */
  perception: [number, number];
}

/** English stage tags as survey exports write them. */
const ENGLISH_STAGE = { 售前: "Pre-sale", 售中: "In-store", 售后: "After-sales" } as const;

/**
 * The journey sample's touchpoints, three per stage. After-sales falls short in the first quarter (slow
 * delivery, hard returns) and recovers in the second; checkout gets slower in the second quarter.
 */
const TOUCHPOINTS: readonly Touchpoint[] = [
  {
    stage: "售前",
    tag: "zh",
    en: "Website information",
    zh: "官网信息",
    expectation: 5.6,
    perception: [5.5, 5.6],
  },
  {
    stage: "售前",
    tag: "en",
    en: "product advice",
    zh: "产品咨询",
    expectation: 5.8,
    perception: [5.2, 5.3],
  },
  {
    stage: "售前",
    tag: "zh",
    en: "Store easy to find",
    zh: "门店好找",
    expectation: 5.2,
    perception: [5.6, 5.6],
  },
  {
    stage: "售中",
    tag: "zh",
    en: "Checkout speed",
    zh: "结账速度",
    expectation: 6.0,
    perception: [5.6, 4.8],
  },
  {
    stage: "售中",
    tag: "en",
    en: "staff courtesy",
    zh: "店员礼貌",
    expectation: 6.1,
    perception: [5.9, 6.0],
  },
  {
    stage: "售中",
    tag: "zh",
    en: "Payment options",
    zh: "支付方式",
    expectation: 5.5,
    perception: [5.9, 5.9],
  },
  {
    stage: "售后",
    tag: "zh",
    en: "Delivery on time",
    zh: "按时送达",
    expectation: 6.2,
    perception: [4.4, 5.5],
  },
  { stage: "售后", tag: "en", en: "easy returns", zh: "退换方便", expectation: 5.9, perception: [4.6, 5.2] },
  {
    stage: "售后",
    tag: "zh",
    en: "Complaint follow-up",
    zh: "投诉回访",
    expectation: 5.7,
    perception: [4.3, 4.6],
  },
];

const JOURNEY_RESPONDENTS = 80;
/** 2026-01-05 and 2026-04-06 in Excel's 1900 date system: each quarter's survey runs over ten weeks. */
const QUARTER_STARTS = [46027, 46118];

/**
 * A retail journey survey on a 1–7 scale: 80 respondents over two quarters, nine touchpoints (expectation
 * and experience, headers "E1 售前·官网信息 Website information" / "P2 Pre-sale: product advice 产品咨询"), the
 * survey date as an Excel
 * date serial, overall satisfaction.
 */
export function makeJourneySurvey(): SampleSurvey {
  const random = seededRandom(20260401);
  const noise = (spread: number): number => (random() + random() + random() - 1.5) * spread;
  const onScale = (value: number): number => Math.min(7, Math.max(1, Math.round(value)));
  // "E1 售前·官网信息 Website information", "E2 Pre-sale: product advice 产品咨询"
  const header = (code: string, i: number): string => {
    const t = TOUCHPOINTS[i]!;
    const wording =
      t.tag === "zh" ? `${t.stage}·${t.zh} ${t.en}` : `${ENGLISH_STAGE[t.stage]}: ${t.en} ${t.zh}`;
    return `${code}${i + 1} ${wording}`;
  };
  const headers = [
    "编号 ID",
    "Survey date 调查日期",
    ...TOUCHPOINTS.map((_, i) => header("E", i)),
    ...TOUCHPOINTS.map((_, i) => header("P", i)),
    "Overall satisfaction 总体满意度",
  ];
  const rows: SampleCell[][] = [];
  for (let r = 0; r < JOURNEY_RESPONDENTS; r++) {
    const quarter = r < JOURNEY_RESPONDENTS / 2 ? 0 : 1;
    const date = (QUARTER_STARTS[quarter] ?? 0) + Math.floor(random() * 70);
    const mood = noise(0.8);
    const expectations = TOUCHPOINTS.map((t) => onScale(t.expectation + noise(1.2)));
    const perceptions = TOUCHPOINTS.map((t) => onScale(t.perception[quarter] + mood + noise(1.5)));
    const overall = onScale(perceptions.reduce((a, b) => a + b, 0) / TOUCHPOINTS.length + noise(0.8));
    rows.push([3001 + r, date, ...expectations, ...perceptions, overall]);
  }
  rows.sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[0]) - Number(b[0]));
  return { sheetName: "Journey 旅程", headers, rows };
}

async function writeJourneyWorkbook(survey: SampleSurvey, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CX Gap";
  workbook.created = new Date(Date.UTC(2026, 5, 30));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(survey.sheetName, {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1 }],
  });
  sheet.addRow(survey.headers).font = { bold: true };
  for (const row of survey.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  // the serials show as dates, as a survey export's date column does
  sheet.getColumn(2).numFmt = "yyyy-mm-dd";
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 20;
  sheet.getColumn(survey.headers.length).width = 28;
  await workbook.xlsx.writeFile(file);
}

async function writeWorkbook(survey: SampleSurvey, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CX Gap";
  workbook.created = new Date(Date.UTC(2024, 5, 11));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(survey.sheetName, {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1 }],
  });
  sheet.addRow(survey.headers).font = { bold: true };
  for (const row of survey.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 16;
  const overallColumn = survey.headers.findIndex((header) => header.startsWith("Overall satisfaction"));
  sheet.getColumn(overallColumn + 1).width = 28;
  sheet.getColumn(survey.headers.indexOf(RECOMMEND_HEADER) + 1).width = 30;
  await workbook.xlsx.writeFile(file);
}

/** one line per row, so that a diff shows which answers changed */
function surveyJson(survey: SampleSurvey): string {
  const rows = survey.rows.map((row) => `  ${JSON.stringify(row)}`).join(",\n");
  return `{\n "sheetName": ${JSON.stringify(survey.sheetName)},\n "headers": ${JSON.stringify(survey.headers)},\n "rows": [\n${rows}\n ]\n}\n`;
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const survey = appendWaveColumn(makeSampleSurvey());
  const workbookFile = path.join(root, "assets", "sample", "cx-gap-sample-survey.xlsx");
  const jsonFile = path.join(root, "test", "e2e", "sample-survey.json");
  fs.mkdirSync(path.dirname(workbookFile), { recursive: true });
  await writeWorkbook(survey, workbookFile);
  fs.writeFileSync(jsonFile, surveyJson(survey));
  console.log(`wrote ${path.relative(root, workbookFile)} and ${path.relative(root, jsonFile)}`);
  const journey = makeJourneySurvey();
  const journeyWorkbook = path.join(root, "assets", "sample", "cx-gap-sample-journey.xlsx");
  const journeyJson = path.join(root, "test", "e2e", "sample-journey-survey.json");
  await writeJourneyWorkbook(journey, journeyWorkbook);
  fs.writeFileSync(journeyJson, surveyJson(journey));
  console.log(`wrote ${path.relative(root, journeyWorkbook)} and ${path.relative(root, journeyJson)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
