/**
 * The layer rules of eslint.config.mjs (core ← survey ← functions / excel ← taskpane) catch a wrong-way
 * import and a host global where they do not belong. Each case lints a line of code as if it stood in a
 * file of that layer; a rule that let it through would pass the lint step silently.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

// ESLint loads eslint.config.mjs with a dynamic import, which jest's module system cannot do; the cases are
// linted in one plain Node process instead, through ESLint's own API.
const LINT_CASES = `
const { ESLint } = require("eslint");
const path = require("path");
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const out = [];
  for (const [filePath, code] of cases) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), filePath) });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals" || m.ruleId === "no-restricted-syntax").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

type Case = [filePath: string, code: string];

function layerMessages(cases: readonly Case[]): string[][] {
  const output = execFileSync(process.execPath, ["-e", LINT_CASES], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const WRONG_WAY_IMPORTS: Case[] = [
  ["src/core/example.ts", 'import { analyzeSurvey } from "../survey";\nexport const a = analyzeSurvey;\n'],
  ["src/core/example.ts", 'import { gap } from "../functions/functions";\nexport const a = gap;\n'],
  [
    "src/survey/example.ts",
    'import { createExcelGateway } from "../excel/gateway";\nexport const a = createExcelGateway;\n',
  ],
  [
    "src/functions/example.ts",
    'import { analyzeSurvey } from "../survey";\nexport const a = analyzeSurvey;\n',
  ],
  [
    "src/functions/example.ts",
    'import { Button } from "@fluentui/react-components";\nexport const a = Button;\n',
  ],
  ["src/excel/example.ts", 'import { pairItems } from "../survey/pairItems";\nexport const a = pairItems;\n'],
  ["src/excel/example.ts", 'import { App } from "../taskpane/components/App/App";\nexport const a = App;\n'],
  ["src/taskpane/example.ts", 'import { gap } from "../functions/functions";\nexport const a = gap;\n'],
];

const HOST_GLOBALS_OUT_OF_PLACE: Case[] = [
  ["src/core/example.ts", "export const language = Office.context.displayLanguage;\n"],
  ["src/survey/example.ts", "export const width = window.innerWidth;\n"],
  ["src/functions/example.ts", "export const language = Office.context.displayLanguage;\n"],
  ["src/functions/example.ts", 'export const cell = document.createElement("td");\n'],
  ["src/taskpane/example.ts", "export const run = Excel.run;\n"],
];

// Math.min(...values) passes every value as an argument; V8 refuses ~10^5 of them (a 200,000-respondent
// survey made analyzeSurvey fail with "Maximum call stack size exceeded")
const UNBOUNDED_SPREADS: Case[] = [
  ["src/survey/example.ts", "export const f = (a: number[]) => Math.min(...a);\n"],
  ["src/taskpane/example.tsx", "export const f = (a: number[]) => Math.max(0, ...a);\n"],
];

const ALLOWED: Case[] = [
  [
    "src/core/example.ts",
    'import { extent } from "./extent";\nexport const f = (a: number[]) => extent(a).largest;\n',
  ],
  ["src/survey/example.ts", 'import { mean } from "../core";\nexport const a = mean;\n'],
  ["src/excel/example.ts", 'import { analyzeSurvey } from "../survey";\nexport const a = analyzeSurvey;\n'],
  [
    "src/taskpane/example.ts",
    'import { analyzeSurvey } from "../survey";\nexport const a = analyzeSurvey;\n',
  ],
  ["src/excel/example.ts", "export const language = Office.context.displayLanguage;\n"],
];

describe("layer rules (eslint.config.mjs)", () => {
  jest.setTimeout(120_000);
  const all = [...WRONG_WAY_IMPORTS, ...HOST_GLOBALS_OUT_OF_PLACE, ...UNBOUNDED_SPREADS, ...ALLOWED];
  let messages: string[][] = [];
  beforeAll(() => {
    messages = layerMessages(all);
  });
  const withIndex = (cases: Case[]) => cases.map((c) => [c[0], c[1], all.indexOf(c)] as const);

  test.each(withIndex(WRONG_WAY_IMPORTS))("%s may not: %s", (_file, _code, index) => {
    expect(messages[index]).not.toEqual([]);
  });

  test.each(withIndex(HOST_GLOBALS_OUT_OF_PLACE))(
    "%s may not use a host global: %s",
    (_file, _code, index) => {
      expect(messages[index]).not.toEqual([]);
    },
  );

  test.each(withIndex(UNBOUNDED_SPREADS))(
    "%s may not spread into Math.min/max: %s",
    (_file, _code, index) => {
      expect(messages[index]).not.toEqual([]);
    },
  );

  test.each(withIndex(ALLOWED))("%s may: %s", (_file, _code, index) => {
    expect(messages[index]).toEqual([]);
  });
});
