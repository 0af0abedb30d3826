import { SERVQUAL_ITEM_NAMES } from "../../src/core";
import {
  analyzeSurvey,
  defaultSettings,
  detectColumnRoles,
  guessExperienceContents,
  readHeader,
  suggestItemNames,
  wordingIn,
} from "../../src/survey";
import { sampleRawSurvey } from "../taskpane/sampleSurvey";
import { servqualSurvey } from "./fixtures";

describe("item names from headers", () => {
  it.each([
    ["P6 Keeps promises", "perception", "6", "Keeps promises"],
    ["感知6 按时兑现承诺", "perception", "6", "按时兑现承诺"],
    ["E6 Sincere problem solving", "expectation", "6", "Sincere problem solving"],
    ["Importance_6 Keeps promises", "importance", "6", "Keeps promises"],
    ["期望12 乐于帮助 Willing to help", "expectation", "12", "乐于帮助 Willing to help"],
    ["Perception 03: Neat staff", "perception", "3", "Neat staff"],
  ])("%s → %s item %s named %s", (header, role, item, wording) => {
    expect(readHeader(header)).toEqual({ role, item, wording });
  });

  it.each(["E1 期望", "P1 Perception", "Q1 (E)", "E12 Expectation", "E6 …"])(
    "%s carries no statement",
    (header) => {
      expect(readHeader(header).wording).toBeUndefined();
    },
  );

  it("takes the part of bilingual wording in the reader's language, either order", () => {
    expect(wordingIn("Keeps promises 按时兑现承诺", "en")).toBe("Keeps promises");
    expect(wordingIn("Keeps promises 按时兑现承诺", "zh-CN")).toBe("按时兑现承诺");
    expect(wordingIn("乐于帮助 Willing to help", "en")).toBe("Willing to help");
    expect(wordingIn("乐于帮助 / Willing to help", "zh-CN")).toBe("乐于帮助");
    expect(wordingIn("Prompt service", "zh-CN")).toBe("Prompt service");
  });

  it("names the standard SERVQUAL-22 items with bare codes by their statements, in both languages", () => {
    const survey = servqualSurvey(10);
    const layout = detectColumnRoles(survey);
    expect(suggestItemNames(layout.columns, "en")["5"]).toBe("Keeps promises");
    expect(suggestItemNames(layout.columns, "zh-CN")["19"]).toBe("营业时间便利");
    expect(Object.keys(suggestItemNames(layout.columns, "en"))).toHaveLength(22);
    expect(SERVQUAL_ITEM_NAMES.en).toHaveLength(22);
    expect(SERVQUAL_ITEM_NAMES["zh-CN"]).toHaveLength(22);
  });

  it("leaves numbered items of other questionnaires unnamed (they read Item 3)", () => {
    const layout = detectColumnRoles({ headers: ["E1", "P1", "E3", "P3"], rows: [[4, 5, 3, 3]] });
    expect(suggestItemNames(layout.columns, "en")).toEqual({});
  });

  it("carries the settings' names into every part of the analysis the results sheet shows", () => {
    const survey = sampleRawSurvey();
    const settings = defaultSettings(survey, detectColumnRoles(survey), "en");
    settings.itemNames = { ...settings.itemNames, "5": "Delivers when promised" };
    const analysis = analyzeSurvey(survey, settings);
    expect(analysis.items.find((item) => item.item === "5")?.name).toBe("Delivers when promised");
    expect(analysis.keyExperiences.find((k) => k.item === "5")?.name).toBe("Delivers when promised");
    expect(analysis.priorityMatrix?.items.find((q) => q.item === "1")?.name).toBe("Modern equipment");
  });

  it("guesses an experience content from a name that says it, in English or Chinese", () => {
    expect(
      guessExperienceContents(["1", "2", "3", "4", "5", "6", "7"], {
        "1": "Product range",
        "2": "服务态度",
        "3": "会员关系",
        "4": "Convenient hours",
        "5": "品牌形象",
        "6": "价格合理",
        "7": "Clean floors",
      }),
    ).toEqual({
      "1": "product",
      "2": "service",
      "3": "relationship",
      "4": "convenience",
      "5": "brandImage",
      "6": "price",
    });
  });
});
