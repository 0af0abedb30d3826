/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../src/excel/hostError";
import type { RawSurvey } from "../../src/survey";
import type { ReadOptions } from "../../src/excel/types";
import {
  WRITE_REPORT,
  fakeGateway,
  readState,
  renderPane,
  smallSurvey,
  clickWriteWhenReady,
} from "./renderPane";

// the sample survey has over 80 columns and 22 items: rendering them in jsdom takes seconds on a busy machine
jest.setTimeout(60_000);

/** A user without the default pause between keystrokes and clicks (jsdom needs none; each costs a timer). */
function setupUser(): ReturnType<typeof userEvent.setup> {
  return userEvent.setup({ delay: null, pointerEventsCheck: 0 });
}

const small = (): ReturnType<typeof fakeGateway> => fakeGateway("en-US", smallSurvey());
import { SAMPLE_ADDRESS, sampleRawSurvey } from "./sampleSurvey";
import sample from "../e2e/sample-survey.json";

/** The row of a table whose first cell reads `first` (cheaper than a role query by accessible name). */
function rowOf(table: HTMLElement, first: string): HTMLElement {
  const row = within(table)
    .getAllByRole("row")
    .find((candidate) => candidate.querySelector("td, th")?.textContent === first);
  if (!row) throw new Error(`no row starting with ${first}`);
  return row;
}

async function useSelection(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Use selection" }));
  await screen.findByRole("button", { name: /expectation items/ }, { timeout: 10_000 });
}

/** Opens the group of columns whose summary line starts with `title` (step 1 lists roles grouped). */
async function openGroup(user: ReturnType<typeof userEvent.setup>, title: RegExp): Promise<void> {
  await user.click(screen.getByRole("button", { name: title }));
}

async function next(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Next" }));
}

