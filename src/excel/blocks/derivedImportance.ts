import { driversSection, placeSection } from "../measureBlocks";
import type { ResultBlockPlan } from "./context";

export const declaration = { key: "derivedImportance", live: false, charts: [] } as const;

/**
 * Derived importance (Johnson's relative weights) beside stated importance, with R², n and the warnings under
 * the table (optional: nothing without an overall-satisfaction or recommend column).
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan({ analysis, labels, layout }) {
    const section = driversSection(analysis, labels);
    if (section) placeSection(layout, section);
  },
};
