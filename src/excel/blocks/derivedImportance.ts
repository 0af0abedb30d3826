import { driversSection, sectionBlock } from "../measureBlocks";

export const declaration = { key: "derivedImportance", live: false, charts: [] } as const;

/**
 * Derived importance (Johnson's relative weights) beside stated importance, with R², n and the warnings under
 * the table (optional: nothing without an overall-satisfaction or recommend column).
 */
export const block = sectionBlock(declaration.key, driversSection);
