/**
 * Shows the add-in's sheets (summary, action plan, details) as a reader of the workbook would see them, without
 * Excel: runs the real gateway
 * (read, analyse with the default settings, plan, write) against the recording fake of Excel seeded with the
 * sample survey, then renders what was written on the results sheet as an HTML grid (displayed values after
 * their number formats, table extents, bold and filled headers, highlighted negatives, live formulas evaluated
 * by the CX functions and marked ƒ) with each chart drawn as a box over the cells it covers and described in
 * words below (type, title, source, series and their ranges, axis titles, data labels); bar and scatter charts
 * are also drawn in SVG from the cells they plot (hidden helper rows included, as the chart plots them), with
 * their axis bounds, order and point labels. Hidden rows are left out of the grid, wrapped headers wrap, colour
 * scales are coloured. Anything written off the add-in's sheets is listed in red. One HTML file and one PNG
 * per sheet, output mode and language go to test-results/results-sheet/.
 *
 *   npm run render:results-sheet
 *
 * A development aid, not a test: it asserts nothing. The browser is found as for the browser test (launchBrowser.js).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { OutputMode } from "../../src/survey";
import { buildWritePlan, createExcelGateway, resultLabels } from "../../src/excel";
import { boxToAddress, parseBox, type ChartRecord, type FakeSheet } from "../doubles/fakeWorkbook";
import { installFakeOffice, type FakeWorkbookState } from "../doubles/installFakeOffice";
import { evaluateCxFormula } from "../excel/evaluateCxFormula";
import servqualSample from "./sample-survey.json";
import journeySample from "./sample-journey-survey.json";

/** The samples drawn: the SERVQUAL survey (with its two waves) and the journey survey (files named journey-…). */
const SAMPLES = [
  { prefix: "", sample: servqualSample },
  { prefix: "journey-", sample: journeySample },
] as const;

const { launchBrowser } = require("./launchBrowser") as {
  launchBrowser(launcher: typeof chromium): Promise<{ browser: Browser; description: string }>;
};

const OUT = path.resolve(__dirname, "..", "..", "test-results", "results-sheet");
/** Excel's default row height in pixels at 100% zoom (columns: 48 pt = 64 px unless the add-in set a width) */
const ROW_HEIGHT = 20;
/** a wrapped header row after autofit: three lines */
const WRAPPED_HEIGHT = 44;

interface Styled {
  bold: boolean;
  fontSize?: number;
  fill?: string;
  table?: string;
  negativeRule: boolean;
  formula?: string;
}

/** Writes the sheets on a fresh fake and renders each (while the fake is installed: formulas follow its language) */
async function renderResultsSheets(
  sample: { sheetName: string; headers: string[]; rows: Array<Array<string | number | null>> },
  output: OutputMode,
  language: string,
): Promise<Array<[string, string]>> {
  const rows = [sample.headers, ...sample.rows.map((row) => row.map((cell) => cell ?? ""))];
  const office = installFakeOffice(globalThis, {
    sheets: [{ name: sample.sheetName, rows }],
    selection: `'${sample.sheetName}'!A1:${boxToAddress({ row: 0, column: sample.headers.length - 1, rowCount: 1, columnCount: 1 }).replace(/\d+$/, "")}${rows.length}`,
    displayLanguage: language,
  });
  try {
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    // item names in the reader's language, as the pane suggests them
    const settings = {
      ...defaultSettings(survey, detectColumnRoles(survey), resultLabels(language).language),
      output,
    };
    const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels(language), survey);
    const report = await gateway.writeResults(plan, { replaceExisting: true });
    const sheets: Array<[string, string | undefined]> = [
      ["summary", report.summarySheetName],
      ["action-plan", report.actionPlanSheetName],
      ["details", report.sheetName],
    ];
    const own = sheets.flatMap(([, name]) => (name === undefined ? [] : [name]));
    return sheets.flatMap(([kind, name]) =>
      name === undefined
        ? []
        : [[kind, render(office.state, name, own, `${output}, ${language}`)] as [string, string]],
    );
  } finally {
    office.uninstall();
  }
}

