import { placeSection, reliabilitySection } from "../measureBlocks";
import type { ResultBlockPlan } from "./context";

export const declaration = { key: "reliability", live: false, charts: [] } as const;

/** Cronbach's alpha per dimension with Feldt's interval; a sentence for each dimension below 0.7. */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan({ analysis, labels, layout }) {
    const section = reliabilitySection(analysis, labels);
    if (section) placeSection(layout, section);
  },
};
