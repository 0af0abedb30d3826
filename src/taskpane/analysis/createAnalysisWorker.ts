/**
 * Starts the analysis worker. webpack 5 bundles `new Worker(new URL("./x", import.meta.url))` as a chunk of
 * its own (https://webpack.js.org/guides/web-workers/), so the statistics it runs are not in the pane's first
 * download. Loaded only where Worker exists (never under jest, whose CommonJS cannot parse import.meta).
 */
export function createAnalysisWorker(): Worker {
  // @ts-expect-error TS1343: tsconfig's CommonJS (for jest and ts-node) has no import.meta; webpack compiles
  // this file as an ES module (ts-loader's module: es2020), where it is what locates the worker chunk
  return new Worker(new URL("./analysis.worker.ts", import.meta.url));
}
