/**
 * Gzipped size of what the add-in's page downloads before the wizard shows (the scripts taskpane.html loads,
 * with the functions bundle reported on its own) and of the functions bundle, against the goals: taskpane
 * initial JavaScript no larger than Microsoft's React taskpane template (about 169 KB gzipped with its
 * polyfills), functions.js at most 40 KB gzipped and free of React. Lazy chunks (steps 2–4, the statistics,
 * the Chinese messages, the dark theme) are listed but load only when used. Measures a fresh production build
 * made into a temporary folder, so a stale dist/ is never what gets measured.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const ROOT = resolve(__dirname, "..");
const KB = 1000;
const TASKPANE_GOAL = 169 * KB;
const FUNCTIONS_GOAL = 40 * KB;

function gzippedSize(dist: string, file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** the scripts taskpane.html loads, in page order */
function pageScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export default async function bundleSize(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), "cx-gap-bundle-"));
  try {
    console.log("bundle size: production build into a temporary folder…");
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"),
        "--mode",
        "production",
        "--output-path",
        dist,
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    report(dist);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

function report(dist: string): void {
  const scripts = pageScripts(dist);
  const taskpaneInitial = scripts.filter((src) => src !== "functions.js");
  const taskpaneBytes = taskpaneInitial.reduce((total, src) => total + gzippedSize(dist, src), 0);
  const functionsBytes = gzippedSize(dist, "functions.js");
  const functionsText = readFileSync(join(dist, "functions.js"), "utf8");
  const hasReact = /react\.production|__SECRET_INTERNALS_DO_NOT_USE|react-dom/.test(functionsText);
  const lazy = readdirSync(dist).filter((file) => file.endsWith(".js") && !scripts.includes(file));
  const lazyBytes = lazy.reduce((total, file) => total + gzippedSize(dist, file), 0);

  console.log(
    `taskpane initial JS (gzip): ${kb(taskpaneBytes)} (${taskpaneInitial.join(" + ")}; goal ≤ ${kb(TASKPANE_GOAL)}, ratio ${(taskpaneBytes / TASKPANE_GOAL).toFixed(2)}) ${taskpaneBytes <= TASKPANE_GOAL ? "ok" : "OVER"}`,
  );
  console.log(
    `functions.js (gzip): ${kb(functionsBytes)} (goal ≤ ${kb(FUNCTIONS_GOAL)}, ratio ${(functionsBytes / FUNCTIONS_GOAL).toFixed(2)}) ${functionsBytes <= FUNCTIONS_GOAL ? "ok" : "OVER"}`,
  );
  console.log(`functions.js free of React: ${hasReact ? "NO" : "yes"}`);
  console.log(
    `whole page before first paint (gzip): ${kb(taskpaneBytes + functionsBytes)} (${scripts.join(" + ")})`,
  );
  console.log(`lazy chunks (gzip, loaded when used): ${kb(lazyBytes)} in ${lazy.length} files`);
}
