import * as React from "react";
import { enUS, type Messages } from "./enUS";

const MessagesContext = React.createContext<Messages>(enUS);

/** Makes the messages of one language (see loadMessages) available to every component below. */
export function I18nProvider(props: { messages: Messages; children: React.ReactNode }): React.JSX.Element {
  return <MessagesContext.Provider value={props.messages}>{props.children}</MessagesContext.Provider>;
}

/** The messages of the pane's language. */
export function useMessages(): Messages {
  return React.useContext(MessagesContext);
}
