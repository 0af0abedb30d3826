import * as React from "react";
import { MessageBarGroup } from "@fluentui/react-components";
import type { SurveyProblem } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import type { Messages } from "../../i18n/catalogue";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";
import { useProblemBarsStyles } from "./ProblemBars.styles";
import type { ProblemBarsProps } from "./ProblemBars.types";

const SEVERITY_ORDER: Record<SurveyProblem["severity"], number> = { error: 0, warning: 1, info: 2 };

/** The text of a problem: what is wrong and what to do about it. */
export function problemText(problem: SurveyProblem, messages: Messages): string {
  const dimension = problem.dimension ?? "";
  return messages.problems[problem.code]({
    header: problem.header ?? "",
    item: problem.item ?? "",
    dimension: messages.dimensionName(dimension),
    count: problem.count ?? 0,
    functionName: problem.functionName ?? "",
    reason: problem.reason ?? "",
  });
}

/** Survey problems as message bars, errors first. */
export function ProblemBars({ problems }: ProblemBarsProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useProblemBarsStyles();
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <MessageBarGroup className={styles.root}>
      {sorted.map((problem, index) => (
        <PaneMessageBar
          key={`${problem.code}-${index}`}
          intent={problem.severity}
          title={messages.problemTitles[problem.severity]}
        >
          {problemText(problem, messages)}
        </PaneMessageBar>
      ))}
    </MessageBarGroup>
  );
}
