import * as React from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { ExcelGateway } from "../excel/types";
import { App } from "./components/App/App";
import type { AppProps } from "./components/App/App.types";
import { GatewayProvider } from "./hooks/GatewayContext";
import { I18nProvider } from "./i18n/I18nProvider";
import type { Language, Messages } from "./i18n/catalogue";

export interface RootProps extends AppProps {
  gateway: ExcelGateway;
  theme: Theme;
  language: Language;
  /** the catalogue of `language` (see loadMessages) */
  messages: Messages;
}

/** The pane with everything it needs around it: Office's theme and language, and the workbook. */
export function Root({ gateway, theme, language, messages, ...appProps }: RootProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme} lang={language}>
      <I18nProvider messages={messages}>
        <GatewayProvider gateway={gateway}>
          <App {...appProps} />
        </GatewayProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
