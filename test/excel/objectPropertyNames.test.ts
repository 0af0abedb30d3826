/**
 * Names a user types that are also properties of every JavaScript object (constructor, toString, valueOf,
 * hasOwnProperty, __proto__) are plain names: as dimensions and in headers they go through the analysis, the
 * write plan and the (strict) fake Excel like any other name.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { RawSurvey } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";

const NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"] as const;

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

/** Exp_/Perc_ pairs named after the object properties, answers 1–5 */
function survey(): RawSurvey {
  const headers = [...NAMES.map((n) => `Exp_${n}`), ...NAMES.map((n) => `Perc_${n}`)];
  const rows = [
    [5, 4, 3, 4, 5, 4, 3, 3, 2, 4],
    [4, 4, 4, 5, 3, 3, 4, 2, 3, 3],
    [5, 3, 4, 4, 4, 4, 2, 4, 3, 2],
  ];
  return { sheetName: "Survey", address: "A1:J4", headers, rows };
}

async function writeWith(
  dimensionOf: (item: string, index: number) => string | undefined,
  record: () => Record<string, string> = () => Object.create(null) as Record<string, string>,
) {
  const raw = survey();
  office = installFakeOffice(globalThis, {
    sheets: [{ name: "Survey", rows: [raw.headers, ...(raw.rows as number[][])] }],
    selection: "Survey!A1:J4",
  });
  const gateway = createExcelGateway();
  const read = await gateway.readSurvey();
  const defaults = defaultSettings(read, detectColumnRoles(read));
  const items = [...new Set(defaults.roles.flatMap((r) => (r.item === undefined ? [] : [r.item])))];
  const dimensionOfItem = record();
  items.forEach((item, index) => {
    const dimension = dimensionOf(item, index);
    if (dimension !== undefined) dimensionOfItem[item] = dimension;
  });
  const settings = { ...defaults, dimensionOfItem };
  const analysis = analyzeSurvey(read, settings);
  const plan = buildWritePlan(analysis, settings, resultLabels("en-US"), read);
  const report = await gateway.writeResults(plan, { replaceExisting: false });
  return { analysis, items, report };
}

describe("names that are also JavaScript object properties", () => {
  it("items from headers such as Exp_constructor are items like any other", async () => {
    const { items, analysis, report } = await writeWith(() => "service");
    expect(items).toHaveLength(5);
    expect(items).toContain("constructor");
    expect(analysis.items.map((i) => [i.item, i.dimension, i.n])).toEqual(
      items.map((i) => [i, "service", 3]),
    );
    expect(report.tables.map((t) => t.name)).toContain("CXGapItems");
  });

  it.each(NAMES)("a dimension typed as %s is a dimension like any other", async (name) => {
    const { analysis, report } = await writeWith((_, index) => (index < 3 ? name : "Other"));
    expect(analysis.dimensions.map((d) => d.key)).toEqual([name, "Other"]);
    expect(analysis.items.filter((i) => i.dimension === name)).toHaveLength(3);
    // the dimension table names it as typed, as text
    const sheet = office!.state.sheet(report.sheetName)!;
    const table = office!.state.tables.find((t) => t.name === "CXGapDimensions")!;
    const firstRow = Number(/\d+/.exec(table.address)![0]); // header row, 1-based
    expect(sheet.cellAt(firstRow, 0)).toBe(name);
  });

  it("an item called constructor that the manager left without a dimension has none (a plain {} map, as settings arrive)", async () => {
    const { analysis } = await writeWith(
      (item) => (item === "constructor" ? undefined : "service"),
      () => ({}),
    );
    expect(analysis.items.find((i) => i.item === "constructor")?.dimension).toBeUndefined();
    expect(analysis.problems).toContainEqual({
      code: "itemWithoutDimension",
      severity: "warning",
      item: "constructor",
    });
  });
});
