/**
 * The functions' error policy (src/functions/errorPolicy.ts) is the one place that chooses an Excel error:
 * Excel shows a custom function's message only on #VALUE! and #N/A ("Custom messages are only available with
 * certain error codes", https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error),
 * so every refusal the user can fix must be one of those two, and no call site may pick a code itself.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { passedOnError, refusal, REFUSAL_CODES } from "../../src/functions/errorPolicy";

const FUNCTIONS = join(__dirname, "..", "..", "src", "functions");
const MESSAGE_CODES = ["#VALUE!", "#N/A"];

describe("the functions' error policy", () => {
  it("gives every refusal the user can fix a code Excel shows a message on", () => {
    expect(MESSAGE_CODES).toContain(REFUSAL_CODES.fixable);
    expect(MESSAGE_CODES).toContain(REFUSAL_CODES.notAvailable);
    expect(refusal("fixable", "labels: one label per item").code).toBe("#VALUE!");
    expect(refusal("fixable", "labels: one label per item").message).toBe("labels: one label per item");
  });

  it("keeps Excel's own meaning for a cell with no value and a number Excel cannot hold", () => {
    expect(refusal("noValue", "item 2 has a spread of zero").code).toBe("#DIV/0!");
    expect(refusal("beyondExcel", "scores: row 3 is beyond Excel's numbers").code).toBe("#NUM!");
  });

  it.each([
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["#NUM!", "#NUM!"],
    ["#VALUE!", "#VALUE!"],
    ["#REF!", "#VALUE!"],
    ["#NAME?", "#VALUE!"],
    ["#SPILL!", "#VALUE!"],
    ["#GETTING_DATA", "#VALUE!"],
  ])("passes an error cell %s on as %s", (cell, code) => {
    const error = passedOnError(cell, `scores: row 3 holds ${cell}`);
    expect(error.code).toBe(code);
    expect(error.message).toBe(`scores: row 3 holds ${cell}`);
  });

  it("is the only place in src/functions that chooses an Excel error", () => {
    const choosing = readdirSync(FUNCTIONS)
      .filter((file) => file.endsWith(".ts") && file !== "errorPolicy.ts")
      .filter((file) =>
        // a constructor call in code (the class's own doc comment shows one in an @example)
        readFileSync(join(FUNCTIONS, file), "utf8")
          .split("\n")
          .some((line) => line.includes("new ExcelFunctionError(") && !line.trim().startsWith("*")),
      );
    expect(choosing).toEqual([]);
  });
});
