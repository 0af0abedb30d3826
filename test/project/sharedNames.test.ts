/**
 * One quadrant or dimension, one name: what CX.IPA and CX.SERVQUAL spill, what the results sheet says and
 * what the pane shows must agree, in English and in Chinese.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  EXPERIENCE_CONTENT_NAMES,
  JOURNEY_STAGE_NAMES,
  itemName,
  languageOf,
  NUMBERED_ITEM_WORD,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
} from "../../src/core";
import { resultLabels } from "../../src/excel/resultLabels";
import { labelsFor } from "../../src/functions/labels";
import { localeOf } from "../../src/functions/locale";
import { languageOf as paneLanguageOf } from "../../src/taskpane/i18n/catalogue";
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
      expect(pane.quadrantNames).toEqual(QUADRANT_NAMES[language]);
      expect(spill.servqualDimensions).toEqual(SERVQUAL_DIMENSION_NAMES[language]);
      const allDimensions = {
        ...SERVQUAL_DIMENSION_NAMES[language],
        ...EXPERIENCE_CONTENT_NAMES[language],
        ...JOURNEY_STAGE_NAMES[language],
      };
      expect(sheet.dimensionNames).toEqual(allDimensions);
      expect(pane.dimensions).toEqual(allDimensions);
      // a numbered item: the same name in the pane and on the results sheet it writes
      expect(pane.itemLabel("7")).toBe(itemName("7", language));
      expect(sheet.item).toBe(NUMBERED_ITEM_WORD[language]);
      expect(sheet.language).toBe(language);
    },
  );
});

describe("one term, one word", () => {
  // The same statistic or role reads the same in a CX function's spill and on the results sheet. The sheet's
  // confidence limits name their level ("95% CI low") and are left out here on purpose.
  const SHARED = [
    "dimension",
    "expectation",
    "perception",
    "gap",
    "weight",
    "weightedGap",
    "overall",
    "rank",
    "importance",
    "performance",
    "shortfall",
    "score",
    "quadrant",
  ] as const;

  it.each([["en", "en-US"] as const, ["zh-CN", "zh-CN"] as const])(
    "spill labels and sheet labels agree (%s)",
    (language, tag) => {
      const spill = labelsFor(language);
      const sheet = resultLabels(tag);
      for (const term of SHARED) expect([term, sheet[term]]).toEqual([term, spill[term]]);
      expect(sheet.n).toBe(spill.stats.n);
      expect(sheet.sd).toBe(spill.stats.sd);
      expect(sheet.t).toBe(spill.stats.t);
      expect(sheet.p).toBe(spill.stats.p);
      expect(spill.item(7)).toBe(itemName("7", language));
    },
  );

  it("every Chinese display language gets Chinese everywhere", () => {
    for (const tag of ["zh-CN", "zh-SG", "zh-Hans-SG", "zh-TW", "zh-HK", "zh-MO", "zh-Hant", "ZH-hant-tw"]) {
      expect([tag, languageOf(tag), localeOf(tag), paneLanguageOf(tag), resultLabels(tag).language]).toEqual([
        tag,
        "zh-CN",
        "zh-CN",
        "zh-CN",
        "zh-CN",
      ]);
    }
    for (const tag of ["en-US", "en-GB", "fr-FR", "", undefined]) {
      expect([languageOf(tag), localeOf(tag), paneLanguageOf(tag), resultLabels(tag ?? "").language]).toEqual(
        ["en", "en", "en-US", "en"],
      );
    }
  });

  it("Chinese texts call an item 题项 and a sample size 样本量, never 项目 or 样本数", () => {
    const chineseTexts = JSON.stringify({
      translations: readFileSync(join(__dirname, "../../src/functions/functions.zh-CN.json"), "utf8"),
      messages: readFileSync(join(__dirname, "../../src/functions/messages.ts"), "utf8"),
      sheet: resultLabels("zh-CN"),
      spill: labelsFor("zh-CN"),
      pane: readFileSync(join(__dirname, "../../src/taskpane/i18n/zhCN.ts"), "utf8"),
    });
    expect(chineseTexts).not.toMatch(/项目|样本数/);
  });
});
