import * as React from "react";
import { enUS, type Messages } from "./enUS";
import { messagesFor, type Language } from "./catalogue";

const MessagesContext = React.createContext<Messages>(enUS);

/** Makes the catalogue of one language available to every component below. */
export function I18nProvider(props: { language: Language; children: React.ReactNode }): React.JSX.Element {
  return <MessagesContext.Provider value={messagesFor(props.language)}>{props.children}</MessagesContext.Provider>;
}

/** The messages of the pane's language. */
export function useMessages(): Messages {
  return React.useContext(MessagesContext);
}
