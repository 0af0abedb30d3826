/**
 * context.sync calls per full analysis against the recording workbook double: 10 respondents, and the
 * largest sheet (1,048,576 respondents × 47 columns), which Excel on the web can only return in ≤ 5 MB blocks
 * and the pane reads in blocks of at most 500,000 cells (each response is parsed in one task).
 */
import { runAnalysisAgainstFake } from "../test/doubles/analysisRun";

export default async function syncsBench(): Promise<void> {
  const small = await runAnalysisAgainstFake(10);
  const started = Date.now();
  const large = await runAnalysisAgainstFake(1_048_576);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `syncs per analysis: ${small.syncs} (10 respondents), ${large.syncs} (1,048,576 respondents: ` +
      `${large.readSyncs} read in blocks of ≤ 500,000 cells (≤ 5 MB) + ${large.writeSyncs} write; ${seconds.toFixed(1)} s against the double); ` +
      `a refresh writes in ${small.refreshWriteSyncs} syncs (it reads the manager's action plan first)`,
  );
  if (small.writeSyncs > 5 || small.refreshWriteSyncs > 5)
    throw new Error(
      `a write took more than 5 syncs (${small.writeSyncs}, refresh ${small.refreshWriteSyncs})`,
    );
}