describe("Data step", () => {
  it("reads the selection and shows each column's detected role, the scale and the pairs", async () => {
    const user = setupUser();
    renderPane();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    await useSelection(user);
    // one line per role instead of 69 dropdowns; the code span tells which columns each group holds
    expect(screen.getByRole("button", { name: "Respondent ID Respondent ID" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "1 segment column (store, channel…) 门店 Store" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "22 expectation items E1 … 期望22" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "22 perception items P1 … 感知22" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "22 importance items Importance_1 … 重要性22" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    await openGroup(user, /^22 expectation items/);
    expect(
      screen.getByRole("combobox", { name: "Role of 期望12 乐于帮助 Willing to help" }),
    ).toHaveTextContent("Expectation");
    expect(screen.getByText("Answer scale: 1–7")).toBeInTheDocument();
    expect(screen.getByText("22 expectation–perception pairs")).toBeInTheDocument();
    expect(
      screen.getByText(`60 respondents, ${sample.headers.length} columns (Survey 问卷!${SAMPLE_ADDRESS})`),
    ).toBeInTheDocument();
    // the headers' bilingual wording names the items, in the pane's language
    await user.click(screen.getByRole("button", { name: "Item names (22 of 22 named)" }));
    expect(screen.getByRole("textbox", { name: "Name of Item 5" })).toHaveValue("Keeps promises");
    expect(screen.getByRole("textbox", { name: "Name of Item 12" })).toHaveValue("Willing to help");
    expect(screen.getByRole("button", { name: "Next" })).toBeEnabled();
  });

  it("lets the manager correct a role with the dropdown, and says what the change left unpaired", async () => {
    const user = setupUser();
    renderPane(small());
    await useSelection(user);
    expect(screen.getByText("3 expectation–perception pairs")).toBeInTheDocument();
    await openGroup(user, /^3 perception items/);
    await user.click(screen.getByRole("combobox", { name: "Role of P3" }));
    await user.click(screen.getByRole("option", { name: "Ignore" }));
    expect(screen.getByRole("button", { name: "1 column not used P3" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "2 perception items P1 … P2" })).toBeInTheDocument();
    expect(screen.getByText("2 expectation–perception pairs")).toBeInTheDocument();
    expect(screen.getByText(/“E3” has no partner column/)).toBeInTheDocument();
  });

  it("shows read progress while a long survey is read", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    let finish: (survey: RawSurvey) => void = () => undefined;
    gateway.readSurvey.mockImplementation(
      (options?: ReadOptions) =>
        new Promise<RawSurvey>((resolve) => {
          options?.onProgress?.({ rowsRead: 250_000, totalRows: 1_000_000 });
          finish = resolve;
        }),
    );
    renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "0.25");
    expect(screen.getByText("250,000 of 1,000,000 rows read")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Reading the survey… 250,000 of 1,000,000 rows read",
    );
    expect(screen.getByRole("button", { name: "Use selection" })).toBeDisabled();
    finish(smallSurvey());
    await screen.findByRole("button", { name: /expectation items/ }, { timeout: 10_000 });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("explains a host error and offers to retry when Excel is editing a cell", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    gateway.readSurvey.mockRejectedValueOnce(new HostError("cellEditMode", "InvalidOperationInCellEditMode"));
    renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    expect(await screen.findByText(/Excel is editing a cell\. Press Enter or Esc/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("button", { name: /expectation items/ }, { timeout: 10_000 });
    expect(gateway.readSurvey).toHaveBeenCalledTimes(2);
  });

  it("says what to select when the selection is not a survey", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    gateway.readSurvey.mockRejectedValueOnce(new HostError("notASurvey", "no data rows"));
    renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Use selection" }));
    expect(await screen.findByText(/needs a header row and at least one row of answers/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });
});

describe("Model step", () => {
  it("offers the three frameworks with SERVQUAL-22 chosen for the sample, each choice with its meaning", async () => {
    renderPane(fakeGateway(), { initialState: readState(sampleRawSurvey(), "model") });
    const servqual = await screen.findByRole("radio", {
      name: "Standard service-quality model (SERVQUAL, 22 items)",
    });
    expect(servqual).toBeChecked();
    expect(servqual).toHaveAccessibleDescription(/five areas: tangibles, reliability/);
    const average = screen.getByRole("radio", { name: "At the average" });
    expect(average).toBeChecked();
    expect(average).toHaveAccessibleDescription(/above the average of all items/);
    expect(screen.getByRole("radio", { name: "Fixed numbers" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Live formulas (=CX…)" })).toHaveAccessibleDescription(
      "The results recompute by themselves when answers in the survey change.",
    );
    expect(screen.queryByRole("table", { name: "Dimension of each item" })).not.toBeInTheDocument();
  });

  it("shows the item map for the six experience contents and warns about unmapped items", async () => {
    const user = setupUser();
    renderPane(small());
    await useSelection(user);
    await next(user);
    const contents = await screen.findByRole("radio", { name: "Six experience contents" });
    // three items numbered 1–3 are not SERVQUAL-22, and their keys name no experience content
    expect(contents).toBeChecked();
    expect(screen.getByRole("table", { name: "Dimension of each item" })).toBeInTheDocument();
    expect(
      screen.getByText("3 items have no dimension and are left out of dimension scores."),
    ).toBeInTheDocument();
    // a message says what to do, and the disabled Next says why
    expect(screen.getByText("Put each item in one of the six contents")).toBeInTheDocument();
    expect(screen.getByText(/None of the 3 item names says which content/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next" })).toHaveAccessibleDescription(
      "Next is available once at least one item has a group and any weights add up to 100.",
    );
    await user.click(screen.getByRole("combobox", { name: "Dimension of item 1" }));
    await user.click(screen.getByRole("option", { name: "Price" }));
    expect(screen.getByRole("combobox", { name: "Dimension of item 1" })).toHaveTextContent("Price");
    expect(
      screen.getByText("2 items have no dimension and are left out of dimension scores."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeEnabled();
  });

  it("takes typed dimension names in a custom mapping", async () => {
    const user = setupUser();
    renderPane(small());
    await useSelection(user);
    await next(user);
    await user.click(await screen.findByRole("radio", { name: "Your own groups" }));
    // typed text, then leaving the box, commits it; fireEvent types the whole name at once (user-event's
    // keystroke by keystroke re-positions the open list each time, seconds per key in jsdom)
    for (const item of ["1", "2", "3"]) {
      const box = screen.getByRole("combobox", { name: `Dimension of item ${item}` });
      fireEvent.change(box, { target: { value: item === "3" ? "Checkout" : "Staff" } });
      fireEvent.blur(box);
    }
    // singular ("1 item has no dimension") and plural ("2 items have no dimension") both count
    expect(screen.queryByText(/(has|have) no dimension/)).not.toBeInTheDocument();
    await next(user);
    const dimensions = await screen.findByRole("table", { name: "Gaps by dimension" });
    expect(rowOf(dimensions, "Staff")).toBeInTheDocument();
    expect(rowOf(dimensions, "Checkout")).toBeInTheDocument();
  });

  it("validates that dimension weights add up to 100 before the analysis can run", async () => {
    const user = setupUser();
    renderPane(fakeGateway(), { initialState: readState(sampleRawSurvey(), "model") });
    await user.click(
      await screen.findByRole("switch", { name: "Give some groups more weight (share 100 points)" }),
    );
    const reliability = screen.getByRole("spinbutton", { name: "Points for Reliability" });
    expect(reliability).toHaveValue("20");
    expect(screen.getByText("Total: 100 of 100 points")).toBeInTheDocument();
    fireEvent.change(reliability, { target: { value: "30" } });
    fireEvent.blur(reliability);
    expect(screen.getByText("Total: 110 of 100 points")).toBeInTheDocument();
    expect(
      screen.getByText("The points add up to 110.0. Change them so that they add up to 100."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
  });
});

describe("Review and Write steps", () => {
  it("shows dimension gaps, key experiences with their importance source, and every item's quadrant", async () => {
    renderPane(fakeGateway(), { initialState: readState(sampleRawSurvey(), "review") });
    const dimensions = await screen.findByRole("table", { name: "Gaps by dimension" });
    // Expected gaps: NumPy 2.4 over test/e2e/sample-survey.json, SERVQUAL averaging (respondent's mean item gap
    // per dimension, then mean over respondents): reliability −1.8091666…, E 6.3567, P 4.5475; tangibles
    // +0.0638889
    const reliability = rowOf(dimensions, "Reliability");
    expect(reliability).toHaveTextContent("6.36");
    expect(reliability).toHaveTextContent("4.55");
    expect(reliability).toHaveTextContent("−1.81");
    expect(rowOf(dimensions, "Tangibles")).toHaveTextContent("0.06");
    expect(screen.getByText("60 respondents · 7 missing answers")).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Importance: the respondents' stated importance of each item\. Ranked by importance × how far/,
      ),
    ).toBeInTheDocument();
    // The one ranking of the summary sheet and the action plan: the sample's Kano pairs make items 5 (Keeps
    // promises) and 9 (Error-free records) basic expectations, both below expectation, so they come first
    // (test/survey/kano.test.ts checks their classification); then by priority. NumPy: item 7 (Right the first
    // time) has importance 6.4333 and shortfall 6.4915 − 4.5424 = 1.9491, score 12.5395, the largest; item 5's
    // shortfall is 1.70. Crosshairs at the means 5.4382 (importance) and 4.9623 (performance).
    const keys = screen.getByRole("table", { name: "Top key experiences" });
    const [, first, second, third] = within(keys).getAllByRole("row");
    expect(first).toHaveTextContent(/^1Keeps promises · basic expectation6\.431\.70$/);
    expect(second).toHaveTextContent(/^2Error-free records · basic expectation/);
    expect(third).toHaveTextContent(/^3Right the first time6\.431\.95$/);
    expect(
      screen.getByText(/A basic expectation \(Kano: must-be\) that is not met comes first/),
    ).toBeInTheDocument();
    const quadrants = screen.getByRole("table", { name: "Priority matrix" });
    expect(within(quadrants).getAllByRole("row")).toHaveLength(23);
    // the default matrix is importance against the gap; expected quadrants from NumPy over the sample survey
    // (importance mean 5.438; item gaps: equipment +0.083, promises −1.70, confidence −0.576, attention −0.617)
    expect(rowOf(quadrants, "Modern equipment")).toHaveTextContent("Possible overkill");
    expect(rowOf(quadrants, "Keeps promises")).toHaveTextContent("Concentrate here");
    // 0.58 below expectation with importance 5.45 above the mean: no longer "keep up the good work"
    expect(rowOf(quadrants, "Inspires confidence")).toHaveTextContent("Concentrate here");
    expect(rowOf(quadrants, "Individual attention")).toHaveTextContent("Low priority");
    // each quadrant's name comes with what it means
    expect(screen.getByText("Important to customers and done poorly: fix these first.")).toBeInTheDocument();
    expect(
      screen.getByText("Less important but done very well: some of this effort could go elsewhere."),
    ).toBeInTheDocument();
  });

  it("writes the results sheet and reports the tables, charts and a chart left out", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    renderPane(gateway, { initialState: readState(sampleRawSurvey(), "review") });
    await screen.findByRole("table", { name: "Gaps by dimension" });
    await next(user);
    await clickWriteWhenReady(user);
    expect(await screen.findByText("Results written to “CX Gap results”.")).toBeInTheDocument();
    expect(screen.getByText("2 tables · 2 charts")).toBeInTheDocument();
    expect(
      screen.getByText(
        /The chart “SERVQUAL dimensions \(radar\)” was left out: this Excel lacks ExcelApi 1\.8/,
      ),
    ).toBeInTheDocument();
    expect(gateway.writeResults).toHaveBeenCalledTimes(1);
    const [plan, options] = gateway.writeResults.mock.calls[0]!;
    expect(options).toEqual({ replaceExisting: false });
    expect(plan.settings.framework).toBe("servqual22");
    expect(plan.charts.map((chart) => chart.kind)).toContain("priorityMatrix");
    // the results sheet is shown in Excel, and can be gone back to
    expect(gateway.activateSheet).toHaveBeenCalledWith("CX Gap results");
    await user.click(screen.getByRole("button", { name: "Go to results" }));
    expect(gateway.activateSheet).toHaveBeenCalledTimes(2);
    // the screen reader hears it too
    expect(screen.getByRole("status")).toHaveTextContent(
      "Results written to “CX Gap results”. 2 tables · 2 charts",
    );
    // after writing, the workbook holds settings: Refresh is offered, for this analysis (not "an earlier" one)
    expect(screen.getByRole("button", { name: "Refresh" })).toBeInTheDocument();
    expect(screen.queryByText(/earlier analysis/)).not.toBeInTheDocument();
    expect(screen.getByText(/Refresh repeats this analysis/)).toBeInTheDocument();
  });

  it("says when Excel refused a chart and which blocks stayed values in formulas mode", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    gateway.writeResults.mockResolvedValue({
      ...WRITE_REPORT,
      chartsSkipped: [{ chart: "priorityMatrix", reason: "hostRejected", missing: [] }],
      formulaFallbacks: [{ block: "keyExperiences", reason: "importanceDerived" }],
    });
    renderPane(gateway, { initialState: readState(sampleRawSurvey(), "review") });
    await screen.findByRole("table", { name: "Gaps by dimension" });
    await next(user);
    await clickWriteWhenReady(user);
    expect(
      await screen.findByText(/Excel refused to draw the chart “Importance–performance matrix”/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/this Excel lacks/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        "Key experiences: written as values, not live formulas, because importance is derived from overall satisfaction or the recommend question, which CX.KEYEXP cannot take as a formula.",
      ),
    ).toBeInTheDocument();
  });

  it("offers to replace the add-in's own earlier results sheet", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    gateway.findOwnResultsSheet.mockResolvedValue({ name: "CX Gap results" });
    renderPane(gateway, { initialState: readState(sampleRawSurvey(), "review") });
    await screen.findByRole("table", { name: "Gaps by dimension" });
    await next(user);
    const replace = await screen.findByRole("checkbox", {
      name: "Replace the earlier results sheet “CX Gap results”",
    });
    expect(replace).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Replace results sheet" }));
    await screen.findByText("Results written to “CX Gap results”.");
    expect(gateway.writeResults.mock.calls[0]![1]).toEqual({
      replaceExisting: true,
      confirmedReplace: "CX Gap results",
    });
  });
});

describe("Refresh from saved settings", () => {
  it("re-reads the saved source, analyses it as saved, and writes without asking when no earlier sheet is left", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    const { detectColumnRoles } = await import("../../src/survey");
    const { defaultSettings } = await import("../../src/survey");
    const survey = sampleRawSurvey();
    const saved = defaultSettings(survey, detectColumnRoles(survey));
    gateway.loadSettings.mockResolvedValue(saved);
    renderPane(gateway);
    expect(
      await screen.findByText("This workbook holds the settings of an earlier analysis."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("Refreshed: results written to “CX Gap results”.")).toBeInTheDocument();
    expect(gateway.readSurvey.mock.calls[0]![0]?.source).toEqual(saved.source);
    // nothing to replace (findOwnResultsSheet found none), so nothing to ask and nothing deleted
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(gateway.writeResults.mock.calls[0]![1]).toEqual({ replaceExisting: false });
  });

  it("says what to fix when the survey no longer has the saved columns", async () => {
    const user = setupUser();
    const gateway = fakeGateway();
    const { detectColumnRoles } = await import("../../src/survey");
    const { defaultSettings } = await import("../../src/survey");
    const survey = sampleRawSurvey();
    gateway.loadSettings.mockResolvedValue(defaultSettings(survey, detectColumnRoles(survey)));
    gateway.readSurvey.mockResolvedValue({ ...survey, headers: survey.headers.map((h) => `${h} (old)`) });
    renderPane(gateway);
    await user.click(await screen.findByRole("button", { name: "Refresh" }));
    expect(await screen.findByText(/No expectation–perception pair was found/)).toBeInTheDocument();
    expect(gateway.writeResults).not.toHaveBeenCalled();
  });
});

describe("Language", () => {
  it("speaks Chinese when Office's display language is zh-CN", async () => {
    const user = setupUser();
    renderPane(fakeGateway("zh-CN", smallSurvey()), { language: "zh-CN" });
    await user.click(screen.getByRole("button", { name: "使用所选区域" }));
    await user.click(
      await screen.findByRole("button", { name: "3 个期望题项 E1 … E3" }, { timeout: 10_000 }),
    );
    expect(screen.getByRole("combobox", { name: "E1 的角色" })).toHaveTextContent("期望");
    expect(screen.getByRole("button", { name: "1 个分组列（门店、渠道等） 门店 Store" })).toBeInTheDocument();
    expect(screen.getByText("评分量表：1–7")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("radio", { name: "六类体验内容" })).toBeChecked();
    expect(screen.getByText("3 个题项没有维度，不计入维度得分。")).toBeInTheDocument();
  });

  it("shows the review in Chinese, dimension names included", async () => {
    renderPane(fakeGateway("zh-CN"), {
      language: "zh-CN",
      initialState: readState(sampleRawSurvey(), "review", "zh-CN"),
    });
    const dimensions = await screen.findByRole("table", { name: "各维度差距" });
    expect(rowOf(dimensions, "可靠性")).toHaveTextContent("−1.81");
    expect(screen.getByText(/^重要性：受访者对各题项给出的重要性评分。/)).toBeInTheDocument();
    expect(screen.getByText("60 位受访者 · 7 个缺失回答")).toBeInTheDocument();
    // the sample's headers carry both languages; the Chinese pane names items in Chinese
    const keys = screen.getByRole("table", { name: "关键体验（前几位）" });
    expect(within(keys).getAllByRole("row")[1]).toHaveTextContent("按时兑现承诺 · 基本期望");
    expect(within(keys).getAllByRole("row")[3]).toHaveTextContent("一次做对");
  });
});
