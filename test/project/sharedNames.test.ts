/**
 * One quadrant or dimension, one name: what CX.IPA and CX.SERVQUAL spill, what the results sheet says and
 * what the pane shows must agree, in English and in Chinese.
 */
import {
  EXPERIENCE_CONTENT_NAMES,
  itemName,
  NUMBERED_ITEM_WORD,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
} from "../../src/core";
import { resultLabels } from "../../src/excel/resultLabels";
import { labelsFor } from "../../src/functions/labels";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { zhCN } from "../../src/taskpane/i18n/zhCN";

describe("names of quadrants and dimensions", () => {
  it("are the published ones (Martilla & James 1977; Parasuraman et al. 1988)", () => {
    expect(QUADRANT_NAMES.en).toEqual({
      concentrateHere: "Concentrate here",
      keepUpTheGoodWork: "Keep up the good work",
      lowPriority: "Low priority",
      possibleOverkill: "Possible overkill",
    });
    expect(Object.values(SERVQUAL_DIMENSION_NAMES["zh-CN"])).toEqual([
      "有形性",
      "可靠性",
      "响应性",
      "保证性",
      "移情性",
    ]);
  });

  it("name a numbered item 'Item 7' / '题项 7' and keep a named one", () => {
    expect(itemName("7", "en")).toBe("Item 7");
    expect(itemName("7", "zh-CN")).toBe("题项 7");
    expect(itemName("speed", "zh-CN")).toBe("speed");
  });

  it.each([["en", "en-US", enUS] as const, ["zh-CN", "zh-CN", zhCN] as const])(
    "agree across the functions, the results sheet and the pane (%s)",
    (language, tag, pane) => {
      const spill = labelsFor(language);
      const sheet = resultLabels(tag);
      expect(spill.quadrants).toEqual(QUADRANT_NAMES[language]);
      expect(sheet.quadrantNames).toEqual(QUADRANT_NAMES[language]);
      expect(pane.quadrants).toEqual(QUADRANT_NAMES[language]);
      expect(spill.servqualDimensions).toEqual(SERVQUAL_DIMENSION_NAMES[language]);
      const allDimensions = { ...SERVQUAL_DIMENSION_NAMES[language], ...EXPERIENCE_CONTENT_NAMES[language] };
      expect(sheet.dimensionNames).toEqual(allDimensions);
      expect(pane.dimensions).toEqual(allDimensions);
      // a numbered item: the same name in the pane and on the results sheet it writes
      expect(pane.itemLabel("7")).toBe(itemName("7", language));
      expect(sheet.item).toBe(NUMBERED_ITEM_WORD[language]);
      expect(sheet.language).toBe(language);
    },
  );
});
