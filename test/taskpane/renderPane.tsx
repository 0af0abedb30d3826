import * as React from "react";
import { configure, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { RendererProvider, createDOMRenderer, webLightTheme } from "@fluentui/react-components";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { planResults } from "../../src/excel/buildWritePlan";
import type { ExcelGateway, WriteOptions, WritePlan, WriteReport } from "../../src/excel/types";
import { enUS } from "../../src/taskpane/i18n/enUS";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import { Root } from "../../src/taskpane/Root";
import { defaultSettings } from "../../src/survey";
import { detectColumnRoles } from "../../src/survey";
import { wizardReducer } from "../../src/taskpane/state/wizardReducer";
import { initialWizardState, type WizardState } from "../../src/taskpane/state/wizardState";
import { sampleRawSurvey } from "./sampleSurvey";

// Role queries skip the visibility check: with Fluent's stylesheets in the page, jsdom's getComputedStyle on
// every ancestor makes each query take seconds. No pane content is hidden by CSS in these tests.
// findBy… waits up to 10 s, not 1 s: writing runs the analysis, the plan and the fake workbook, and loads the
// write path on first use, which on a busy 2-core machine can take longer than a second (each test file's jest
// timeout is raised to match).
configure({ defaultHidden: true, asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

// jsdom lays nothing out and has no ResizeObserver; Fluent's MessageBar observes its width to choose a layout.
// Installed here, not left to the first Fluent popup that happens to install one, so test order cannot matter.
if (typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Fluent's style rules go into a detached document: jsdom's getComputedStyle matches every rule of the page
// against the element and each ancestor, and role queries by name call it for every candidate (seconds per
// query with Fluent's rules in the page). These tests assert roles, names and text, never styles; the browser
// test (test/e2e) renders with the real styles.
const styleRenderer = createDOMRenderer(document.implementation.createHTMLDocument("styles"));

export type FakeGateway = {
  [K in keyof ExcelGateway]: jest.Mock<ReturnType<ExcelGateway[K]>, Parameters<ExcelGateway[K]>>;
};

export const WRITE_REPORT: WriteReport = {
  sheetName: "CX Gap results",
  replaced: false,
  tables: [
    { name: "CXGapItems", address: "A5:L27" },
    { name: "CXGapDimensions", address: "A30:G35" },
  ],
  chartsDrawn: ["dimensionBars", "priorityMatrix"],
  chartsSkipped: [{ chart: "servqualRadar", reason: "unsupportedApi", missing: ["ExcelApi 1.8"] }],
  syncs: 2,
};

/** Three items, four respondents: quick to render where the test is about the controls, not the numbers. */
export function smallSurvey(): RawSurvey {
  return {
    sheetName: "Sheet1",
    address: "A1:K5",
    headers: [
      "ID",
      "门店 Store",
      "E1",
      "P1",
      "E2",
      "P2",
      "E3",
      "P3",
      "Importance_1",
      "Importance_2",
      "Importance_3",
    ],
    rows: [
      [1, "North", 5, 4, 6, 6, 4, 5, 5, 6, 3],
      [2, "South", 6, 5, 5, 4, 5, 5, 6, 6, 4],
      [3, "North", 4, 4, 6, 5, 3, 4, 4, 5, 3],
      [4, "South", 5, 3, 7, 5, 4, 4, 5, 7, 2],
    ],
  };
}

/** A gateway answering with the sample survey, no saved settings, and a successful write. */
export function fakeGateway(language = "en-US", survey: RawSurvey = sampleRawSurvey()): FakeGateway {
  return {
    readSurvey: jest.fn(async () => survey),
    // the real layout, in the gateway's language, as the excel layer plans it
    planResults: jest.fn(async (analysis, settings, raw) => planResults(analysis, settings, raw, language)),
    writeResults: jest.fn(async (_plan: WritePlan, _options: WriteOptions) => WRITE_REPORT),
    findOwnResultsSheet: jest.fn(async () => null),
    saveSettings: jest.fn(async (_settings: AnalysisSettings): Promise<void> => undefined),
    loadSettings: jest.fn(async () => null),
    displayLanguage: jest.fn(() => language),
    activateSheet: jest.fn(async (_name: string): Promise<void> => undefined),
  };
}

/** The wizard state right after reading `survey` with its detected settings, on `step`. */
export function readState(
  survey: RawSurvey,
  step: WizardState["step"] = "data",
  nameLanguage: "en" | "zh-CN" = "en",
): WizardState {
  const layout = detectColumnRoles(survey);
  const read = wizardReducer(initialWizardState, {
    type: "readSucceeded",
    survey,
    layout,
    settings: defaultSettings(survey, layout, nameLanguage),
  });
  return { ...read, step };
}

export function renderPane(
  gateway: FakeGateway = fakeGateway(),
  options: { language?: "en-US" | "zh-CN"; initialState?: WizardState } = {},
): RenderResult {
  const language = options.language ?? "en-US";
  return render(
    <RendererProvider renderer={styleRenderer} targetDocument={document}>
      <Root
        gateway={gateway}
        theme={webLightTheme}
        language={language}
        messages={language === "zh-CN" ? zhCN : enUS}
        initialState={options.initialState}
      />
    </RendererProvider>,
  );
}

/**
 * Clicks "Write results sheet" once it is enabled: the pane enables it when the analysis it starts on opening
 * is done, which on a busy machine can take seconds after the button is shown (a click before that is
 * ignored, as a disabled button's is).
 */
export async function clickWriteWhenReady(user: UserEvent, name = "Write results sheet"): Promise<void> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 90_000 });
  await user.click(button);
}
