/*
 * Responsiveness on a large survey: the longest task on the pane's main thread while 200,000 respondents are
 * read (from the Office test double) and analysed, measured in headless Chromium by the browser test's
 * long-task observer (test/e2e/paneChecks.js, run through test/e2e/run.js --long-task), against the goal of
 * no task longer than 200 ms (a pane that answers clicks and paints its progress bar while it works).
 */
import { spawnSync } from "child_process";
import { join } from "path";

export default function longTaskBench(): void {
  const root = join(__dirname, "..");
  const run = spawnSync(process.execPath, [join(root, "test", "e2e", "run.js"), "--long-task"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = (run.stdout ?? "").split("\n").find((text) => text.startsWith("LONG_TASK "));
  if (!line) {
    console.log(`longest main-thread task: not measured (browser run failed)\n${run.stdout}\n${run.stderr}`);
    throw new Error("the long-task measurement did not run");
  }
  const { respondents, longest, longTasks, elapsed, goal } = JSON.parse(line.slice("LONG_TASK ".length)) as {
    respondents: number;
    longest: number;
    longTasks: number;
    elapsed: number;
    goal: number;
  };
  console.log(
    `longest main-thread task, ${respondents} respondents read and analysed: ${longest.toFixed(0)} ms ` +
      `(goal ≤ ${goal} ms, ratio ${(longest / goal).toFixed(2)}) ${longest <= goal ? "ok" : "OVER"}; ` +
      `${longTasks} tasks over 50 ms in ${(elapsed / 1000).toFixed(1)} s`,
  );
}
