/* Placeholder entry for the taskpane wizard; renders after Office is ready. */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Text>CX Gap</Text>
    </FluentProvider>,
  );
});
