import type { WaveAnalysis } from "../types";
import { analyzeWaves } from "../waves";
import type { SurveyBlock } from "./context";

export interface WavesFields {
  /** with a wave column: the gaps in each wave and the change between the last two (see analyzeWaves) */
  waves?: WaveAnalysis;
}

/** Change over time: an optional block, present when a column has the wave role. */
export const wavesBlock: SurveyBlock<"waves", WavesFields> = {
  key: "waves",
  analyze(context, analysis) {
    const { survey, settings, roles, matrices, problems } = context;
    const wave = roles.find((role) => role.role === "wave");
    if (!wave) return {};
    const waves = analyzeWaves(
      survey.rows.map((row) => row[wave.column] ?? null),
      wave.header,
      settings.wavePeriod,
      matrices,
      analysis.items,
      context.scoredDimensions,
      problems,
    );
    return waves ? { waves } : {};
  },
};
