import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import chineseTexts from "../../src/functions/functions.zh-CN.json";

/*
 * functions.json is generated from the JSDoc of src/functions/gapFunctions.ts and measureFunctions.ts at build time; this is the
 * same generator the build's custom-functions-metadata-plugin runs.
 */
interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string; type?: string };
}

const expected: Record<
  string,
  Array<[name: string, optional: boolean, dimensionality: string, type: string]>
> = {
  GAP: [
    ["experience", false, "matrix", "any"],
    ["expectation", false, "matrix", "any"],
    ["stats", true, "scalar", "boolean"],
  ],
  KEYEXP: [
    ["importance", false, "matrix", "any"],
    ["performance", false, "matrix", "any"],
    ["labels", true, "matrix", "any"],
    ["reference", true, "matrix", "any"],
  ],
  SERVQUAL: [
    ["perception", false, "matrix", "any"],
    ["expectation", false, "matrix", "any"],
    ["dimensions", true, "matrix", "any"],
    ["weights", true, "matrix", "any"],
  ],
  IPA: [
    ["importance", false, "matrix", "any"],
    ["performance", false, "matrix", "any"],
    ["labels", true, "matrix", "any"],
    ["crosshair", true, "matrix", "any"],
  ],
  ALPHA: [
    ["items", false, "matrix", "any"],
    ["details", true, "scalar", "boolean"],
    ["missing", true, "scalar", "string"],
    ["labels", true, "matrix", "any"],
  ],
  DRIVERS: [
    ["outcome", false, "matrix", "any"],
    ["drivers", false, "matrix", "any"],
    ["labels", true, "matrix", "any"],
  ],
  SEGMENTS: [
    ["values", false, "matrix", "any"],
    ["segments", false, "matrix", "any"],
    ["adjust", true, "scalar", "string"],
    ["confidence", true, "scalar", "number"],
  ],
  KANO: [
    ["functional", false, "matrix", "any"],
    ["dysfunctional", false, "matrix", "any"],
    ["labels", true, "matrix", "any"],
    ["answer_scale", true, "scalar", "any"],
    ["tie_threshold", true, "scalar", "any"],
  ],
  NPS: [
    ["scores", false, "matrix", "any"],
    ["groups", true, "matrix", "any"],
    ["confidence", true, "scalar", "any"],
  ],
  CSAT: [
    ["scores", false, "matrix", "any"],
    ["top_box", true, "scalar", "any"],
    ["scale_top", true, "scalar", "any"],
    ["groups", true, "matrix", "any"],
    ["confidence", true, "scalar", "any"],
  ],
};

let functions: FunctionMetadata[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([
    join(__dirname, "../../src/functions/gapFunctions.ts"),
    join(__dirname, "../../src/functions/measureFunctions.ts"),
  ]);
  expect(generated.errors).toEqual([]);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
}, 30_000);

describe("generated functions.json", () => {
  test("holds exactly the CX functions of the spec, under the same names", () => {
    expect(functions.map((f) => [f.id, f.name])).toEqual(Object.keys(expected).map((id) => [id, id]));
  });

  test.each(Object.entries(expected))(
    "%s: parameters with names, optional flags, dimensionality, types and descriptions",
    (id, parameters) => {
      const metadata = functions.find((f) => f.id === id)!;
      expect(metadata.description?.length).toBeGreaterThan(40);
      expect(metadata.result.dimensionality).toBe("matrix");
      expect(
        metadata.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar", p.type]),
      ).toEqual(parameters);
      for (const parameter of metadata.parameters) expect(parameter.description?.length).toBeGreaterThan(20);
    },
  );

  test("survey ranges are never number[][] (Excel desktop would turn blanks into 0)", () => {
    for (const metadata of functions) {
      for (const parameter of metadata.parameters) {
        if (parameter.dimensionality === "matrix") expect(parameter.type).toBe("any");
      }
    }
  });
});

describe("functions.zh-CN.json", () => {
  const texts = chineseTexts as Record<string, { description: string; parameters: Record<string, string> }>;

  test("has a Chinese description of every function and parameter, and nothing else", () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(expected).sort());
    for (const metadata of functions) {
      const chinese = texts[metadata.id]!;
      expect(chinese.description).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(chinese.parameters).sort()).toEqual(metadata.parameters.map((p) => p.name).sort());
      for (const text of Object.values(chinese.parameters)) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
