import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import { runAnalysisAgainstFake, servqualWorkbookSeed } from "../doubles/analysisRun";
import { installFakeOffice } from "../doubles/installFakeOffice";

const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

describe("context.sync calls per full analysis (read, tables, charts, settings)", () => {
  it("uses 5 syncs for 10 respondents: 2 to read, 3 to write (4 on a refresh, which reads the action plan)", async () => {
    expect(await runAnalysisAgainstFake(10)).toEqual({
      syncs: 5,
      readSyncs: 2,
      writeSyncs: 3,
      refreshWriteSyncs: 4,
      respondents: 10,
    });
  });

  // 250,000 respondents: a sheet many blocks long. The whole sheet (1,048,576 rows, Excel's limit) is read
  // and analysed by bench/syncs.bench.ts: here, in jest's sandbox on a busy machine, it took 30–70 s and
  // outran the test's time limit now and then
  const RESPONDENTS = 250_000;

  it("reads a quarter of a million respondents in row blocks under the 5 MB web limit, then writes in 3 syncs", async () => {
    const office = installFakeOffice(globalThis, servqualWorkbookSeed(RESPONDENTS));
    try {
      const gateway = createExcelGateway();
      const survey = await gateway.readSurvey();
      expect(survey.rows).toHaveLength(RESPONDENTS);
      expect(survey.rows[RESPONDENTS - 1]?.[0]).toBe(RESPONDENTS);
      expect(office.state.largestResponseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
      // 47 columns × 250,001 rows ≈ 11.8 M cells ≈ 24 MB of JSON: one sync per block of at most 500,000 cells
      // (a response the pane parses without a long task; src/excel/readSurvey.ts) plus one to locate
      const blocks = Math.ceil((47 * (RESPONDENTS + 1)) / 500_000);
      expect(gateway.meter.lastReadSyncs).toBeGreaterThanOrEqual(blocks + 1);
      expect(gateway.meter.lastReadSyncs).toBeLessThan(blocks + 10);

      // The write's syncs do not depend on the number of respondents (the results sheet holds one row per
      // item); the full million-row analysis runs in bench/syncs.bench.ts, outside jest's slow sandbox.
      const sample = { ...survey, rows: survey.rows.slice(0, 2_000) };
      const settings = defaultSettings(sample, detectColumnRoles(sample));
      const plan = buildWritePlan(analyzeSurvey(sample, settings), settings, resultLabels("en-US"), sample);
      const report = await gateway.writeResults(plan, { replaceExisting: true });
      expect(report.syncs).toBe(3);
      expect(office.state.syncCount).toBe(gateway.meter.lastReadSyncs + 3);
    } finally {
      office.uninstall();
    }
  }, 120_000);
});
