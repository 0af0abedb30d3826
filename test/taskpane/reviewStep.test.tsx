/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import type { RawSurvey } from "../../src/survey";
import { selectItemLabels } from "../../src/taskpane/state/selectors";
import { fakeGateway, readState, renderPane } from "./renderPane";

/** Two named items in the headers' own spelling, with stated importance. */
function namedSurvey(): RawSurvey {
  return {
    sheetName: "Sheet1",
    address: "A1:G5",
    headers: [
      "ID",
      "Exp_Speed of service",
      "Perc_Speed of service",
      "Importance_Speed of service",
      "期望_店员态度",
      "感知_店员态度",
      "重要性_店员态度",
    ],
    rows: [
      [1, 6, 4, 7, 5, 5, 4],
      [2, 7, 5, 6, 6, 6, 5],
      [3, 6, 3, 7, 5, 6, 3],
      [4, 5, 4, 6, 6, 5, 4],
    ],
  };
}

function reviewState() {
  const state = readState(namedSurvey(), "review");
  const settings = state.settings!;
  return {
    ...state,
    settings: {
      ...settings,
      framework: "custom" as const,
      dimensionOfItem: { "speed of service": "Service", 店员态度: "Service" },
    },
  };
}

describe("Review step item names", () => {
  it("takes each item's name from its headers, in their spelling; numbered items have none", () => {
    expect(selectItemLabels(reviewState())).toEqual({
      "speed of service": "Speed of service",
      店员态度: "店员态度",
    });
    expect(
      selectItemLabels(readState({ ...namedSurvey(), headers: ["ID", "E1", "P1", "I1", "E2", "P2", "I2"] })),
    ).toEqual({});
  });

  it("lists key experiences and quadrants by the items' names from the headers", async () => {
    renderPane(fakeGateway(), { initialState: reviewState() });
    const keys = await screen.findByRole("table", { name: "Top key experiences" });
    // importance 6.5 × shortfall (6 − 4 = 2) = 13 for speed of service, the largest (NumPy over the rows above)
    const first = within(keys).getAllByRole("row")[1]!;
    expect(first).toHaveTextContent("Speed of service");
    expect(first).toHaveTextContent("2.00");
    const quadrants = screen.getByRole("table", { name: "Priority matrix" });
    const names = within(quadrants)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.querySelector("td")?.textContent);
    expect(names).toEqual(["Speed of service", "店员态度"]);
  });
});