/** Excel's display of a number under the formats the plan uses */
function display(value: unknown, format: string | undefined): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  // a conditional first section, as in [<0.0001]"<0.0001";0.0000
  const conditional = /^\[<([\d.]+)\]"([^"]*)";(.*)$/.exec(format ?? "");
  if (conditional) return value < Number(conditional[1]) ? conditional[2]! : display(value, conditional[3]);
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(format ?? "");
  if (!fixed) return String(Number(value.toPrecision(10))); // General
  const decimals = fixed[1]?.length ?? 0;
  return fixed[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function render(state: FakeWorkbookState, sheetName: string, own: string[], caption: string): string {
  const sheet = state.sheet(sheetName) as FakeSheet;
  const values = new Map<string, unknown>(sheet.written);
  const styles = new Map<string, Styled>();
  const style = (r: number, c: number): Styled => {
    const key = `${r},${c}`;
    let s = styles.get(key);
    if (!s) styles.set(key, (s = { bold: false, negativeRule: false }));
    return s;
  };
  const each = (address: string, f: (r: number, c: number) => void): void => {
    const b = parseBox(address);
    for (let r = b.row; r < b.row + b.rowCount; r++)
      for (let c = b.column; c < b.column + b.columnCount; c++) f(r, c);
  };
  // live formulas: evaluate them and spill their results, as Excel would
  for (const [key, formula] of sheet.formulas) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const result = evaluateCxFormula(formula, state, sheet.name);
    result.forEach((line, dr) => line.forEach((v, dc) => values.set(`${r + dr},${c + dc}`, v)));
    style(r, c).formula = formula;
  }
  for (const table of state.tables.filter((t) => t.sheet === sheet)) {
    const b = parseBox(table.address);
    each(table.address, (r, c) => {
      style(r, c).table = table.name;
      if (r === b.row) {
        style(r, c).bold = true;
        style(r, c).fill = "#4472C4";
      }
    });
  }
  /** column widths in points (Excel's default 48 pt = 64 px) */
  const widths: number[] = [];
  const hidden = new Set<number>();
  const wrapped = new Set<number>();
  const colorScales: string[] = [];
  for (const write of state.writes.filter((w) => w.sheet === sheet.name)) {
    if (write.kind === "format" && write.address !== "") {
      const data = write.data as {
        bold?: boolean;
        fill?: string;
        fontSize?: number;
        columnWidth?: number;
        rowHidden?: boolean;
        wrapText?: boolean;
      };
      if (data.columnWidth !== undefined) widths[parseBox(write.address).column] = data.columnWidth;
      if (data.rowHidden) each(write.address, (r) => hidden.add(r));
      if (data.wrapText) each(write.address, (r) => wrapped.add(r));
      each(write.address, (r, c) => {
        if (data.bold !== undefined) style(r, c).bold = data.bold;
        if (data.fontSize !== undefined) style(r, c).fontSize = data.fontSize;
        if (data.fill !== undefined) style(r, c).fill = data.fill;
      });
    }
    if (write.kind === "conditionalFormat") {
      if ((write.data as { type?: string }).type === "ColorScale") colorScales.push(write.address);
      else each(write.address, (r, c) => (style(r, c).negativeRule = true));
    }
  }
  const charts = state.charts.filter((chart) => chart.sheet === sheet.name);
  const chartBoxes = charts.map((chart) =>
    parseBox(`${chart.position?.[0]}:${chart.position?.[1] ?? chart.position?.[0]}`),
  );
  const keys = [...values.keys(), ...styles.keys()].map((k) => k.split(",").map(Number) as [number, number]);
  const rowCount = Math.max(...keys.map(([r]) => r + 1), ...chartBoxes.map((b) => b.row + b.rowCount)) + 1;
  const columnCount =
    Math.max(...keys.map(([, c]) => c + 1), ...chartBoxes.map((b) => b.column + b.columnCount)) + 1;

  const letters = (c: number): string =>
    boxToAddress({ row: 0, column: c, rowCount: 1, columnCount: 1 }).replace(/\d+$/, "");
  const px = (c: number): number => Math.round(((widths[c] ?? 48) * 4) / 3);
  /** left edge of column c in the grid: the row-number column is 40 px, each cell has a 1 px border */
  const left = (c: number): number =>
    41 + Array.from({ length: c }, (_, i) => px(i) + 1).reduce((a, b) => a + b, 0);
  const isEmpty = (r: number, c: number): boolean => display(values.get(`${r},${c}`), undefined) === "";
  let grid = `<table class="grid"><colgroup><col style="width:40px">${Array.from({ length: columnCount }, (_, c) => `<col style="width:${px(c)}px">`).join("")}</colgroup><tr><th></th>${Array.from({ length: columnCount }, (_, c) => `<th>${letters(c)}</th>`).join("")}</tr>`;
  // a red–white–green scale centred on 0, as the planned ColorScale criteria
  const scaleFill = new Map<string, string>();
  for (const address of colorScales) {
    const numbers: number[] = [];
    each(address, (r, c) => {
      const v = values.get(`${r},${c}`);
      if (typeof v === "number") numbers.push(v);
    });
    const low = Math.min(...numbers, 0);
    const high = Math.max(...numbers, 0);
    const mix = (a: number[], t: number): string =>
      `rgb(${a.map((x) => Math.round(255 + (x - 255) * t)).join(",")})`;
    each(address, (r, c) => {
      const v = values.get(`${r},${c}`);
      if (typeof v !== "number") return;
      scaleFill.set(
        `${r},${c}`,
        v < 0 ? mix([248, 105, 107], v / (low || -1)) : mix([99, 190, 123], v / (high || 1)),
      );
    });
  }
  /** top edge of row r in the grid: the header row is 21 px, hidden rows take no space */
  const rowTop = (r: number): number => {
    let top = 21;
    for (let i = 0; i < r; i++) if (!hidden.has(i)) top += (wrapped.has(i) ? WRAPPED_HEIGHT : ROW_HEIGHT) + 1;
    return top;
  };
  for (let r = 0; r < rowCount; r++) {
    if (hidden.has(r)) continue;
    grid += `<tr data-row="${r}"${wrapped.has(r) ? ' class="wrapped"' : ""}><th>${r + 1}</th>`;
    for (let c = 0; c < columnCount; c++) {
      const s = styles.get(`${r},${c}`);
      const v = values.get(`${r},${c}`);
      const text = display(v, sheet.formats.get(`${r},${c}`));
      const negative = s?.negativeRule && typeof v === "number" && v < 0;
      const classes = [
        s?.table ? "table" : "",
        s?.bold ? "bold" : "",
        negative ? "negative" : "",
        typeof v === "number" ? "number" : "",
        s?.formula ? "formula" : "",
        s?.negativeRule ? "rule" : "",
      ].join(" ");
      const scaled = scaleFill.get(`${r},${c}`);
      const fill = scaled
        ? ` style="background:${scaled}"`
        : s?.fill && !negative
          ? ` style="background:${s.fill};${s.fill === "#4472C4" ? "color:#fff" : ""}"`
          : "";
      // as in Excel: text runs on into an empty cell to its right, otherwise it is cut off
      const overflow = typeof v === "string" && isEmpty(r, c + 1) ? "visible" : "hidden";
      const size = s?.fontSize ? `;font-size:${(s.fontSize * 4) / 3}px` : "";
      const title = s?.formula ? ` title="${escapeHtml(s.formula)}"` : "";
      const content = `${s?.formula ? "<sup>ƒ</sup>" : ""}${escapeHtml(text)}`;
      grid += `<td class="${classes}"${fill}${title}><div style="width:${px(c)}px;overflow:${overflow}${size}">${content}</div></td>`;
    }
    grid += "</tr>";
  }
  grid += "</table>";

  const overlays = charts
    .map((chart, i) => {
      const b = chartBoxes[i]!;
      const width = left(b.column + b.columnCount) - left(b.column);
      const height = rowTop(b.row + b.rowCount) - rowTop(b.row);
      return `<div class="chart" data-from="${b.row}" data-to="${b.row + b.rowCount}" style="left:${left(b.column)}px;top:${rowTop(b.row)}px;width:${width}px;height:${height}px">${drawChart(chart, values, width, height)}</div>`;
    })
    .join("");

  const chartText = charts
    .map((chart) => {
      const series = chart.series
        .map((s, i) => {
          const labels = Object.values(s.pointLabels);
          return `<li>series ${i + 1} “${escapeHtml(s.name ?? "(unnamed)")}”: x ${s.xValues ?? "(from source)"}, y ${s.values ?? "(from source)"}${s.chartType ? `, ${s.chartType}` : ""}${s.markerStyle ? `, markers ${s.markerStyle}` : ""}${s.hasDataLabels ? `, data labels: ${escapeHtml(labels.join(" · "))}` : ""}</li>`;
        })
        .join("");
      return `<div class="desc"><b>${escapeHtml(chart.type)}</b> “${escapeHtml(chart.title ?? "")}” from ${chart.source} (series by ${chart.seriesBy}), placed ${chart.position?.join(":")}; axis titles: category/x “${escapeHtml(chart.axisTitles.category ?? "")}”, value/y “${escapeHtml(chart.axisTitles.value ?? "")}”<ul>${series}</ul></div>`;
    })
    .join("");
  const offSheet = state.writes.filter((w) => w.kind !== "setting" && !own.includes(w.sheet));
  const elsewhere = offSheet.length
    ? `<p class="negative">Written outside the add-in's sheets: ${offSheet.map((w) => `${w.kind} ${w.sheet}!${w.address}`).join(", ")}</p>`
    : "<p>Nothing written outside the add-in's sheets (apart from workbook settings).</p>";
  const formulas = [...sheet.formulas].map(([key, f]) => {
    const [r, c] = key.split(",").map(Number) as [number, number];
    return `<li>${boxToAddress({ row: r, column: c, rowCount: 1, columnCount: 1 })}: <code>${escapeHtml(f)}</code></li>`;
  });

  return `<!doctype html><meta charset="utf-8"><style>
body{font:12px Calibri,"Microsoft YaHei",sans-serif;margin:8px}
.sheet{position:relative;display:inline-block}
.grid{border-collapse:collapse;table-layout:fixed}
.grid th{background:#eee;font-weight:normal;color:#666;height:${ROW_HEIGHT}px;border:1px solid #ccc}
.grid th:first-child{width:40px}
.grid td{height:${ROW_HEIGHT}px;border:1px solid #e3e3e3;white-space:nowrap;padding:0}
.grid td div{box-sizing:border-box;padding:0 2px}
.grid tr.wrapped td{height:${WRAPPED_HEIGHT}px;white-space:normal;vertical-align:bottom}
.grid tr.wrapped td div{max-height:${WRAPPED_HEIGHT}px}
.grid tr.wrapped td div{overflow:hidden!important;line-height:1.1}
.grid td.number{text-align:right}
.grid td.table{border-color:#8EA9DB}
.bold{font-weight:bold}
.negative{background:#FFC7CE;color:#9C0006}
.rule{box-shadow:inset 0 -2px 0 #f4b183}
.formula sup{color:#2e7d32}
.chart{position:absolute;border:1px solid #999;background:#fff;box-sizing:border-box}
.desc{margin:6px 0}
</style><h3>${escapeHtml(caption)} — sheet “${escapeHtml(sheet.name)}”</h3><div class="sheet">${grid}${overlays}</div>
<h4>Charts</h4>${chartText}<h4>Live formulas</h4><ul>${formulas.join("") || "<li>none</li>"}</ul>${elsewhere}
<script>
// each chart over the rows it covers as the browser laid them out (a font may make a row taller than 20 px)
for (const chart of document.querySelectorAll(".chart")) {
  const rowAt = (r) => { for (let i = r; i < r + 200; i++) { const tr = document.querySelector('tr[data-row="' + i + '"]'); if (tr) return tr; } return null; };
  const from = rowAt(Number(chart.dataset.from));
  const to = rowAt(Number(chart.dataset.to));
  if (from) chart.style.top = from.offsetTop + "px";
}
</script>`;
}

