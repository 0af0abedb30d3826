/**
 * The Kano checks of the browser end-to-end test (run.js): the review step's kinds of expectation and the Kano
 * block on the results sheet, over the sample survey, against the figures of test/fixtures/kano_reference.py
 * (Python 3 and NumPy, its own Berger table, tie rule and Fong test), stored in test/e2e/sample-kano-reference.json.
 */
const reference = require("./sample-kano-reference.json");

const TEXT = {
  "en-US": {
    heading: "Kano: which kind of expectation each feature is",
    table: "Kinds of expectation (Kano)",
    kinds: { M: "Basic expectation", O: "Expected expectation", A: "Excitement expectation" },
    categories: {
      M: "Must-be",
      O: "One-dimensional",
      A: "Attractive",
      I: "Indifferent",
      R: "Reverse",
      Q: "Questionable",
    },
    yes: "Yes",
    no: "No",
    features: [
      "Keeps promises",
      "Prompt service",
      "Error-free records",
      "Birthday surprise",
      "Free Wi-Fi",
      "Personal shopper",
    ],
  },
  "zh-CN": {
    heading: "Kano 分析：各功能属于哪种期望",
    table: "期望类型（Kano）",
    kinds: { M: "基本期望", O: "期望期望", A: "兴奋期望" },
    categories: { M: "必备型", O: "期望型", A: "魅力型", I: "无差异型", R: "反向型", Q: "可疑" },
    yes: "是",
    no: "否",
    features: ["按时兑现承诺", "服务迅速", "记录准确无误", "生日惊喜", "免费无线网络", "私人导购"],
  },
};

/** Each feature's row in the review step: its name, kind (or Kano category), strength in whole percent, clear or not. */
async function checkKanoReview(page, tag, language, check) {
  const text = TEXT[language];
  const table = page.getByRole("table", { name: text.table });
  await table.scrollIntoViewIfNeeded();
  const rows = await table.getByRole("row").allTextContents();
  reference.features.forEach((expected, i) => {
    const row = rows[i + 1] ?? "";
    const kind = text.kinds[expected.category] ?? text.categories[expected.category];
    const strength = `${(expected.categoryStrength * 100).toFixed(0)}%`;
    const clear = expected.significant ? text.yes : text.no;
    check(
      `${tag}: review shows ${text.features[i]} as ${kind}, strength ${strength}, clear ${clear} (kano_reference.py)`,
      row.startsWith(text.features[i]) && row.includes(kind) && row.includes(strength) && row.endsWith(clear),
      row,
    );
  });
}

/** The Kano table on the results sheet, cell by cell, and its Better–Worse chart among the charts requested. */
function checkKanoBlock(tag, language, workbook, check) {
  const text = TEXT[language];
  const cells = workbook.cells;
  const at = (row, column) => cells[`${row},${column}`];
  let heading = -1;
  for (const key of Object.keys(cells)) {
    const [row, column] = key.split(",").map(Number);
    if (column === 0 && cells[key] === text.heading) heading = row;
  }
  check(`${tag}: the Kano block is on the results sheet`, heading >= 0);
  if (heading < 0) return;
  const close = (a, b) => typeof a === "number" && Math.abs(a - b) < 1e-12;
  reference.features.forEach((expected, i) => {
    const row = heading + 2 + i;
    const counts = ["M", "O", "A", "I", "R", "Q"].map((k, c) => at(row, 4 + c) === expected.counts[k]);
    const numbers = [
      close(at(row, 10), expected.categoryStrength),
      close(at(row, 11), expected.totalStrength),
      close(at(row, 12), expected.better),
      close(at(row, 13), expected.worse),
      close(at(row, 14), Math.abs(expected.worse)),
    ];
    check(
      `${tag}: Kano row of ${text.features[i]} equals kano_reference.py (kind, category, n, counts, strengths, Better, Worse, |Worse|, Fong)`,
      at(row, 0) === text.features[i] &&
        (at(row, 1) ?? "") === (text.kinds[expected.category] ?? "") &&
        at(row, 2) === text.categories[expected.category] &&
        at(row, 3) === expected.n &&
        counts.every(Boolean) &&
        numbers.every(Boolean) &&
        at(row, 15) === (expected.significant ? text.yes : text.no),
      JSON.stringify(Array.from({ length: 17 }, (_, c) => at(row, c))),
    );
  });
  const scatters = workbook.charts.filter((chart) => chart.type === "XYScatter");
  const kano = scatters.find((chart) => chart.labels[0] === reference.features.length);
  check(
    `${tag}: a Better–Worse scatter with every feature labelled and the four quadrants named`,
    kano !== undefined && kano.series.length === 4 && kano.labels[3] === 4,
    JSON.stringify(scatters),
  );
}

module.exports = { checkKanoReview, checkKanoBlock };
