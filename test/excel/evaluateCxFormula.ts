/**
 * Evaluates a =CX.… formula written on the fake workbook by calling the worksheet functions of src/functions
 * on the cells its arguments address, as Excel would pass them (blank cells as null). Understands what the
 * write plan produces: A1 ranges (optionally 'Sheet'!-qualified, $-anchored), array constants of numbers and
 * text, and quoted text.
 */
import { gap, ipa, keyexp, servqual } from "../../src/functions/functions";
import type { FakeWorkbookState } from "../doubles/installFakeOffice";
import { parseBox } from "../doubles/fakeWorkbook";

const FUNCTIONS: Record<string, (...args: unknown[][][]) => unknown[][]> = {
  "CX.GAP": (a, b) => gap(a!, b!),
  "CX.SERVQUAL": (a, b, c, d) => servqual(a!, b!, c, d),
  "CX.KEYEXP": (a, b, c, d) => keyexp(a!, b!, c, d),
  "CX.IPA": (a, b, c, d) => ipa(a!, b!, c, d),
};

export function evaluateCxFormula(
  formula: string,
  state: FakeWorkbookState,
  formulaSheet: string,
): unknown[][] {
  const match = /^=(CX\.[A-Z]+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not a CX formula: ${formula}`);
  const run = FUNCTIONS[match[1]!];
  if (!run) throw new Error(`unknown function ${match[1]}`);
  return run(...splitArguments(match[2]!).map((argument) => argumentValue(argument, state, formulaSheet)));
}

function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"' || ch === "'") quoted = !quoted;
    if (!quoted && ch === "{") depth++;
    if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function argumentValue(argument: string, state: FakeWorkbookState, formulaSheet: string): unknown[][] {
  if (argument.startsWith("{")) {
    return argument
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((cell) => (cell.startsWith('"') ? cell.slice(1, -1) : Number(cell))));
  }
  if (argument.startsWith('"')) return [[argument.slice(1, -1)]];
  const bang = argument.lastIndexOf("!");
  const sheetName = bang < 0 ? formulaSheet : argument.slice(0, bang).replace(/^'|'$/g, "");
  const sheet = state.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const box = parseBox(argument.slice(bang + 1).replace(/\$/g, ""));
  return Array.from({ length: box.rowCount }, (_, r) =>
    Array.from({ length: box.columnCount }, (_, c) => {
      const cell = sheet.cellAt(box.row + r, box.column + c);
      return cell === "" ? null : cell;
    }),
  );
}
