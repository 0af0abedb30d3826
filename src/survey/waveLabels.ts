// Over 300 lines on purpose: one reading of a wave column — dates, calendar periods, counted rounds and plain
// labels — whose kinds are tried in turn and ordered together.
import type { Cell, WavePeriod } from "./types";

/*
 * Reading a wave column: which wave each respondent belongs to, and the waves' natural order.
 *
 * Dates arrive from Range.values as serial numbers (the Excel JavaScript API has no date type: a date cell's
 * value is its serial number, as the NOW function returns;
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dates). In the 1900 date
 * system serial 1 is 1 January 1900 and 1900 is counted as a leap year (serial 60 is the 29 February that
 * never was), so from serial 61 (1 March 1900) on a serial is the days since 30 December 1899
 * (https://support.microsoft.com/en-us/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
 * A workbook in the 1904 date system would read four years and a day early; the waves' order is the same.
 */

/** Serial of 1 January 1970 in the 1900 date system: wave numbers are far below, survey dates far above. */
const SERIAL_1970 = 25569;
/** Serial of 31 December 9999, the last date Excel shows. */
const LAST_SERIAL = 2958465;
/** Milliseconds in a day. */
const DAY = 86_400_000;
/** With at most this many distinct survey days, each day is a wave (one date per survey round). */
const FEW_DATES = 4;

/** A day as year, month (1–12) and day of month. */
interface Day {
  year: number;
  month: number;
  day: number;
}

