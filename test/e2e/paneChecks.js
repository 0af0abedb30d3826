/**
 * Browser checks of the pane itself, called by test/e2e/run.js: accessibility (axe-core on every step, in both
 * languages), the results sheet shown after writing, and responsiveness on a large survey (the longest task on
 * the page's main thread while 200,000 respondents are read and analysed, from a PerformanceObserver of
 * "longtask" entries: https://w3c.github.io/longtasks/ — a task of more than 50 ms is reported with its
 * duration).
 */
const fs = require("fs");
const path = require("path");
/* global window, document, PerformanceObserver, setInterval, clearInterval -- code passed to page.evaluate runs in the browser */

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** the longest main-thread task allowed while a large survey is read and analysed */
const LONG_TASK_GOAL_MS = 200;
/** CX_LONG_TASK_RESPONDENTS sets a smaller survey for a quick look; the goal is stated for 200,000 */
const LARGE_SURVEY_RESPONDENTS = Number(process.env.CX_LONG_TASK_RESPONDENTS || 200_000);

/**
 * Runs axe-core on the page as it is and returns its violations. One false positive is dropped, and only it:
 * Fluent UI's focus management (tabster) puts invisible focus sentinels — `<i data-tabster-dummy
 * aria-hidden="true" tabindex="0">` — around tab lists and dialogs; they take focus for an instant and hand it
 * on, so no user ever rests on them, yet axe's "aria-hidden-focus" rule reports them as focusable content
 * hidden from assistive technology. Every other node of that rule, and every other rule, counts.
 */
async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    const isSentinel = (node) =>
      node.target.length === 1 && document.querySelector(node.target[0])?.hasAttribute("data-tabster-dummy");
    return result.violations
      .map((violation) => ({
        id: violation.id,
        nodes:
          violation.id === "aria-hidden-focus"
            ? violation.nodes.filter((node) => !isSentinel(node))
            : violation.nodes,
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => ({
        id: violation.id,
        count: violation.nodes.length,
        first: violation.nodes[0].target.join(" "),
        summary: violation.nodes[0].failureSummary,
      }));
  });
}

/** axe on one step of the wizard (name as the screenshot's: "en-1-data"); returns the violations found. */
async function checkAccessibility(page, name, check) {
  const violations = await axeViolations(page);
  check(
    `${name}: axe-core finds no accessibility violation`,
    violations.length === 0,
    JSON.stringify(violations).slice(0, 1200),
  );
  return violations;
}

/** After writing: the summary sheet is the one Excel shows, and the pane offers to go back to it. */
async function checkResultsShown(page, tag, summarySheet, text, check) {
  const active = await page.evaluate(() => window.__cxFakeOffice.state.activeSheet?.name);
  check(
    `${tag}: after writing, Excel shows the summary sheet`,
    active !== undefined && active === summarySheet,
    `${active} vs ${summarySheet}`,
  );
  check(
    `${tag}: the pane offers Go to results`,
    await page.getByRole("button", { name: text.goToResults }).isVisible(),
  );
  const status = await page.getByRole("status").textContent();
  check(`${tag}: "results written" is announced`, text.writtenAnnounced.test(status ?? ""), status ?? "");
}

/**
 * Reads and analyses a survey of 200,000 respondents (the sample's answers repeated) and returns the longest
 * main-thread task seen from "Use selection" to the review's first table, in milliseconds.
 */
/**
 * Reads, analyses and writes a survey of LARGE_SURVEY_RESPONDENTS respondents through the pane, as a user
 * would (Use selection, two Next, Write), and measures: the longest task on the page's main thread (and how many
 * took over 50 ms), the time of each phase, the Excel syncs of the read and of the write (counted by the Office
 * test double), the page's JS heap (Chromium's performance.memory, sampled by CDP) before the click and at its
 * peak, and the browser's resident memory at its peak (every Chromium process, from /proc). With
 * CX_LONG_TASK_PROFILE=<file> the page's CPU profile of the whole run is saved there (open it in Chrome's
 * DevTools) to find what a long task was.
 */
