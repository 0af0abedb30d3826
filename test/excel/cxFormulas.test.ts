/**
 * The one module that writes =CX.… formulas against what Excel registers: the parameter lists are read from
 * the JSDoc declarations in src/functions (the text custom-functions-metadata turns into functions.json), not
 * restated here, so a reordered or renamed parameter fails this test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { arrayConstant, CX_PARAMETERS, cxFormula, quotedText } from "../../src/excel/cxFormulas";

const DECLARATION_FILES = ["gapFunctions.ts", "measureFunctions.ts"];

/** Each `@customfunction NAME` with its `@param {type} name` / `[name]` tags, in order. */
function declaredParameters(source: string): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const name = /@customfunction\s+([A-Z.]+)/.exec(comment)?.[1];
    if (name === undefined) continue;
    const parameters = [...comment.matchAll(/@param\s+\{[^}]*\}\s+\[?([A-Za-z_][A-Za-z0-9_]*)/g)].map(
      (match) => match[1]!,
    );
    declared.set(name, parameters);
  }
  return declared;
}

const declarations = new Map(
  DECLARATION_FILES.flatMap((file) => [
    ...declaredParameters(readFileSync(join(__dirname, "../../src/functions", file), "utf8")),
  ]),
);

describe("cxFormula", () => {
  it("reads a declaration for every function the CX namespace registers", () => {
    // the parse itself: the four gap functions and the six further measures
    expect(declarations.size).toBeGreaterThanOrEqual(10);
    expect(declarations.get("GAP")).toEqual(["experience", "expectation", "stats"]);
  });

  it.each([...declarations.keys()])("writes =CX.%s's arguments in its declared order", (name) => {
    expect(Object.keys(CX_PARAMETERS)).toContain(name);
    expect(CX_PARAMETERS[name as keyof typeof CX_PARAMETERS]).toEqual(declarations.get(name));
  });

  it("knows no function that is not declared", () => {
    expect(Object.keys(CX_PARAMETERS).sort()).toEqual([...declarations.keys()].sort());
  });

  it("puts named arguments in place and drops trailing ones left out", () => {
    expect(
      cxFormula("KEYEXP", { reference: "D2:D9", performance: "B2:B9", importance: "A2:A9", labels: "C2:C9" }),
    ).toBe("=CX.KEYEXP(A2:A9,B2:B9,C2:C9,D2:D9)");
    expect(cxFormula("SERVQUAL", { expectation: "E1", perception: "P1", weights: undefined })).toBe(
      "=CX.SERVQUAL(P1,E1)",
    );
    expect(() => cxFormula("IPA", { importance: "A1", performance: "B1", crosshair: '"mean"' })).toThrow(
      /labels is missing/,
    );
  });

  it("writes array constants and text as Excel reads them", () => {
    expect(arrayConstant([60, 40])).toBe("{60,40}");
    expect(arrayConstant(["a", 'say "hi"'])).toBe('{"a","say ""hi"""}');
    expect(quotedText("median")).toBe('"median"');
  });
});
