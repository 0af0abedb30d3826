/** @jest-environment jsdom */
/**
 * The pane's part of change over time and the journey, over the journey survey in two quarters
 * (test/survey/journeyFixture.ts; its numbers are checked against SciPy and R in test/survey/waves.test.ts):
 * step 1 lists the waves found, step 3 names the stage where expectations are missed most and the change
 * of each stage, in English and Chinese.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeGateway, readState, renderPane } from "./renderPane";
import { JOURNEY_SURVEY } from "../survey/journeyFixture";

describe("change over time and the journey in the pane", () => {
  it("step 1 shows the waves found in their order, with their respondents", async () => {
    renderPane(fakeGateway("en-US", JOURNEY_SURVEY), { initialState: readState(JOURNEY_SURVEY, "data") });
    expect(
      await screen.findByText(
        "“季度 Quarter” holds 2 waves, oldest first: 2026Q1 (7), 2026Q2 (8). Results compare the last two.",
      ),
    ).toBeInTheDocument();
  });

  it("step 3 names the stage where expectations are missed most and each stage's change", async () => {
    renderPane(fakeGateway("en-US", JOURNEY_SURVEY), { initialState: readState(JOURNEY_SURVEY, "review") });
    expect(
      await screen.findByText(/^Expectations are missed most after the purchase \(gap −0\.63\)\.$/),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Change from 2026Q1 to 2026Q2" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    // after-sales: −0.1875 − (−1.1428…) = +0.9554; overall +0.57, p = 0.039 (SciPy, see waves.test.ts)
    expect(rows).toEqual([
      "Before the purchase+0.74Improved, not significant",
      "During the purchase+0.01Improved, not significant",
      "After the purchase+0.96Improved, not significant",
      "Overall+0.57Improved, significant",
    ]);
  });

  it("in Chinese", async () => {
    renderPane(fakeGateway("zh-CN", JOURNEY_SURVEY), {
      language: "zh-CN",
      initialState: readState(JOURNEY_SURVEY, "review", "zh-CN"),
    });
    expect(await screen.findByText(/^期望落空最多的阶段是售后（差距 −0\.63）。$/)).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "从 2026Q1 到 2026Q2 的变化" })).toHaveTextContent(
      "总体+0.57改善，显著",
    );
  });
});
