/**
 * The browser test's checks of change over time and the customer journey (run by run.js).
 *
 * Expected numbers: test/fixtures/sample_waves_reference.py — NumPy means of each respondent's paired gaps
 * (SERVQUAL averaging) per wave, and SciPy 1.17 scipy.stats.ttest_ind(last, previous, equal_var=False) on
 * those respondent gaps for the change; the journey sample's touchpoint gaps are NumPy means of P − E.
 */
/* global window -- code passed to page.evaluate runs in the browser */

/** The SERVQUAL sample by its wave column: [2026Q1 gap, 2026Q2 gap, change, Welch t, df, p] per dimension. */
const SERVQUAL_WAVES = {
  tangibles: [
    -0.030555555555555565, 0.15833333333333333, 0.18888888888888888, 0.756732321089911, 57.00408809450985,
    0.4523266322457944,
  ],
  reliability: [
    -1.8050000000000002, -1.8133333333333332, -0.008333333333333082, -0.037902010439471064, 56.19708367469607,
    0.9699001331770671,
  ],
  responsiveness: [
    -1.7916666666666667, -1.4833333333333334, 0.30833333333333335, 1.204577480962626, 56.10315439527926,
    0.23342351703012026,
  ],
  assurance: [
    -0.3388888888888889, -0.5083333333333333, -0.1694444444444444, -0.873098332754387, 56.75510712590024,
    0.3862886260291216,
  ],
  empathy: [
    -0.7116666666666667, -0.7266666666666666, -0.014999999999999902, -0.07334613992900542, 57.357791880480775,
    0.9417858613476434,
  ],
};

/** The journey sample by the quarter of its survey dates, the same columns per stage. */
const JOURNEY_WAVES = {
  beforePurchase: [
    -1.1102230246251566e-17, -0.15833333333333335, -0.15833333333333335, -1.0086338748615962,
    77.25500030765681, 0.3162989816070677,
  ],
  duringPurchase: [
    0.024999999999999977, -0.4916666666666668, -0.5166666666666668, -3.484099219083903, 69.04386307609053,
    0.0008619483848375032,
  ],
  afterPurchase: [
    -1.5916666666666668, -1.0166666666666666, 0.5750000000000002, 4.3899091725014845, 77.77085161834769,
    3.530350016482166e-5,
  ],
};

const NAMES = {
  "en-US": {
    tangibles: "Tangibles",
    reliability: "Reliability",
    responsiveness: "Responsiveness",
    assurance: "Assurance",
    empathy: "Empathy",
    beforePurchase: "Before the purchase",
    duringPurchase: "During the purchase",
    afterPurchase: "After the purchase",
  },
  "zh-CN": {
    tangibles: "有形性",
    reliability: "可靠性",
    responsiveness: "响应性",
    assurance: "保证性",
    empathy: "移情性",
    beforePurchase: "售前",
    duringPurchase: "售中",
    afterPurchase: "售后",
  },
};

const TEXT = {
  "en-US": {
    waveTable: "Gap by wave: dimensions",
    useSelection: "Use selection",
    pairs: "9 expectation–perception pairs",
    waves:
      "“Survey date 调查日期” holds 2 waves, oldest first: 2026-Q1 (40), 2026-Q2 (40). Results compare the last two.",
    next: "Next",
    journey: "Customer journey: before, during and after the purchase",
    missed: "Expectations are missed most after the purchase (gap −1.30).",
    change: "Change from 2026-Q1 to 2026-Q2",
    write: "Write results sheet",
    written: /^Results written on \d+ sheets\.$/,
    // item 9's gap over all 80 respondents: −1.525 (NumPy), which JavaScript's toFixed(2) writes −1.52 (the
    // double nearest −1.525 lies just above it), as every sentence of the summary rounds
    summaryJourney:
      "Expectations are missed most after the purchase (gap −1.30); its weakest touchpoint is Complaint follow-up (−1.52).",
    summaryChange: "What changed from 2026-Q1 to 2026-Q2",
  },
  "zh-CN": {
    waveTable: "各波次差距：维度",
    useSelection: "使用所选区域",
    pairs: "9 对期望–感知题项",
    waves:
      "“Survey date 调查日期”共有 2 个波次（由早到晚）：2026-Q1（40 人）、2026-Q2（40 人）。结果比较最近两个波次。",
    next: "下一步",
    journey: "顾客旅程：售前、售中、售后",
    missed: "期望落空最多的阶段是售后（差距 −1.30）。",
    change: "从 2026-Q1 到 2026-Q2 的变化",
    write: "写入结果工作表",
    written: /^结果已写入 \d+ 张工作表。$/,
    summaryJourney: "期望落空最多的阶段是售后（差距 −1.30）；其中最弱的接触点是售后·投诉回访（−1.52）。",
    summaryChange: "从 2026-Q1 到 2026-Q2 的变化",
  },
};

