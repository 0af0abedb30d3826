import { runAnalysisAgainstFake } from "../doubles/analysisRun";

describe("context.sync calls per full analysis (read, tables, charts, settings)", () => {
  it("uses 5 syncs for 10 respondents: 2 to read, 3 to write", async () => {
    expect(await runAnalysisAgainstFake(10)).toEqual({ syncs: 5, readSyncs: 2, writeSyncs: 3, respondents: 10 });
  });

  it("reads 1,048,576 respondents in row blocks under the 5 MB web limit, then writes in 3 syncs", async () => {
    const run = await runAnalysisAgainstFake(1_048_576);
    expect(run.respondents).toBe(1_048_576);
    expect(run.writeSyncs).toBe(3);
    // 47 columns × 1,048,577 rows ≈ 49 M cells ≈ 100+ MB of values: at least 20 blocks of ≤ 4 MB each
    expect(run.readSyncs).toBeGreaterThan(20);
    expect(run.readSyncs).toBeLessThan(40);
  }, 60_000);
});