/** the numbers (or texts) of an A1 range of the sheet, top to bottom, left to right */
function rangeValues(values: Map<string, unknown>, address: string): unknown[] {
  const b = parseBox(address);
  const out: unknown[] = [];
  for (let r = b.row; r < b.row + b.rowCount; r++)
    for (let c = b.column; c < b.column + b.columnCount; c++) out.push(values.get(`${r},${c}`));
  return out;
}

/**
 * An SVG drawing of a planned chart from the cells it plots: horizontal bars (categories from the source's
 * first column or the series' x values, in reversed order when the category axis is reversed, value labels when
 * the series has data labels) or a scatter (axis bounds as set, crosshair lines, point labels on their sides).
 */
function drawChart(chart: ChartRecord, values: Map<string, unknown>, width: number, height: number): string {
  const title = `<text x="${width / 2}" y="16" text-anchor="middle" font-weight="bold" font-size="13">${escapeHtml(chart.title ?? "")}</text>`;
  const source = parseBox(chart.source);
  const column = (c: number): string =>
    boxToAddress({ row: source.row + 1, column: c, rowCount: source.rowCount - 1, columnCount: 1 });
  const svg = (body: string): string =>
    `<svg width="${width - 2}" height="${height - 2}" font-family="Calibri,Microsoft YaHei,sans-serif" font-size="11">${title}${body}</svg>`;
  const axisTitle = (text: string | undefined, x: number, y: number, rotate = false): string =>
    text
      ? `<text x="${x}" y="${y}" text-anchor="middle" fill="#555"${rotate ? ` transform="rotate(-90 ${x} ${y})"` : ""}>${escapeHtml(text)}</text>`
      : "";
  if (chart.type === "BarClustered") {
    const first = chart.series[0];
    const categories = rangeValues(values, first?.xValues ?? column(source.column)).map(String);
    const series = chart.series.map((s, i) =>
      rangeValues(
        values,
        s.values ??
          column(source.column + (chart.series.length === 1 && source.columnCount === 1 ? 0 : i + 1)),
      ).map(Number),
    );
    const all = series.flat().filter(Number.isFinite);
    const low = Math.min(0, ...all);
    const high = Math.max(0, ...all);
    const left = 130;
    const right = width - 40;
    const top = 30;
    const bottom = height - 40;
    const x = (v: number): number => left + ((v - low) / (high - low || 1)) * (right - left);
    const band = (bottom - top) / Math.max(1, categories.length);
    const reversed = chart.axes?.category?.reversed ?? false;
    const colors = ["#4472C4", "#ED7D31", "#A5A5A5"];
    let body = `<line x1="${x(0)}" y1="${top}" x2="${x(0)}" y2="${bottom}" stroke="#888"/>`;
    categories.forEach((category, i) => {
      const slot = reversed ? i : categories.length - 1 - i;
      const y0 = top + slot * band;
      body += `<text x="${left - 6}" y="${y0 + band / 2 + 4}" text-anchor="end">${escapeHtml(category)}</text>`;
      series.forEach((values, k) => {
        const v = values[i] ?? 0;
        const h = (band * 0.7) / series.length;
        const y = y0 + band * 0.15 + k * h;
        body += `<rect x="${Math.min(x(0), x(v))}" y="${y}" width="${Math.abs(x(v) - x(0))}" height="${h}" fill="${colors[k % 3]}"/>`;
        if (chart.series[k]?.hasDataLabels)
          body += `<text x="${v < 0 ? x(v) - 3 : x(v) + 3}" y="${y + h / 2 + 4}" text-anchor="${v < 0 ? "end" : "start"}">${v.toFixed(Math.abs(v) >= 10 ? 1 : 2)}</text>`;
      });
    });
    const legend = chart.series
      .map(
        (s, k) =>
          `<rect x="${left + k * 110}" y="${height - 14}" width="10" height="10" fill="${colors[k % 3]}"/><text x="${left + 14 + k * 110}" y="${height - 5}">${escapeHtml(s.name ?? "")}</text>`,
      )
      .join("");
    return svg(body + legend + axisTitle(chart.axisTitles.value, (left + right) / 2, height - 22));
  }
  if (chart.type === "XYScatter") {
    const left = 50;
    const right = width - 20;
    const top = 30;
    const bottom = height - 40;
    const xs = rangeValues(values, chart.series[0]?.xValues ?? column(source.column)).map(Number);
    const ys = rangeValues(values, chart.series[0]?.values ?? column(source.column + 1)).map(Number);
    const [x0, x1] = [
      chart.axes?.category?.minimum ?? Math.min(...xs),
      chart.axes?.category?.maximum ?? Math.max(...xs),
    ];
    const [y0, y1] = [
      chart.axes?.value?.minimum ?? Math.min(...ys),
      chart.axes?.value?.maximum ?? Math.max(...ys),
    ];
    const px = (v: number): number => left + ((v - x0) / (x1 - x0 || 1)) * (right - left);
    const py = (v: number): number => bottom - ((v - y0) / (y1 - y0 || 1)) * (bottom - top);
    let body = `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="#ccc"/>`;
    body += `<text x="${left}" y="${bottom + 14}">${x0}</text><text x="${right}" y="${bottom + 14}" text-anchor="end">${x1}</text>`;
    body += `<text x="${left - 4}" y="${bottom}" text-anchor="end">${y0}</text><text x="${left - 4}" y="${top + 8}" text-anchor="end">${y1}</text>`;
    for (const s of chart.series.slice(1)) {
      const sx = rangeValues(values, s.xValues ?? "A1").map(Number);
      const sy = rangeValues(values, s.values ?? "A1").map(Number);
      if (s.chartType === "XYScatterLinesNoMarkers")
        body += `<line x1="${px(sx[0]!)}" y1="${py(sy[0]!)}" x2="${px(sx[1]!)}" y2="${py(sy[1]!)}" stroke="#999" stroke-dasharray="4 3"/>`;
      else
        sx.forEach((vx, i) => {
          body += `<text x="${px(vx)}" y="${py(sy[i]!)}" text-anchor="middle" fill="#aaa" font-style="italic">${escapeHtml(s.pointLabels[i] ?? "")}</text>`;
        });
    }
    const first = chart.series[0];
    xs.forEach((vx, i) => {
      const cx = px(vx);
      const cy = py(ys[i]!);
      body += `<circle cx="${cx}" cy="${cy}" r="3.5" fill="#4472C4"/>`;
      const label =
        first?.hasDataLabels && !first.pointsWithoutLabel?.includes(i) ? first.pointLabels[i] : undefined;
      if (label) {
        const side = first?.labelPositions?.[i] ?? "Right";
        const [dx, dy, anchor] =
          side === "Left"
            ? [-6, 4, "end"]
            : side === "Top"
              ? [0, -7, "middle"]
              : side === "Bottom"
                ? [0, 15, "middle"]
                : [6, 4, "start"];
        body += `<text x="${cx + dx}" y="${cy + dy}" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
      }
    });
    return svg(
      body +
        axisTitle(chart.axisTitles.category, (left + right) / 2, height - 12) +
        axisTitle(chart.axisTitles.value, 14, (top + bottom) / 2, true),
    );
  }
  if (chart.type === "Line") {
    // one line per series over its categories (the series' x values), a zero line, the legend below
    const left = 50;
    const right = width - 20;
    const top = 30;
    const bottom = height - 60;
    const categories = rangeValues(values, chart.series[0]?.xValues ?? "A1").map(String);
    const series = chart.series.map((s) => rangeValues(values, s.values ?? "A1").map(Number));
    const all = series.flat().filter(Number.isFinite);
    const low = Math.min(0, ...all);
    const high = Math.max(0, ...all);
    const px = (i: number): number => left + ((i + 0.5) / Math.max(1, categories.length)) * (right - left);
    const py = (v: number): number => bottom - ((v - low) / (high - low || 1)) * (bottom - top);
    const colors = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
    let body = `<line x1="${left}" y1="${py(0)}" x2="${right}" y2="${py(0)}" stroke="#888"/>`;
    body += `<text x="${left - 4}" y="${py(high) + 4}" text-anchor="end">${high.toFixed(2)}</text><text x="${left - 4}" y="${py(low) + 4}" text-anchor="end">${low.toFixed(2)}</text>`;
    categories.forEach((category, i) => {
      body += `<text x="${px(i)}" y="${bottom + 14}" text-anchor="middle">${escapeHtml(category)}</text>`;
    });
    series.forEach((points, k) => {
      const path = points.map((v, i) => `${i === 0 ? "M" : "L"}${px(i)},${py(v)}`).join(" ");
      body += `<path d="${path}" fill="none" stroke="${colors[k % colors.length]}" stroke-width="2"/>`;
      points.forEach((v, i) => {
        body += `<circle cx="${px(i)}" cy="${py(v)}" r="3" fill="${colors[k % colors.length]}"/>`;
      });
    });
    const legend = chart.series
      .map(
        (s, k) =>
          `<rect x="${left + (k % 3) * 150}" y="${height - 30 + Math.floor(k / 3) * 14}" width="10" height="10" fill="${colors[k % colors.length]}"/><text x="${left + 14 + (k % 3) * 150}" y="${height - 21 + Math.floor(k / 3) * 14}">${escapeHtml(s.name ?? "")}</text>`,
      )
      .join("");
    return svg(body + legend + axisTitle(chart.axisTitles.value, 14, (top + bottom) / 2, true));
  }
  return svg(
    `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#888">${escapeHtml(chart.type)} (described below)</text>`,
  );
}

/**
 * The Kano block alone (its table, legend and Better–Worse chart), as the README shows it: from the row of its
 * heading to the bottom of the last chart below it.
 */
async function clipKanoBlock(page: Page, language: string, name: string): Promise<void> {
  const heading = resultLabels(language).kano;
  const clip = await page.evaluate((text) => {
    const row = [...document.querySelectorAll("tr")].find(
      (tr) => tr.querySelector("td")?.textContent === text,
    );
    if (!row) return undefined;
    const top = row.getBoundingClientRect().top + window.scrollY;
    const from = Number(row.getAttribute("data-row"));
    const below = [...document.querySelectorAll<HTMLElement>(".chart")].filter(
      (chart) => Number(chart.dataset.from) > from,
    );
    const bottom = Math.max(
      top + 200,
      ...below.map((c) => c.getBoundingClientRect().bottom + window.scrollY),
    );
    return { x: 0, y: top - 4, width: 1380, height: bottom - top + 8 };
  }, heading);
  if (clip) await page.screenshot({ path: path.join(OUT, `${name}-kano.png`), clip, fullPage: true });
}

/** The NPS/CSAT, derived-importance and reliability blocks alone, as the README shows them. */
async function clipMeasuresBlocks(page: Page, language: string, name: string): Promise<void> {
  const labels = resultLabels(language);
  const clip = await page.evaluate(
    ([first, next]) => {
      const rows = [...document.querySelectorAll("tr")];
      const startsWith = (text: string) => (tr: Element) =>
        (tr.querySelector("td")?.textContent ?? "").startsWith(text);
      const start = rows.find(startsWith(first));
      if (!start) return undefined;
      const top = start.getBoundingClientRect().top + window.scrollY;
      const end = rows.find(startsWith(next));
      const bottom = end ? end.getBoundingClientRect().top + window.scrollY : document.body.scrollHeight;
      return { x: 0, y: top - 4, width: 1380, height: bottom - top };
    },
    [labels.headline, labels.waves] as const,
  );
  if (clip) await page.screenshot({ path: path.join(OUT, `${name}-measures.png`), clip, fullPage: true });
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const { browser } = await launchBrowser(chromium);
  try {
    for (const { prefix, sample } of SAMPLES) {
      for (const output of ["values", "formulas"] as const) {
        for (const language of ["en-US", "zh-CN"]) {
          for (const [kind, content] of await renderResultsSheets(sample, output, language)) {
            const name = `${prefix}${kind}-${output}-${language}`;
            const html = path.join(OUT, `${name}.html`);
            fs.writeFileSync(html, content);
            const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } });
            await page.goto(`file://${html}`);
            await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
            // the grid alone, as the README shows it
            await page.locator(".sheet").screenshot({ path: path.join(OUT, `${name}-grid.png`) });
            // the change-over-time block alone (a sample with a wave column), as the README shows it
            const waves = page.locator(".sheet td", { hasText: /^(Change over time|随时间的变化)/ }).first();
            const sheetBox = await page.locator(".sheet").boundingBox();
            const wavesBox = (await waves.count()) > 0 ? await waves.boundingBox() : null;
            if (kind === "details" && sheetBox && wavesBox) {
              const top = wavesBox.y - 4;
              await page.screenshot({
                path: path.join(OUT, `${name}-waves.png`),
                fullPage: true,
                clip: {
                  x: sheetBox.x,
                  y: top,
                  width: Math.min(sheetBox.width, 1500),
                  height: sheetBox.y + sheetBox.height - top,
                },
              });
            }
            if (kind === "details" && output === "values" && prefix === "")
              await clipKanoBlock(page, language, name);
            if (kind === "details" && output === "values" && prefix === "")
              await clipMeasuresBlocks(page, language, name);
            await page.close();
            console.log(path.join(OUT, `${name}.png`));
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
