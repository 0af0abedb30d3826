/** The build step that writes functions.zh-CN.json (scripts/localizeFunctionsMetadata.js), on a small sample. */
import {
  TranslationError,
  localizeFunctionsMetadata,
  type FunctionTranslations,
} from "../../scripts/localizeFunctionsMetadata";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const sample = deepFreeze({
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "GAP",
      name: "GAP",
      description: "Satisfaction gap of each item.",
      parameters: [
        { name: "experience", description: "Experience ratings.", type: "any", dimensionality: "matrix" },
        { name: "stats", description: "TRUE adds statistics.", type: "boolean", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
    { id: "NOW", name: "NOW", description: "No parameters.", parameters: [] },
  ],
});

const complete: FunctionTranslations = deepFreeze({
  GAP: {
    description: "每个项目的满意度差距。",
    parameters: { experience: "体验评分。", stats: "TRUE 时增加统计量。" },
  },
  NOW: { description: "没有参数。" },
});

function problemsOf(translations: FunctionTranslations): string[] {
  try {
    localizeFunctionsMetadata(sample, translations);
  } catch (err) {
    expect(err).toBeInstanceOf(TranslationError);
    return (err as TranslationError).problems;
  }
  throw new Error("expected a TranslationError");
}

describe("localizeFunctionsMetadata", () => {
  test("replaces descriptions only; ids, names, parameter names and everything else stay", () => {
    const localized = localizeFunctionsMetadata(sample, complete);
    expect(localized).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "GAP",
          name: "GAP",
          description: "每个项目的满意度差距。",
          parameters: [
            { name: "experience", description: "体验评分。", type: "any", dimensionality: "matrix" },
            { name: "stats", description: "TRUE 时增加统计量。", type: "boolean", optional: true },
          ],
          result: { dimensionality: "matrix" },
        },
        { id: "NOW", name: "NOW", description: "没有参数。", parameters: [] },
      ],
    });
  });

  test("a function without translation fails, naming it", () => {
    expect(problemsOf({ GAP: complete.GAP! })).toEqual(["NOW: no translation"]);
  });

  test("a missing or blank parameter or function description fails, naming each", () => {
    const problems = problemsOf({
      GAP: { description: "  ", parameters: { experience: "体验评分。" } },
      NOW: complete.NOW!,
    });
    expect(problems).toEqual(["GAP: no description", "GAP(stats): no description"]);
  });

  test("translations of functions or parameters that do not exist fail (renamed in the JSDoc)", () => {
    const problems = problemsOf({
      ...complete,
      GAP: { ...complete.GAP!, parameters: { ...complete.GAP!.parameters, statistics: "统计量。" } },
      GAPS: { description: "旧名称。" },
    });
    expect(problems).toEqual([
      "GAP(statistics): translated, but there is no such parameter",
      "GAPS: translated, but there is no such function",
    ]);
  });

  test("the error message lists every problem for the build log", () => {
    expect(() => localizeFunctionsMetadata(sample, {})).toThrow(
      "zh-CN custom-function translations are incomplete:\n  - GAP: no translation\n  - NOW: no translation",
    );
  });

  test("rejects input that is not custom-functions metadata", () => {
    expect(() => localizeFunctionsMetadata({} as never, complete)).toThrow(TypeError);
  });
});
