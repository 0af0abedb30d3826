/**
 * Gzipped size of what the add-in's page downloads before the wizard shows (the scripts taskpane.html loads,
 * with the functions bundle reported on its own) and of the functions bundle, against the goals: taskpane
 * initial JavaScript no larger than Microsoft's React taskpane template (about 169 KB gzipped with its
 * polyfills), functions.js at most 40 KB gzipped and free of React. Lazy chunks (steps 2–4, the statistics,
 * the Chinese messages, the dark theme) are listed but load only when used. Builds dist/ when it is missing.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const ROOT = resolve(__dirname, "..");
const DIST = join(ROOT, "dist");
const KB = 1000;
const TASKPANE_GOAL = 169 * KB;
const FUNCTIONS_GOAL = 40 * KB;

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/** the scripts taskpane.html loads, in page order */
function pageScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export default async function bundleSize(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.log("bundle size: dist/ missing, building (npx webpack --mode production)…");
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: "inherit",
      },
    );
  }
  const scripts = pageScripts();
  const taskpaneInitial = scripts.filter((src) => src !== "functions.js");
  const taskpaneBytes = taskpaneInitial.reduce((total, src) => total + gzippedSize(src), 0);
  const functionsBytes = gzippedSize("functions.js");
  const functionsText = readFileSync(join(DIST, "functions.js"), "utf8");
  const hasReact = /react\.production|__SECRET_INTERNALS_DO_NOT_USE|react-dom/.test(functionsText);
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !scripts.includes(file));
  const lazyBytes = lazy.reduce((total, file) => total + gzippedSize(file), 0);

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