/** What one wave cell says: a day, a calendar period, an ordinal (wave 2, 第2期) or a label to sort as text. */
type WaveReading =
  | { kind: "day"; day: Day }
  | { kind: "period"; start: number; label: string }
  | { kind: "ordinal"; n: number; label: string }
  | { kind: "text"; label: string };

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "12", "十二", "二十三" → 12, 12, 23 (the numbers a survey round is counted with). */
function numberOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const character of text) {
    if (character === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (character === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CHINESE_DIGITS[character] ?? 0;
  }
  return total + digit;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The day of an Excel serial number (its time of day dropped). */
export function dayOfSerial(serial: number): Day {
  const whole = Math.floor(serial);
  // serials before 1 March 1900 count from 31 December 1899 (Excel's 29 February 1900 reads as 28 February)
  const offset = whole >= 61 ? whole : Math.max(1, Math.min(whole, 59)) + 1;
  const date = new Date(Date.UTC(1899, 11, 30) + offset * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function validDay(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? { year, month, day } : undefined;
}

/** Two-digit years are this century's ("26Q1" is 2026's first quarter). */
const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** The start of a calendar period as a sortable day number. */
const startOf = (year: number, month: number): number => Date.UTC(year, month - 1, 1) / DAY;

const pad = (n: number): string => String(n).padStart(2, "0");

/** Reads a wave label written as text. */
function readText(raw: string): WaveReading {
  const label = raw.normalize("NFKC").trim().replace(/\s+/g, " ");
  const text = label.toLowerCase();
  let m: RegExpExecArray | null;
  // 2026-03-15, 2026/3/15, 2026.3.15, 2026年3月15日 (a time after the date is ignored)
  if ((m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t].*)?$/.exec(text))) {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return { kind: "day", day };
  }
  // 2026-03, 2026/3, 2026年3月
  if ((m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { kind: "period", start: startOf(Number(m[1]), Number(m[2])), label };
  }
  // Mar 2026, March-2026
  if ((m = /^([a-z]{3})[a-z]*\.?[\s\-/]*(\d{4})$/.exec(text)) && MONTHS.includes(m[1] ?? "")) {
    return { kind: "period", start: startOf(Number(m[2]), MONTHS.indexOf(m[1] ?? "") + 1), label };
  }
  // 2026Q1, 2026 Q1, 2026-Q1, 26Q1, Q1 2026, Q1-2026, 2026年Q1
  if ((m = /^(\d{4}|\d{2})\s*年?\s*[-_/ ]?\s*q([1-4])$/.exec(text))) {
    return { kind: "period", start: startOf(fullYear(m[1] ?? ""), Number(m[2]) * 3 - 2), label };
  }
  if ((m = /^q([1-4])\s*[-_/ ]?\s*(\d{4}|\d{2})$/.exec(text))) {
    return { kind: "period", start: startOf(fullYear(m[2] ?? ""), Number(m[1]) * 3 - 2), label };
  }
  // 2026年第1季度, 2026年一季度, 2026年第二季
  if ((m = /^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$/.exec(text))) {
    const quarter = numberOf(m[2] ?? "") ?? 1;
    return { kind: "period", start: startOf(Number(m[1]), quarter * 3 - 2), label };
  }
  // 2026H1, 2026 上半年 / 下半年
  if ((m = /^(\d{4})\s*[-_ ]?\s*h([12])$/.exec(text))) {
    return { kind: "period", start: startOf(Number(m[1]), Number(m[2]) === 1 ? 1 : 7), label };
  }
  if ((m = /^(\d{4})\s*年?\s*(上|下)半年$/.exec(text))) {
    return { kind: "period", start: startOf(Number(m[1]), m[2] === "上" ? 1 : 7), label };
  }
  // 2026, 2026年
  if ((m = /^(\d{4})\s*年?$/.exec(text))) return { kind: "period", start: startOf(Number(m[1]), 1), label };
  // Wave 2, W2, Round 3, R3, wave-10, 第2期, 第二期, 2期, 第3轮, 第1波, 第1次, 1
  if (
    (m =
      /^(?:wave|round|period|phase|survey|w|r|第)?\s*[-_#]?\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*(?:期|波|轮|次|阶段)?$/.exec(
        text,
      ))
  ) {
    const n = numberOf(m[1] ?? "");
    if (n !== undefined) return { kind: "ordinal", n, label };
  }
  return { kind: "text", label };
}

/** Whether a wave column's numbers are Excel dates rather than wave numbers (1, 2, 3) or years (2025). */
function numbersAreDates(numbers: readonly number[], headerSaysDate: boolean): boolean {
  if (numbers.length === 0) return false;
  const inRange = numbers.every((n) => n >= 1 && n <= LAST_SERIAL);
  if (!inRange) return false;
  return headerSaysDate || numbers.every((n) => n >= SERIAL_1970);
}

/** Words in a wave column's header that say its numbers are dates. */
const DATE_HEADER = /date|day|日期|时间|时刻|\btime\b/i;

/** A day as the wave label of its period. */
function periodLabel(day: Day, period: WavePeriod): { label: string; start: number } {
  switch (period) {
    case "year":
      return { label: String(day.year), start: startOf(day.year, 1) };
    case "quarter": {
      const quarter = Math.floor((day.month - 1) / 3) + 1;
      return { label: `${day.year}-Q${quarter}`, start: startOf(day.year, quarter * 3 - 2) };
    }
    case "month":
      return { label: `${day.year}-${pad(day.month)}`, start: startOf(day.year, day.month) };
    default:
      return {
        label: `${day.year}-${pad(day.month)}-${pad(day.day)}`,
        start: Date.UTC(day.year, day.month - 1, day.day) / DAY,
      };
  }
}

/**
 * The period that makes waves of a column of dates: with at most four distinct days each day is a wave (one
 * date per survey round); otherwise the calendar quarter, or the month when every date falls in one quarter.
 */
export function wavePeriodFor(days: readonly Day[]): WavePeriod {
  const distinct = new Set(days.map((day) => `${day.year}-${day.month}-${day.day}`));
  if (distinct.size <= FEW_DATES) return "asWritten";
  const quarters = new Set(days.map((day) => periodLabel(day, "quarter").label));
  return quarters.size > 1 ? "quarter" : "month";
}

/** Each respondent's wave and the waves in their natural order. */
export interface WaveAssignment {
  /** one per row: the wave's label, or undefined for a blank or unreadable cell */
  waveOfRow: Array<string | undefined>;
  /** distinct waves, first (oldest) first */
  order: string[];
  period: WavePeriod | "labels";
}

/**
 * Reads a wave column. Dates (Excel serial numbers, or text such as 2026-03-15 and 2026年3月15日) are grouped
 * by `period` (or by the one wavePeriodFor chooses) and ordered in time; labels are ordered as what they
 * say: calendar periods in time ("2025-12" < "2026Q1" < "2026 H2"), counted rounds by their number
 * (第2期 < 第10期, "Wave 2" < "Wave 10", 第二期 < 第三期), anything else as text with its numbers compared as
 * numbers, ties in the order the waves first appear.
 *
 * @example
 * assignWaves(["2026Q2", "2026Q1", "2026Q2"], "Wave").order // => ["2026Q1", "2026Q2"]
 * assignWaves(["第2期", "第1期"], "期").order // => ["第1期", "第2期"]
 * assignWaves([46097, 46188], "Survey date").order // => ["2026-03-15", "2026-06-14"]
 */
export function assignWaves(cells: readonly Cell[], header: string, period?: WavePeriod): WaveAssignment {
  const headerSaysDate = DATE_HEADER.test(header.normalize("NFKC"));
  const numbers = cells.filter((cell): cell is number => typeof cell === "number" && Number.isFinite(cell));
  const serials = numbersAreDates(numbers, headerSaysDate);
  const readings: Array<WaveReading | undefined> = cells.map((cell) => {
    if (typeof cell === "number" && Number.isFinite(cell)) {
      if (serials) return { kind: "day", day: dayOfSerial(cell) };
      return { kind: "ordinal", n: cell, label: String(cell) };
    }
    if (typeof cell !== "string" || cell.trim() === "") return undefined;
    return readText(cell);
  });
  const days = readings.flatMap((reading) => (reading?.kind === "day" ? [reading.day] : []));
  const chosen: WavePeriod | "labels" = days.length > 0 ? (period ?? wavePeriodFor(days)) : "labels";
  const placed = readings.map((reading) => {
    if (reading === undefined) return undefined;
    if (reading.kind === "day") {
      const { label, start } = periodLabel(reading.day, chosen === "labels" ? "asWritten" : chosen);
      return { kind: "period" as const, start, label };
    }
    return reading;
  });
  const waveOfRow = placed.map((reading) => reading?.label);
  const firstOf = new Map<string, NonNullable<(typeof placed)[number]>>();
  for (const reading of placed)
    if (reading && !firstOf.has(reading.label)) firstOf.set(reading.label, reading);
  const waves = [...firstOf.values()];
  const allPeriods = waves.every((w) => w.kind === "period");
  const allOrdinals = waves.every((w) => w.kind === "ordinal");
  const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  const indexOf = new Map(waves.map((w, i) => [w.label, i]));
  const byAppearance = (a: { label: string }, b: { label: string }): number =>
    (indexOf.get(a.label) ?? 0) - (indexOf.get(b.label) ?? 0);
  const sorted = [...waves].sort((a, b) => {
    if (allPeriods && a.kind === "period" && b.kind === "period")
      return a.start - b.start || byAppearance(a, b);
    if (allOrdinals && a.kind === "ordinal" && b.kind === "ordinal") return a.n - b.n || byAppearance(a, b);
    return collator.compare(a.label, b.label) || byAppearance(a, b);
  });
  return { waveOfRow, order: sorted.map((w) => w.label), period: chosen };
}

/** The waves of a column, in their order, with the number of respondents in each. */
export interface WaveCounts {
  order: string[];
  period: WavePeriod | "labels";
  /** respondents per wave (a blank or unreadable cell is in none) */
  counts: Map<string, number>;
}

/**
 * The waves of a column and how many respondents each has, as assignWaves finds them (same labels, order
 * and period), read from the column's distinct cells: a wave column of 200,000 answers holds a handful of
 * distinct ones, and reading each of them once keeps this quick enough for the pane's thread. The distinct
 * cells keep their first appearance, so waves that tie keep theirs too; 1 and "1" are distinct cells, as
 * assignWaves reads them differently.
 *
 * @example
 * countWaves(["2026Q2", "2026Q1", "2026Q2"], "Wave").counts // => Map { "2026Q1" => 1, "2026Q2" => 2 }
 */
export function countWaves(cells: readonly Cell[], header: string, period?: WavePeriod): WaveCounts {
  const cellCounts = new Map<Cell, number>();
  for (const cell of cells) cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
  return wavesOfDistinct(cellCounts, header, period);
}

/**
 * countWaves of one column of survey rows, read in place (no copy of the column: the pane calls this while it
 * renders, on surveys of 200,000 rows).
 *
 * @example
 * countWavesInColumn([[1, "2026Q2"], [2, "2026Q1"]], 1, "Wave").order // => ["2026Q1", "2026Q2"]
 */
export function countWavesInColumn(
  rows: readonly (readonly Cell[])[],
  column: number,
  header: string,
  period?: WavePeriod,
): WaveCounts {
  const cellCounts = new Map<Cell, number>();
  for (const row of rows) {
    const cell = row[column] ?? null;
    cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
  }
  return wavesOfDistinct(cellCounts, header, period);
}

function wavesOfDistinct(
  cellCounts: ReadonlyMap<Cell, number>,
  header: string,
  period?: WavePeriod,
): WaveCounts {
  const distinct = [...cellCounts.keys()];
  const { waveOfRow, order, period: chosen } = assignWaves(distinct, header, period);
  const counts = new Map<string, number>(order.map((wave) => [wave, 0]));
  distinct.forEach((cell, i) => {
    const wave = waveOfRow[i];
    if (wave !== undefined) counts.set(wave, (counts.get(wave) ?? 0) + cellCounts.get(cell)!);
  });
  return { order, period: chosen, counts };
}
