import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";

export interface PaneMessageBarProps {
  intent: MessageBarIntent;
  /** the bold first words, when the message has a title */
  title?: React.ReactNode;
  /** the bar's buttons, at its end */
  actions?: React.ReactNode;
  /** the message */
  children: React.ReactNode;
}

/**
 * How the pane tells the manager something (an error, a warning, what was written): a Fluent message bar laid
 * out on several lines, because the pane is narrow and the messages are sentences.
 */
export function PaneMessageBar({ intent, title, actions, children }: PaneMessageBarProps): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title !== undefined ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
      {actions !== undefined ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
