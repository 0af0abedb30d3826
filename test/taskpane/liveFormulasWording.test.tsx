/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { resultLabels } from "../../src/excel";
import type { ValueColumn, WriteReport } from "../../src/excel/types";
import { fakeGateway, readState, renderPane, WRITE_REPORT, clickWriteWhenReady } from "./renderPane";
import { sampleRawSurvey } from "./sampleSurvey";

/** The columns buildWritePlan lists when the item gaps and the dimension scores are live (liveFormulas.test.ts). */
function valueColumns(language: "en" | "zh-CN"): ValueColumn[] {
  const labels = resultLabels(language);
  return [
    ...[labels.expectation, labels.perception, labels.missing].map((column): ValueColumn => ({
      block: "itemGaps",
      column,
      reason: "noFunction",
    })),
    ...[labels.n, labels.sd, labels.ciLow, labels.ciHigh, labels.t, labels.p].map((column): ValueColumn => ({
      block: "itemGaps",
      column,
      reason: "statisticsInRows",
    })),
    { block: "dimensionScores", column: labels.respondents, reason: "noFunction" },
  ];
}

const en = resultLabels("en");
const zh = resultLabels("zh-CN");

describe("Live formulas, in plain words", () => {
  it("says before writing which numbers are formulas, and after writing which columns stayed numbers and why", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const gateway = fakeGateway();
    const report: WriteReport = { ...WRITE_REPORT, valueColumns: valueColumns("en") };
    gateway.writeResults.mockResolvedValue(report);
    renderPane(gateway, { initialState: readState(sampleRawSurvey(), "model") });
    await user.click(await screen.findByRole("radio", { name: "Live formulas (=CX…)" }));
    expect(
      screen.getByText(/^Live: each item's gap \(=CX\.GAP\), the dimension scores \(=CX\.SERVQUAL\)/),
    ).toHaveTextContent(/the item table's means, n, missing, SD, confidence interval, t and p/);
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("table", { name: "Gaps by dimension" }, { timeout: 30_000 });
    await user.click(screen.getByRole("button", { name: "Next" }));
    await clickWriteWhenReady(user);
    expect(
      await screen.findByText(
        `Item gaps: ${en.expectation}, ${en.perception}, ${en.missing} stay numbers, not formulas, because no CX function gives these numbers. Refresh updates them.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Item gaps: ${[en.n, en.sd, en.ciLow, en.ciHigh, en.t, en.p].join(", ")} stay numbers, not formulas, because =CX.GAP(…, TRUE) gives them as rows under each item, while this table has a row per item. Refresh updates them.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Dimension scores: ${en.respondents} stays a number, not a formula, because no CX function gives these numbers. Refresh updates them.`,
      ),
    ).toBeInTheDocument();
  });

  it("says it in Chinese", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const gateway = fakeGateway("zh-CN");
    gateway.writeResults.mockResolvedValue({ ...WRITE_REPORT, valueColumns: valueColumns("zh-CN") });
    renderPane(gateway, {
      language: "zh-CN",
      initialState: readState(sampleRawSurvey(), "review", "zh-CN"),
    });
    // the write button waits for the analysis, which the review shows first
    await screen.findByRole("table", { name: "各维度差距" }, { timeout: 30_000 });
    await user.click(screen.getByRole("button", { name: "下一步" }));
    await user.click(await screen.findByRole("button", { name: "写入结果工作表" }));
    expect(
      await screen.findByText(
        `条目差距：${zh.n}、${zh.sd}、${zh.ciLow}、${zh.ciHigh}、${zh.t}、${zh.p}以固定数值写入，而非公式，因为=CX.GAP(…, TRUE) 把它们放在每个题项下方的行中，而此表每个题项占一行。“刷新”会更新它们。`,
        undefined,
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
  });
});
