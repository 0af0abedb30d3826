import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import { runAnalysisAgainstFake, servqualWorkbookSeed } from "../doubles/analysisRun";
import { installFakeOffice } from "../doubles/installFakeOffice";

const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

describe("context.sync calls per full analysis (read, tables, charts, settings)", () => {
  it("uses 5 syncs for 10 respondents: 2 to read, 3 to write (5 on a confirmed refresh, which reads the action plan and proves the earlier sheet its own)", async () => {
    expect(await runAnalysisAgainstFake(10)).toEqual({
      syncs: 5,
      readSyncs: 2,
      writeSyncs: 3,
      refreshWriteSyncs: 5,
      respondents: 10,
    });
  });

  it("reads 1,048,576 respondents in row blocks under the 5 MB web limit, then writes in 3 syncs", async () => {
    const office = installFakeOffice(globalThis, servqualWorkbookSeed(1_048_576));
    try {
      const gateway = createExcelGateway();
      const survey = await gateway.readSurvey();
      expect(survey.rows).toHaveLength(1_048_576);
      expect(survey.rows[1_048_575]?.[0]).toBe(1_048_576);
      expect(office.state.largestResponseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
      // 47 columns × 1,048,577 rows ≈ 49 M cells ≈ 100 MB of JSON: one sync per ≤ 4 MB block plus one to locate
      expect(gateway.meter.lastReadSyncs).toBeGreaterThan(20);
      expect(gateway.meter.lastReadSyncs).toBeLessThan(40);

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
  }, 60_000);
});
