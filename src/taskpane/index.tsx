import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelGateway } from "../excel/gateway";
import { officeBodyBackground, whenOfficeReady } from "../excel/officeHost";
import { languageOf, loadMessages } from "./i18n/catalogue";
import { Root } from "./Root";
import { fluentThemeFor } from "./theme";

async function render(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const gateway = createExcelGateway();
  const language = languageOf(gateway.displayLanguage());
  const [theme, messages] = await Promise.all([
    fluentThemeFor(officeBodyBackground()),
    loadMessages(language),
  ]);
  createRoot(container).render(
    <Root gateway={gateway} theme={theme} language={language} messages={messages} />,
  );
}

// The pane renders once Office is ready; in a plain browser (no Office.js) it renders at once.
void whenOfficeReady().then(render);
