import * as React from "react";
import { Caption1, Field, Select } from "@fluentui/react-components";
import {
  countWavesInColumn,
  WAVE_PERIODS,
  type AnalysisSettings,
  type RawSurvey,
  type WavePeriod,
} from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";

export interface WaveChoiceProps {
  survey: RawSurvey;
  settings: AnalysisSettings;
  onPeriodChange: (period: WavePeriod | undefined) => void;
}

/** The value of the "as the dates say" choice: the period is chosen from the dates on every Refresh. */
const AUTOMATIC = "automatic";

/**
 * Step 1, with a wave column: the waves found, in their order, with their respondents; for a column of dates,
 * how the dates make waves (by the dates' own spread, each date, month, quarter or year).
 */
export function WaveChoice({ survey, settings, onPeriodChange }: WaveChoiceProps): React.JSX.Element | null {
  const messages = useMessages();
  const column = settings.roles.find((role) => role.role === "wave");
  // counted from the column's distinct cells, read in place: a survey of 200,000 respondents is counted, not
  // copied and read 200,000 times over in this render (that took a second of the pane's thread)
  const waves = React.useMemo(
    () =>
      column ? countWavesInColumn(survey.rows, column.column, column.header, settings.wavePeriod) : undefined,
    [survey, column, settings.wavePeriod],
  );
  if (!column || !waves) return null;
  const found = waves.order.map((wave) => messages.waves.waveWithCount(wave, waves.counts.get(wave) ?? 0));
  return (
    <div>
      <Caption1>{messages.waves.found(column.header, found)}</Caption1>
      {waves.period !== "labels" ? (
        <Field label={messages.waves.periodLabel}>
          <Select
            value={settings.wavePeriod ?? AUTOMATIC}
            onChange={(_event, data) =>
              onPeriodChange(data.value === AUTOMATIC ? undefined : (data.value as WavePeriod))
            }
          >
            <option value={AUTOMATIC}>{messages.waves.periodAutomatic}</option>
            {WAVE_PERIODS.map((period) => (
              <option key={period} value={period}>
                {messages.waves.periods[period]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </div>
  );
}