/** The add-in's sheets as the fake recorded them: each sheet's written cells by "row,column". */
async function writtenSheets(page) {
  return page.evaluate(() => {
    const state = window.__cxFakeOffice.state;
    const idOf = (key) => state.settings.get(key);
    const cellsOf = (sheet) => {
      const cells = {};
      if (sheet) for (const [key, value] of sheet.written) cells[key] = value;
      return cells;
    };
    const byId = (key) => state.liveSheets().find((sheet) => sheet.id === idOf(key));
    return {
      details: cellsOf(byId("cxgap.resultsSheetId")),
      summary: cellsOf(byId("cxgap.summarySheetId")),
      charts: state.charts.map((chart) => ({
        type: chart.type,
        seriesBy: chart.seriesBy,
        series: chart.series.map((s) => s.name),
      })),
    };
  });
}

/**
 * The change-over-time table of the details sheet: each dimension's gap in both waves, the change, Welch's t,
 * df and p equal the independent values.
 */
function checkWaveTable(tag, language, cells, expected, check) {
  const at = (row, column) => cells[`${row},${column}`];
  let heading = -1;
  for (const key of Object.keys(cells)) {
    const [row, column] = key.split(",").map(Number);
    if (column === 0 && cells[key] === TEXT[language].waveTable) heading = row;
  }
  if (heading < 0) {
    check(`${tag}: the change-over-time table is on the results sheet`, false, "no heading found");
    return;
  }
  for (const [key, numbers] of Object.entries(expected)) {
    let row = heading + 2;
    while (at(row, 0) !== undefined && at(row, 0) !== NAMES[language][key]) row += 1;
    const written = [1, 2, 3, 4, 5, 6].map((column) => at(row, column));
    const close = numbers.every(
      (value, i) =>
        typeof written[i] === "number" && Math.abs(written[i] - value) <= 1e-9 * Math.max(1, Math.abs(value)),
    );
    check(
      `${tag}: ${NAMES[language][key]} by wave (gaps, change, Welch t, df, p) equal SciPy's`,
      close,
      `${JSON.stringify(written)} vs ${JSON.stringify(numbers)}`,
    );
  }
}

/** The line chart over the waves: one series per dimension and the overall gap, series by rows. */
function checkLineChart(tag, charts, dimensions, check) {
  const line = charts.find((chart) => chart.type === "Line");
  check(
    `${tag}: a line chart of the gaps over the waves, one series per dimension and overall`,
    line !== undefined && line.seriesBy === "Rows" && line.series.length === dimensions + 1,
    JSON.stringify(line),
  );
}

/**
 * The wizard over the journey sample: the survey dates make two quarters, the journey is suggested, the
 * review names the stage where expectations are missed most, and the sheets carry the waves' numbers and the
 * summary's journey and change lines. Screenshots of the model and review steps.
 */
async function runJourney(browser, openPane, shot, check, language) {
  const tag = language === "zh-CN" ? "zh-CN" : "en";
  const text = TEXT[language];
  const { page, context, leaks, pageErrors } = await openPane({ lang: language, survey: "journey" });
  try {
    await page.getByRole("button", { name: text.useSelection }).click();
    await page.getByText(text.pairs).waitFor();
    // the wave line comes with the lazily loaded column groups: wait for it
    const waves = await page
      .getByText(text.waves)
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    check(`${tag} journey: the survey dates make two quarters`, waves);
    await page.getByRole("button", { name: text.next }).click();
    const journey = page.getByRole("radio", { name: text.journey });
    await journey.waitFor();
    check(`${tag} journey: the journey framework is suggested`, await journey.isChecked());
    await shot(page, `${tag}-5-journey-model`);
    await page.getByRole("button", { name: text.next }).click();
    const missed = page.getByText(text.missed);
    await missed.waitFor();
    await missed.scrollIntoViewIfNeeded();
    check(`${tag} journey: the review names the stage missed most`, await missed.isVisible());
    await shot(page, `${tag}-5-journey-review`);
    const change = page.getByRole("table", { name: text.change });
    await change.scrollIntoViewIfNeeded();
    await shot(page, `${tag}-5-journey-change`);
    await page.getByRole("button", { name: text.next }).click();
    await page.getByRole("button", { name: text.write }).click();
    await page.getByText(text.written).waitFor({ timeout: 20_000 });
    const sheets = await writtenSheets(page);
    checkWaveTable(`${tag} journey`, language, sheets.details, JOURNEY_WAVES, check);
    checkLineChart(`${tag} journey`, sheets.charts, 3, check);
    const summaryLines = Object.values(sheets.summary).filter((value) => typeof value === "string");
    check(
      `${tag} journey: the summary names the stage where expectations are missed most`,
      summaryLines.includes(text.summaryJourney),
      JSON.stringify(summaryLines.filter((line) => line.includes("售后") || line.includes("after"))),
    );
    check(`${tag} journey: the summary says what changed`, summaryLines.includes(text.summaryChange));
    check(`${tag} journey: no request left localhost`, leaks.length === 0, leaks.join(", "));
    check(`${tag} journey: no script errors on the page`, pageErrors.length === 0, pageErrors.join(" | "));
  } finally {
    await context.close();
  }
}

module.exports = { SERVQUAL_WAVES, checkLineChart, checkWaveTable, runJourney, writtenSheets };
