/** Loads the analysis and write-plan code (its own chunk); later calls reuse the first load. */
export function loadResultsModules(): Promise<typeof import("./resultsModules")> {
  return import(/* webpackChunkName: "results" */ "./resultsModules");
}
