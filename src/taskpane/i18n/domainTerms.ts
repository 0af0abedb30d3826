import {
  EXPERIENCE_CONTENT_NAMES,
  JOURNEY_STAGE_NAMES,
  itemName,
  QUADRANT_MEANINGS,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  type NameLanguage,
} from "../../core/domainNames";
import type { Quadrant } from "../../survey";

/** The terms the pane shares with the results sheets and the worksheet functions. */
export interface DomainTerms {
  /** the language of item names the pane suggests (bilingual headers, standard SERVQUAL statements) */
  nameLanguage: NameLanguage;
  /** an item without a name: "Item 6", "题项 6" */
  itemLabel: (item: string) => string;
  quadrantNames: Readonly<Record<Quadrant, string>>;
  quadrantMeanings: Readonly<Record<Quadrant, string>>;
  /** the dimensions of every framework by key (SERVQUAL, the six contents, the journey's stages) */
  dimensions: Record<string, string>;
  /** a dimension's name by its key; a dimension the manager named (custom groups) is its own name */
  dimensionName: (key: string) => string;
}

/**
 * The shared terms in one language, from core's one list of names: both catalogues take them from here, so the
 * pane names an item, a dimension or a quadrant as the sheets and the functions do.
 *
 * @example
 * domainTerms("zh-CN").itemLabel("6") // => "题项 6"
 */
export function domainTerms(language: NameLanguage): DomainTerms {
  const dimensions: Record<string, string> = {
    ...SERVQUAL_DIMENSION_NAMES[language],
    ...EXPERIENCE_CONTENT_NAMES[language],
    ...JOURNEY_STAGE_NAMES[language],
  };
  return {
    nameLanguage: language,
    itemLabel: (item) => itemName(item, language),
    quadrantNames: QUADRANT_NAMES[language],
    quadrantMeanings: QUADRANT_MEANINGS[language],
    dimensions,
    dimensionName: (key) => dimensions[key] ?? key,
  };
}
