/*
 * The one cell policy (src/core/cellPolicy.ts), in its two named forms. Expected answers come from
 * Excel's documented rules: AVERAGE ignores text, logical values and empty cells in a range
 * (https://support.microsoft.com/en-us/office/average-function-047bac88-d466-426c-a32b-8f33eb960cf6);
 * a data-type cell's basicValue is "the value that would be returned by Range.values for a cell with
 * this value" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue), with
 * objects shaped as Microsoft's custom-functions data-types guide shows them
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "@jest/globals";
import {
  basicValueOf,
  EXCEL_ERROR_VALUES,
  excelErrorCodeOf,
  pastedSurveyAnswer,
  worksheetFunctionAnswer,
} from "../../src/core";
import { answerOf } from "../../src/survey";
import { gap, keyexp } from "../../src/functions/functions";

/** As the guide's createFormattedNumber returns it, and as Range.valuesAsJson shows a formatted number. */
const formattedFour = { type: "Double", basicValue: 4, numberFormat: "0.00" };
const formattedFive = { type: "FormattedNumber", basicValue: 5, numberFormat: "0.0" };
/** An entity (a stock or geography is a LinkedEntity of the same shape), basic value as Range.values shows it. */
const entity = { type: "Entity", text: "Contoso", basicType: "Error", basicValue: "#VALUE!", properties: {} };

describe("two named policies, different on purpose about numbers stored as text", () => {
  it.each<[unknown, number | null, number | null]>([
    // cell, worksheet functions (as AVERAGE), pasted survey (the wizard)
    [4, 4, 4],
    ["4", null, 4],
    [" 4.5 ", null, 4.5],
    ["n/a", null, null],
    ["", null, null],
    [null, null, null],
    [true, null, null],
    ["#N/A", null, null],
    [formattedFour, 4, 4],
    [formattedFive, 5, 5],
    [entity, null, null],
  ])("%j: functions %j, survey %j", (cell, functions, survey) => {
    expect(worksheetFunctionAnswer(cell)).toBe(functions);
    expect(pastedSurveyAnswer(cell)).toBe(survey);
  });

  it("the survey layer's answerOf is the pasted-survey policy", () => {
    expect(answerOf("4")).toBe(4);
    expect(answerOf("#REF!")).toBeNull();
  });
});

describe("data types", () => {
  it("read by their basic value", () => {
    expect(basicValueOf(formattedFour)).toBe(4);
    expect(excelErrorCodeOf(entity)).toBe("#VALUE!");
    expect(excelErrorCodeOf(formattedFour)).toBeUndefined();
  });

  it("CX.GAP counts formatted numbers as the numbers they are, not as blanks", () => {
    // (4 − 5 + 5 − 5) / 2 = −0.5 by hand; as blanks the gap would be 0 over one pair
    expect(gap([[formattedFour], [formattedFive]], [[5], [5]])).toEqual([[-0.5]]);
  });
});

describe("Excel's error values", () => {
  it("are one list, every one recognised", () => {
    for (const code of EXCEL_ERROR_VALUES) expect(excelErrorCodeOf(code)).toBe(code);
    expect(EXCEL_ERROR_VALUES).toContain("#PYTHON!");
  });

  it("are written out in one source file only", () => {
    const files: string[] = [];
    const walk = (folder: string): void => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, "..", "..", "src"));
    const listing = files.filter((file) => /GETTING_DATA/.test(readFileSync(file, "utf8")));
    expect(listing.map((file) => file.replace(/.*src[\\/]/, ""))).toEqual(["core/cellPolicy.ts"]);
  });
});

describe("a single data-type cell given where a range is expected", () => {
  it("is a 1 × 1 range of its number (CX.KEYEXP's reference as a formatted 7)", () => {
    // shortfalls against a scale top of 7: 7 − 3 = 4 and 7 − 6 = 1; scores 0.5 × 4 = 2, 0.9 × 1 = 0.9
    const result = keyexp([[0.5, 0.9]], [[3, 6]], undefined, {
      type: "FormattedNumber",
      basicValue: 7,
      numberFormat: "0",
    } as never);
    expect(result.slice(1).map((row) => row[4])).toEqual([2, 0.9]);
  });
});
