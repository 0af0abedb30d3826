/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelGateway } from "../../src/excel";
import type { DeletedSheetProof } from "../doubles/fakeSheets";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import sample from "../e2e/sample-survey.json";
import { readState, renderPane, clickWriteWhenReady } from "./renderPane";
import { sampleRawSurvey } from "./sampleSurvey";

/** a write or Refresh of the whole sample takes 20–30 s in jsdom on a busy 2-core machine (see writeAgain) */
const WRITE_TIMEOUT = 90_000;

let office: FakeOffice | undefined;
afterEach(() => office?.uninstall());

/** The real gateway over the recording workbook double: the survey sheet plus a sheet of the user's own. */
function workbookWithSurvey(): FakeOffice {
  const rows = [sample.headers, ...sample.rows.map((row) => row.map((cell) => cell ?? ""))];
  return installFakeOffice(globalThis, {
    sheets: [
      { name: sample.sheetName, rows },
      { name: "Board notes", rows: [["the user's own notes"]] },
    ],
    selection: `'${sample.sheetName}'!A1:BQ61`,
  });
}

/**
 * Refresh replaces the add-in's earlier sheets only when the manager agrees: the pane names them (and says the
 * action plan keeps what was typed), Cancel writes nothing, and a confirmed Refresh deletes exactly the two
 * sheets it named, each proven the add-in's own when the fake deleted it (the custom property the add-in
 * writes, the id it stored, and for the details the item gaps table: see decideReplace).
 */
describe("Refresh asks before it replaces", () => {
  it(
    "writes nothing on Cancel, and on confirmation replaces only the sheets it named",
    async () => {
      const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
      office = workbookWithSurvey();
      const { state } = office;

      // an analysis written earlier, then the manager types an owner into the action plan
      const first = renderPane(createExcelGateway() as never, {
        initialState: readState(sampleRawSurvey(), "write"),
      });
      await clickWriteWhenReady(user);
      // a busy machine may take a while to analyse, plan and write the 60-respondent sample
      expect(
        await screen.findByText("Results written on 3 sheets.", undefined, { timeout: WRITE_TIMEOUT }),
      ).toBeInTheDocument();
      first.unmount();
      const plan = state.sheet("Action plan")!;
      let ownerRow = -1;
      let ownerColumn = -1;
      for (const [key, value] of plan.written)
        if (value === "Owner") [ownerRow, ownerColumn] = key.split(",").map(Number) as [number, number];
      expect(ownerRow).toBeGreaterThanOrEqual(0);
      plan.written.set(`${ownerRow + 1},${ownerColumn}`, "Li Wei");
      const idOf = (key: string): string => String(state.settings.get(key));
      const ownIds = { details: idOf("cxgap.resultsSheetId"), summary: idOf("cxgap.summarySheetId") };
      const sheetsBefore = state.liveSheets().map((sheet) => sheet.name);
      expect(sheetsBefore).toEqual([
        "CX Gap summary",
        "Action plan",
        sample.sheetName,
        "Board notes",
        "CX Gap results",
      ]);

      // the pane opens again on this workbook: it finds the saved analysis and its sheets
      renderPane(createExcelGateway() as never);
      await screen.findByText("This workbook holds the settings of an earlier analysis.");
      const refresh = screen.getByRole("button", { name: "Refresh" });
      // the sheets are found before Refresh is offered; the question names them
      await user.click(refresh);
      // (found by role and title: jsdom's accessible-name computation misses the title after the pane's second
      // mount here; the browser test checks the dialog's name with axe-core)
      const dialog = await screen.findByRole("dialog");
      expect(within(dialog).getByRole("heading", { name: "Replace the earlier results?" })).toHaveAttribute(
        "id",
        dialog.getAttribute("aria-labelledby"),
      );
      expect(within(dialog).getByText("“CX Gap summary”: the summary")).toBeInTheDocument();
      expect(
        within(dialog).getByText("“CX Gap results”: the details (statistics and charts)"),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          "“Action plan” is updated in place: what you typed under Owner, Due date, Status and Notes is kept.",
        ),
      ).toBeInTheDocument();

      const writesBefore = state.writes.length;
      const syncsBefore = state.syncCount;
      await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
      // Cancel: not a read, not a write
      expect(state.syncCount).toBe(syncsBefore);
      expect(state.writes.length).toBe(writesBefore);
      expect(state.liveSheets().map((sheet) => sheet.name)).toEqual(sheetsBefore);

      await user.click(screen.getByRole("button", { name: "Refresh" }));
      await user.click(
        within(await screen.findByRole("dialog")).getByRole("button", { name: "Replace and refresh" }),
      );
      expect(
        await screen.findByText("Refreshed: results written to “CX Gap summary”.", undefined, {
          timeout: WRITE_TIMEOUT,
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(
          /^“Action plan”, the action plan: 5 items to fix and 2 surprise moments to plan, 1 row you filled in kept$/,
        ),
      ).toBeInTheDocument();

      const deleted = state.writes.slice(writesBefore).filter((write) => write.kind === "deleteSheet");
      expect(deleted.map((write) => write.sheet)).toEqual(["CX Gap results", "CX Gap summary"]);
      const [details, summary] = deleted.map((write) => write.data as DeletedSheetProof);
      // each deleted sheet is the one whose id the add-in stored, carrying the add-in's own custom property
      expect(details).toMatchObject({ id: ownIds.details, customProperties: { CXGapResults: "1" } });
      expect(details!.tables).toContain("CXGapItems");
      expect(summary).toMatchObject({ id: ownIds.summary, customProperties: { CXGapResults: "summary" } });
      // replaced, not added beside: the same sheets as before, the user's notes and the typed owner untouched
      expect(state.liveSheets().map((sheet) => sheet.name)).toEqual(sheetsBefore);
      expect(state.sheet("Board notes")?.cellAt(0, 0)).toBe("the user's own notes");
      expect(state.sheet("Action plan")?.cellAt(ownerRow + 1, ownerColumn)).toBe("Li Wei");
      const foreign = state.writes
        .slice(writesBefore)
        .filter(
          (write) =>
            write.kind !== "setting" &&
            !["CX Gap results", "CX Gap summary", "Action plan"].includes(write.sheet),
        );
      expect(foreign).toEqual([]);
    },
    4 * WRITE_TIMEOUT,
  );

  it("asks in Chinese too", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const { fakeGateway } = await import("./renderPane");
    const gateway = fakeGateway("zh-CN");
    const { defaultSettings, detectColumnRoles } = await import("../../src/survey");
    const survey = sampleRawSurvey();
    gateway.loadSettings.mockResolvedValue(defaultSettings(survey, detectColumnRoles(survey)));
    gateway.findOwnResultsSheet.mockResolvedValue({
      name: "CX Gap 结果",
      summaryName: "CX Gap 摘要",
      actionPlanName: "行动计划",
    });
    renderPane(gateway, { language: "zh-CN" });
    await user.click(await screen.findByRole("button", { name: "刷新" }));
    const dialog = await screen.findByRole("dialog", { name: "替换之前的结果？" });
    expect(within(dialog).getByText("“CX Gap 摘要”：摘要")).toBeInTheDocument();
    expect(within(dialog).getByText("“CX Gap 结果”：明细（统计表和图表）")).toBeInTheDocument();
    expect(within(dialog).getByText(/^“行动计划”原地更新：/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "替换并刷新" }));
    await screen.findByText("已刷新：结果已写入“CX Gap results”。");
    expect(gateway.writeResults.mock.calls[0]![1]).toEqual({
      replaceExisting: true,
      confirmedReplace: "CX Gap 结果",
    });
  });
});
