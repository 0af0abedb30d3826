import * as React from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { ExcelGateway } from "../excel/types";
import { App } from "./components/App/App";
import type { AppProps } from "./components/App/App.types";
import { GatewayProvider } from "./hooks/GatewayContext";
import { I18nProvider } from "./i18n/I18nProvider";
import { languageOf } from "./i18n/catalogue";

export interface RootProps extends AppProps {
  gateway: ExcelGateway;
  theme: Theme;
}

/** The pane with everything it needs around it: theme, language (from Office's), and the workbook. */
export function Root({ gateway, theme, ...appProps }: RootProps): React.JSX.Element {
  const language = languageOf(gateway.displayLanguage());
  return (
    <FluentProvider theme={theme} lang={language}>
      <I18nProvider language={language}>
        <GatewayProvider gateway={gateway}>
          <App {...appProps} />
        </GatewayProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
