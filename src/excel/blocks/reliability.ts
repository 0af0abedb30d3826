import { reliabilitySection, sectionBlock } from "../measureBlocks";

export const declaration = { key: "reliability", live: false, charts: [] } as const;

/** Cronbach's alpha per dimension with Feldt's interval; a sentence for each dimension below 0.7. */
export const block = sectionBlock(declaration.key, reliabilitySection);
