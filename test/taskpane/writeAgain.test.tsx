/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelGateway } from "../../src/excel";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import sample from "../e2e/sample-survey.json";
import { fakeGateway, readState, renderPane, clickWriteWhenReady } from "./renderPane";
import { SAMPLE_ADDRESS, sampleRawSurvey } from "./sampleSurvey";

/**
 * A write of the whole sample (83 columns, every result block) through the fake takes 20–30 s in jsdom on a
 * busy 2-core machine: wait for it that long, and more, rather than fail on the machine's load.
 */
const WRITE_TIMEOUT = 90_000;

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

/** The real gateway over the recording workbook double: the survey sheet plus a sheet of the user's own. */
function workbookWithSurvey(): FakeOffice {
  const rows = [sample.headers, ...sample.rows.map((row) => row.map((cell) => cell ?? ""))];
  return installFakeOffice(globalThis, {
    sheets: [
      { name: sample.sheetName, rows },
      { name: "CX Gap results 2", rows: [["the user's own notes"]] },
    ],
    selection: `'${sample.sheetName}'!${SAMPLE_ADDRESS}`,
  });
}

describe("Writing again", () => {
  it(
    "offers to replace the sheet it just wrote, and replacing it touches no other sheet",
    async () => {
      const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
      office = workbookWithSurvey();
      const { state } = office;
      renderPane(createExcelGateway() as never, { initialState: readState(sampleRawSurvey(), "write") });

      await clickWriteWhenReady(user);
      expect(
        await screen.findByText("Results written on 3 sheets.", undefined, { timeout: WRITE_TIMEOUT }),
      ).toBeInTheDocument();
      // every sheet written, in workbook order, with what it holds (counted on the fake workbook below)
      const summaryTables = state.tables.filter((t) => t.sheet.name === "CX Gap summary" && !t.sheet.deleted);
      const detailsTables = state.tables.filter((t) => t.sheet.name === "CX Gap results" && !t.sheet.deleted);
      const chartsOn = (sheet: string): number => state.charts.filter((c) => c.sheet === sheet).length;
      const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
      expect(summaryTables.length).toBeGreaterThan(0);
      expect(
        screen
          .getAllByRole("listitem")
          .map((item) => item.textContent)
          .filter((text) => text?.startsWith("“")),
      ).toEqual([
        `“CX Gap summary”, the summary: ${plural(summaryTables.length, "table")} · ${plural(chartsOn("CX Gap summary"), "chart")}`,
        "“Action plan”, the action plan: 5 items to fix and 2 surprise moments to plan",
        `“CX Gap results”, the details: ${plural(detailsTables.length, "table")} · ${plural(chartsOn("CX Gap results"), "chart")}`,
      ]);
      // after a write the pane says what pressing again does: replace the sheets it just wrote
      const replace = screen.getByRole("checkbox", {
        name: "Replace the earlier results sheets “CX Gap summary” and “CX Gap results”",
      });
      expect(replace).toBeChecked();
      expect(screen.queryByRole("button", { name: "Write results sheet" })).not.toBeInTheDocument();
      const writesBefore = state.writes.length;

      await user.click(screen.getByRole("button", { name: "Replace results sheet" }));
      expect(
        await screen.findByText("Earlier results replaced: 3 sheets written.", undefined, {
          timeout: WRITE_TIMEOUT,
        }),
      ).toBeInTheDocument();
      // the summary first, the action plan (rewritten in place), the user's sheets, the details
      expect(state.liveSheets().map((sheet) => sheet.name)).toEqual([
        "CX Gap summary",
        "Action plan",
        sample.sheetName,
        "CX Gap results 2",
        "CX Gap results",
      ]);
      const second = state.writes.slice(writesBefore);
      expect(second.filter((write) => write.kind === "deleteSheet").map((write) => write.sheet)).toEqual([
        "CX Gap results",
        "CX Gap summary",
      ]);
      const own = ["CX Gap results", "CX Gap summary", "Action plan"];
      const foreign = second.filter(
        (write) => write.kind !== "setting" && write.kind !== "addSheet" && !own.includes(write.sheet),
      );
      expect(foreign).toEqual([]);
      expect(state.sheet("CX Gap results 2")?.cellAt(0, 0)).toBe("the user's own notes");
    },
    4 * WRITE_TIMEOUT,
  );

  it("writes a new sheet beside the earlier one when the manager unticks replace", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const gateway = fakeGateway();
    gateway.findOwnResultsSheet.mockResolvedValue({ name: "CX Gap results" });
    renderPane(gateway, { initialState: readState(sampleRawSurvey(), "write") });
    await user.click(
      await screen.findByRole("checkbox", { name: "Replace the earlier results sheet “CX Gap results”" }),
    );
    await user.click(screen.getByRole("button", { name: "Write a new results sheet" }));
    await screen.findByText("Results written to “CX Gap results”.");
    expect(gateway.writeResults.mock.calls[0]![1]).toEqual({ replaceExisting: false });
  });
});
