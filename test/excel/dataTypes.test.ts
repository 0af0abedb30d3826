/**
 * Cells holding data types (formatted numbers, stocks, geography) are read as their basic value
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts: "basicValue matches the value that
 * would be returned by the values property"), never as blanks. Means below: by hand over the answers shown.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { basicCell } from "../../src/excel/readSurvey";
import { createExcelGateway } from "../../src/excel/gateway";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

const formatted = (n: number) => ({
  type: "FormattedNumber",
  basicType: "Double",
  basicValue: n,
  numberFormat: "0.0",
});

describe("data types in the survey", () => {
  it("formatted numbers are answers: E1 = 4, 5 and P1 = 3, 4 give a gap of -1", async () => {
    office = installFakeOffice(globalThis, {
      sheets: [
        {
          name: "Survey",
          rows: [
            ["Store", "E1", "P1"],
            [{ type: "Entity", text: "Seattle", basicType: "Error", basicValue: "#VALUE!" }, formatted(4), 3],
            ["Tacoma", 5, formatted(4)],
          ],
        },
      ],
      selection: "Survey!A1:C3",
    });
    const survey = await createExcelGateway().readSurvey();
    expect(survey.rows).toEqual([
      ["#VALUE!", 4, 3],
      ["Tacoma", 5, 4],
    ]);
    const analysis = analyzeSurvey(survey, defaultSettings(survey, detectColumnRoles(survey)));
    expect(analysis.items[0]).toMatchObject({ n: 2, expectationMean: 4.5, perceptionMean: 3.5, gap: -1 });
  });

  it("a cell value in its JSON form is read as its basic value", () => {
    expect(basicCell(formatted(4))).toBe(4);
    expect(basicCell({ type: "Boolean", basicValue: true })).toBe(true);
    expect(basicCell({ type: "Entity", text: "MSFT", basicValue: "#VALUE!" })).toBe("#VALUE!");
    expect(basicCell({ type: "Array", basicValue: undefined })).toBeNull();
    expect(basicCell(7)).toBe(7);
  });
});