async function measureLongestTask(openPane, check) {
  const { page, context } = await openPane({ lang: "en-US", respondents: String(LARGE_SURVEY_RESPONDENTS) });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const heapUsed = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? 0;
  };
  const profileFile = process.env.CX_LONG_TASK_PROFILE;
  try {
    await page.getByRole("button", { name: "Use selection" }).waitFor({ timeout: 600_000 });
    await page.evaluate(() => {
      window.__cxLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__cxLongTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask" });
      // recorded in the page (a busy page would starve a poll from outside): did a progress bar show a value?
      window.__cxProgressSeen = 0;
      new window.MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-valuenow]');
        if (bar) window.__cxProgressSeen += 1;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    if (profileFile) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    const syncs = () => page.evaluate(() => window.__cxFakeOffice.state.syncCount);
    // waits poll a plain DOM query four times a second: a Playwright role locator walks the accessibility tree
    // of the page on every poll, and those walks showed up as long tasks of their own
    // ten minutes for the full survey, less for a smaller one (a step that never comes fails sooner)
    const stepTimeout = Math.max(60_000, Math.min(600_000, LARGE_SURVEY_RESPONDENTS * 3));
    const shown = (what, arg) => page.waitForFunction(what, arg, { polling: 250, timeout: stepTimeout });
    const buttonStartingWith = (prefix) =>
      [...document.querySelectorAll("button")].some((button) => button.textContent.startsWith(prefix));
    const heapBefore = await heapUsed();
    const rssBefore = browserResidentBytes();
    let heapPeak = heapBefore;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, browserResidentBytes());
      heapUsed().then(
        (used) => (heapPeak = Math.max(heapPeak, used)),
        () => undefined,
      );
    }, 250);
    const started = Date.now();
    // the machine's load: long tasks are wall-clock times, which a busy machine stretches
    const loadBefore = require("os").loadavg()[0];
    try {
      await page.getByRole("button", { name: "Use selection" }).click();
      await shown(buttonStartingWith, "22 expectation items");
      const read = Date.now() - started;
      const readSyncs = await syncs();
      const progressShown = (await page.evaluate(() => window.__cxProgressSeen)) > 0;
      // Next stays disabled until the survey's roles are settled (a large survey takes a while): wait for it
      // as long as for any step, not Playwright's default 30 s
      const next = page.getByRole("button", { name: "Next" });
      await next.click({ timeout: stepTimeout });
      await next.click({ timeout: stepTimeout });
      await shown(() => document.querySelector('table[aria-label="Gaps by dimension"]') !== null);
      const analysed = Date.now() - started;
      await next.click({ timeout: stepTimeout });
      await page.getByRole("button", { name: "Write results sheet" }).click({ timeout: stepTimeout });
      await shown(() => /Results written (to|on)/.test(document.body.textContent));
      const written = Date.now() - started;
      const writeSyncs = (await syncs()) - readSyncs;
      const { tasks, hostWork } = await page.evaluate(() => ({
        tasks: window.__cxLongTasks,
        hostWork: window.__cxFakeOffice.state.hostWork,
      }));
      // the Office test double does Excel's work on the page's thread; in Office it runs in Excel, so each task
      // counts without it (the pane's own work, parsing Excel's responses included)
      const paneTimes = tasks.map((task) => task.duration - overlap(task, hostWork));
      const longest = paneTimes.length === 0 ? 0 : Math.max(...paneTimes);
      const longestWithHost = tasks.length === 0 ? 0 : Math.max(...tasks.map((task) => task.duration));
      const listed = (times) =>
        times
          .filter((time) => time > 50)
          .sort((a, b) => b - a)
          .slice(0, 10)
          .map((time) => time.toFixed(0))
          .join(", ");
      check(`${LARGE_SURVEY_RESPONDENTS} respondents: reading shows progress`, progressShown);
      check(
        `${LARGE_SURVEY_RESPONDENTS} respondents read, analysed and written: longest main-thread task of the pane ${longest.toFixed(0)} ms ≤ ${LONG_TASK_GOAL_MS} ms`,
        longest <= LONG_TASK_GOAL_MS,
        `pane's share of the long tasks: ${listed(paneTimes)} ms; with the test double's stand-in for Excel: ${listed(
          tasks.map((task) => task.duration),
        )} ms`,
      );
      return {
        respondents: LARGE_SURVEY_RESPONDENTS,
        longest,
        longestWithHost,
        longTasks: paneTimes.filter((time) => time > 50).length,
        elapsed: written,
        phases: { read, analyse: analysed - read, write: written - analysed },
        syncs: { read: readSyncs, write: writeSyncs },
        heap: { before: heapBefore, peak: heapPeak },
        browserResident: { before: rssBefore, peak: rssPeak },
        loadAverage: {
          before: loadBefore,
          after: require("os").loadavg()[0],
          cores: require("os").cpus().length,
        },
        goal: LONG_TASK_GOAL_MS,
      };
    } catch (error) {
      // a step that never came: keep what the pane showed, so the failure says which step and why
      const snapshot = path.join(__dirname, "..", "..", "test-results", "long-task-failure.png");
      fs.mkdirSync(path.dirname(snapshot), { recursive: true });
      await page.screenshot({ path: snapshot, fullPage: true }).catch(() => undefined);
      const shownText = await page.evaluate(() => document.body.innerText).catch(() => "");
      console.log(`the pane showed (screenshot ${snapshot}):\n${shownText.slice(0, 1500)}`);
      throw error;
    } finally {
      clearInterval(sampler);
      if (profileFile) {
        const { profile } = await cdp.send("Profiler.stop");
        fs.writeFileSync(profileFile, JSON.stringify(profile));
      }
    }
  } finally {
    await context.close();
  }
}

/** milliseconds of a task ({ start, duration }) spent in the [start, end] stretches given */
function overlap(task, stretches) {
  const end = task.start + task.duration;
  let total = 0;
  for (const [from, to] of stretches) total += Math.max(0, Math.min(end, to) - Math.max(task.start, from));
  return total;
}

/**
 * Resident memory of the browser this run started (the pane's page, its worker, the browser itself): every
 * process descending from this Node process, from /proc (Linux; 0 elsewhere). Other browsers on the machine
 * are not counted.
 */
function browserResidentBytes() {
  const parentOf = new Map();
  const residentOf = new Map();
  let pids = [];
  try {
    pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const parent = /^PPid:\s+(\d+)/m.exec(status);
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      if (parent) parentOf.set(Number(pid), Number(parent[1]));
      if (rss) residentOf.set(Number(pid), Number(rss[1]) * 1024);
    } catch {
      // the process ended between the listing and the read
    }
  }
  let bytes = 0;
  for (const [pid, rss] of residentOf) {
    if (pid === process.pid) continue;
    for (
      let up = parentOf.get(pid), hops = 0;
      up !== undefined && up > 1 && hops < 20;
      up = parentOf.get(up), hops++
    ) {
      if (up === process.pid) {
        bytes += rss;
        break;
      }
    }
  }
  return bytes;
}

module.exports = { checkAccessibility, checkResultsShown, measureLongestTask, LONG_TASK_GOAL_MS };
