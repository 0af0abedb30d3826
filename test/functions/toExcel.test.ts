import { ExcelFunctionError } from "../../src/functions/excelError";

/** A stand-in for the custom-functions runtime: the error class and codes it defines, and associate. */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const fakeRuntime = {
  Error: FakeCustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
  },
  associate: jest.fn<void, [string, (...parameters: unknown[]) => unknown[][]]>(),
};

const global = globalThis as { CustomFunctions?: unknown };

beforeEach(() => {
  fakeRuntime.associate.mockClear();
  global.CustomFunctions = fakeRuntime;
});
afterEach(() => {
  delete global.CustomFunctions;
});

describe("toExcel", () => {
  test("error values in result cells become CustomFunctions.Error, other cells stay", async () => {
    const { toExcel } = await import("../../src/functions/toExcel");
    const adapted = toExcel(() => [[1, "a", new ExcelFunctionError("#DIV/0!", "t divides by zero")]]);
    const [row] = adapted();
    expect(row!.slice(0, 2)).toEqual([1, "a"]);
    // Excel shows messages only on #VALUE! and #N/A; other codes go without one.
    expect(row![2]).toEqual(new FakeCustomFunctionsError("#DIV/0!"));
  });

  test("a thrown ExcelFunctionError is thrown as CustomFunctions.Error with its message", async () => {
    const { toExcel } = await import("../../src/functions/toExcel");
    const adapted = toExcel(() => {
      throw new ExcelFunctionError("#N/A", "nothing matches");
    });
    expect(() => adapted()).toThrow(
      expect.objectContaining({ code: "#N/A", message: "nothing matches" }) as never,
    );
  });

  test("any other exception becomes #VALUE! with a message", async () => {
    const { toExcel } = await import("../../src/functions/toExcel");
    const adapted = toExcel(() => {
      throw new TypeError("oops");
    });
    let thrown: unknown;
    try {
      adapted();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: "CX cannot compute this: oops." });
  });
});

describe("registration", () => {
  test("in Excel, every function is associated, adapted; the further measures load their code when first called", async () => {
    const { registerFunctions } = await import("../../src/functions/registerFunctions");
    registerFunctions(fakeRuntime as never);
    expect(fakeRuntime.associate.mock.calls.map(([id]) => id)).toEqual([
      "GAP",
      "KEYEXP",
      "SERVQUAL",
      "IPA",
      "ALPHA",
      "DRIVERS",
      "SEGMENTS",
      "KANO",
      "NPS",
      "CSAT",
    ]);
    const registeredGap = fakeRuntime.associate.mock.calls[0]![1];
    expect(() => registeredGap([[1]], [[1, 2]])).toThrow(FakeCustomFunctionsError as never);
    expect(registeredGap([[3]], [[1]])).toEqual([[2]]);
    // a further measure answers with a Promise (Excel shows #BUSY! until it settles), errors included
    const registeredNps = fakeRuntime.associate.mock.calls[8]![1];
    const promoters = registeredNps([[10], [9], [3], [8]]);
    expect(promoters).toBeInstanceOf(Promise);
    const spill = (await promoters) as unknown[][];
    // 2 promoters, 1 passive, 1 detractor of 4: NPS 25 (by hand)
    expect(spill[1]?.slice(0, 6)).toEqual(["All", 4, 0.5, 0.25, 0.25, 25]);
    await expect(registeredNps([[11]])).rejects.toBeInstanceOf(FakeCustomFunctionsError);
  });

  test("the bundle's entry registers nothing in Node, where there is no CustomFunctions", async () => {
    delete global.CustomFunctions;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/entries/functions");
      const functions = await import("../../src/functions/functions");
      expect(functions.gap([[3]], [[1]])).toEqual([[2]]);
    });
    await Promise.resolve();
    expect(fakeRuntime.associate).not.toHaveBeenCalled();
  });
});
