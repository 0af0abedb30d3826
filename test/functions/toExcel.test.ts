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
  test("in Excel, every function is associated, adapted, after the module has run", async () => {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/functions/functions");
    });
    await Promise.resolve();
    expect(fakeRuntime.associate.mock.calls.map(([id]) => id)).toEqual([
      "GAP",
      "KEYEXP",
      "SERVQUAL",
      "IPA",
      "ALPHA",
      "DRIVERS",
      "SEGMENTS",
    ]);
    const registeredGap = fakeRuntime.associate.mock.calls[0]![1];
    expect(() => registeredGap([[1]], [[1, 2]])).toThrow(FakeCustomFunctionsError as never);
    expect(registeredGap([[3]], [[1]])).toEqual([[2]]);
  });

  test("in Node without Office nothing is registered", async () => {
    delete global.CustomFunctions;
    await jest.isolateModulesAsync(async () => {
      const functions = await import("../../src/functions/functions");
      expect(functions.gap([[3]], [[1]])).toEqual([[2]]);
    });
    await Promise.resolve();
    expect(fakeRuntime.associate).not.toHaveBeenCalled();
  });
});
