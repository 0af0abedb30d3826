/**
 * functions.json is generated at build time from the JSDoc in src/functions/gapFunctions.ts and measureFunctions.ts by
 * custom-functions-metadata (the generator behind custom-functions-metadata-plugin). This runs the same
 * generator and checks that each worksheet function of the spec is there with its parameters, and that
 * the Chinese texts in src/functions/functions.zh-CN.json cover all of them (as the build requires).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fs from "fs";
import * as path from "path";
import { localizeFunctionsMetadata, type FunctionsMetadata } from "../../scripts/localizeFunctionsMetadata";
import { ROOT } from "./manifestXml";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionEntry {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string };
}

/** The spec's signatures: required parameters first, [optional] ones after. */
const SIGNATURES: Record<string, { required: string[]; optional: string[] }> = {
  GAP: { required: ["experience", "expectation"], optional: ["stats"] },
  KEYEXP: { required: ["importance", "performance"], optional: ["labels", "reference"] },
  SERVQUAL: { required: ["perception", "expectation"], optional: ["dimensions", "weights"] },
  IPA: { required: ["importance", "performance"], optional: ["labels", "crosshair"] },
  ALPHA: { required: ["items"], optional: ["details", "missing", "labels"] },
  DRIVERS: { required: ["outcome", "drivers"], optional: ["labels"] },
  SEGMENTS: { required: ["values", "segments"], optional: ["adjust", "confidence"] },
  KANO: {
    required: ["functional", "dysfunctional"],
    optional: ["labels", "answer_scale", "tie_threshold"],
  },
  NPS: { required: ["scores"], optional: ["groups", "confidence"] },
  CSAT: { required: ["scores"], optional: ["top_box", "scale_top", "groups", "confidence"] },
};
/** Survey ranges must arrive as any[][]: with number[][] Excel desktop turns blank cells into 0. */
const SURVEY_RANGES: Record<string, string[]> = {
  GAP: ["experience", "expectation"],
  KEYEXP: ["importance", "performance"],
  SERVQUAL: ["perception", "expectation"],
  IPA: ["importance", "performance"],
  ALPHA: ["items"],
  DRIVERS: ["outcome", "drivers"],
  SEGMENTS: ["values", "segments"],
  // CX.KANO's paired answers; CX.NPS's and CX.CSAT's scores with their group labels
  KANO: ["functional", "dysfunctional"],
  NPS: ["scores", "groups"],
  CSAT: ["scores", "groups"],
};

let metadata: { functions: FunctionEntry[] };
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([
    path.join(ROOT, "src", "functions", "gapFunctions.ts"),
    path.join(ROOT, "src", "functions", "measureFunctions.ts"),
  ]);
  errors = result.errors;
  metadata = JSON.parse(result.metadataJson || '{"functions": []}');
}, 60_000);

function entry(id: string): FunctionEntry {
  const found = metadata.functions.find((fn) => fn.id === id);
  if (!found) throw new Error(`functions.json has no ${id}`);
  return found;
}

describe("custom functions metadata (generated from src/functions/gapFunctions.ts and measureFunctions.ts)", () => {
  test("generates without errors, exactly the CX functions of the spec", () => {
    expect(errors).toEqual([]);
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
  });

  test.each(Object.keys(SIGNATURES))("%s: name, parameters in order, optional ones marked", (id) => {
    const fn = entry(id);
    const { required, optional } = SIGNATURES[id]!;
    expect(fn.name).toBe(id);
    expect(fn.parameters.map((p) => p.name)).toEqual([...required, ...optional]);
    expect(fn.parameters.map((p) => p.optional === true)).toEqual([
      ...required.map(() => false),
      ...optional.map(() => true),
    ]);
    expect(fn.result?.dimensionality).toBe("matrix");
  });

  test.each(Object.keys(SIGNATURES))("%s: survey ranges are any-typed matrices", (id) => {
    const names = SURVEY_RANGES[id] ?? [];
    const ranges = entry(id).parameters.filter((p) => names.includes(p.name));
    expect(ranges.map((range) => range.name)).toEqual(names);
    for (const range of ranges)
      expect([range.name, range.type, range.dimensionality]).toEqual([range.name, "any", "matrix"]);
  });

  test.each(Object.keys(SIGNATURES))("%s: the function and every parameter are described", (id) => {
    const fn = entry(id);
    const undocumented = [fn, ...fn.parameters]
      .filter((item) => (item.description ?? "").trim().length < 10)
      .map((item) => ("id" in item ? item.id : item.name));
    expect(undocumented).toEqual([]);
  });

  test("functions.zh-CN.json translates every function and parameter, names unchanged", () => {
    const translationsFile = path.join(ROOT, "src", "functions", "functions.zh-CN.json");
    const translations = JSON.parse(fs.readFileSync(translationsFile, "utf8"));
    const localized = localizeFunctionsMetadata(metadata as FunctionsMetadata, translations);
    expect(localized.functions.map((fn) => fn.name)).toEqual(metadata.functions.map((fn) => fn.name));
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters ?? []) expect(parameter.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
