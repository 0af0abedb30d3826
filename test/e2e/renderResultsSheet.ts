/**
 * Shows the results sheet as a reader of the workbook would see it, without Excel: runs the real gateway
 * (read, analyse with the default settings, plan, write) against the recording fake of Excel seeded with the
 * sample survey, then renders what was written on the results sheet as an HTML grid (displayed values after
 * their number formats, table extents, bold and filled headers, highlighted negatives, live formulas evaluated
 * by the CX functions and marked ƒ) with each chart drawn as a box over the cells it covers and described in
 * words below (type, title, source, series and their ranges, axis titles, data labels). Anything written off the
 * results sheet is listed in red. One HTML file and one PNG per output mode and language go to
 * test-results/results-sheet/.
 *
 *   npm run render:results-sheet
 *
 * A development aid, not a test: it asserts nothing. The browser is found as for the browser test (launchBrowser.js).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { OutputMode } from "../../src/survey";
import { buildWritePlan, createExcelGateway, resultLabels } from "../../src/excel";
import { boxToAddress, parseBox, type FakeSheet } from "../doubles/fakeWorkbook";
import { installFakeOffice, type FakeWorkbookState } from "../doubles/installFakeOffice";
import { evaluateCxFormula } from "../excel/evaluateCxFormula";
import sample from "./sample-survey.json";

const { launchBrowser } = require("./launchBrowser") as {
  launchBrowser(launcher: typeof chromium): Promise<{ browser: Browser; description: string }>;
};

const OUT = path.resolve(__dirname, "..", "..", "test-results", "results-sheet");
/** Excel's default row height in pixels at 100% zoom (columns: 48 pt = 64 px unless the add-in set a width) */
const ROW_HEIGHT = 20;

interface Styled {
  bold: boolean;
  fontSize?: number;
  fill?: string;
  table?: string;
  negativeRule: boolean;
  formula?: string;
}

/** Writes the results sheet on a fresh fake and renders it (while the fake is installed: formulas follow its language) */
async function renderResultsSheet(output: OutputMode, language: string): Promise<string> {
  const rows = [sample.headers, ...sample.rows.map((row) => row.map((cell) => cell ?? ""))];
  const office = installFakeOffice(globalThis, {
    sheets: [{ name: sample.sheetName, rows }],
    selection: `'${sample.sheetName}'!A1:${boxToAddress({ row: 0, column: sample.headers.length - 1, rowCount: 1, columnCount: 1 }).replace(/\d+$/, "")}${rows.length}`,
    displayLanguage: language,
  });
  try {
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const settings = { ...defaultSettings(survey, detectColumnRoles(survey)), output };
    const plan = buildWritePlan(analyzeSurvey(survey, settings), settings, resultLabels(language), survey);
    await gateway.writeResults(plan, { replaceExisting: true });
    return render(office.state, `${output}, ${language}`);
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

function render(state: FakeWorkbookState, caption: string): string {
  const sheet = state
    .liveSheets()
    .find((s) => s.customProperties["cxgap.results"] !== undefined || /CX Gap/.test(s.name)) as FakeSheet;
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
  for (const write of state.writes.filter((w) => w.sheet === sheet.name)) {
    if (write.kind === "format") {
      const data = write.data as { bold?: boolean; fill?: string; fontSize?: number; columnWidth?: number };
      if (data.columnWidth !== undefined) widths[parseBox(write.address).column] = data.columnWidth;
      each(write.address, (r, c) => {
        if (data.bold !== undefined) style(r, c).bold = data.bold;
        if (data.fontSize !== undefined) style(r, c).fontSize = data.fontSize;
        if (data.fill !== undefined) style(r, c).fill = data.fill;
      });
    }
    if (write.kind === "conditionalFormat") each(write.address, (r, c) => (style(r, c).negativeRule = true));
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
  for (let r = 0; r < rowCount; r++) {
    grid += `<tr><th>${r + 1}</th>`;
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
      const fill =
        s?.fill && !negative
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
      return `<div class="chart" style="left:${left(b.column)}px;top:${21 + b.row * (ROW_HEIGHT + 1)}px;width:${width}px;height:${b.rowCount * (ROW_HEIGHT + 1)}px">${escapeHtml(chart.type)}: ${escapeHtml(chart.title ?? "(no title)")}</div>`;
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
  const offSheet = state.writes.filter((w) => w.kind !== "setting" && w.sheet !== sheet.name);
  const elsewhere = offSheet.length
    ? `<p class="negative">Written outside the results sheet: ${offSheet.map((w) => `${w.kind} ${w.sheet}!${w.address}`).join(", ")}</p>`
    : "<p>Nothing written outside the results sheet (apart from workbook settings).</p>";
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
.grid td.number{text-align:right}
.grid td.table{border-color:#8EA9DB}
.bold{font-weight:bold}
.negative{background:#FFC7CE;color:#9C0006}
.rule{box-shadow:inset 0 -2px 0 #f4b183}
.formula sup{color:#2e7d32}
.chart{position:absolute;border:2px solid #2e7d32;background:rgba(200,230,200,.75);font-weight:bold;padding:4px;box-sizing:border-box}
.desc{margin:6px 0}
</style><h3>${escapeHtml(caption)} — sheet “${escapeHtml(sheet.name)}”</h3><div class="sheet">${grid}${overlays}</div>
<h4>Charts</h4>${chartText}<h4>Live formulas</h4><ul>${formulas.join("") || "<li>none</li>"}</ul>${elsewhere}`;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const { browser } = await launchBrowser(chromium);
  try {
    for (const output of ["values", "formulas"] as const) {
      for (const language of ["en-US", "zh-CN"]) {
        const name = `${output}-${language}`;
        const html = path.join(OUT, `${name}.html`);
        fs.writeFileSync(html, await renderResultsSheet(output, language));
        const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } });
        await page.goto(`file://${html}`);
        await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
        await page.close();
        console.log(path.join(OUT, `${name}.png`));
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
