/* global __dirname */
/**
 * taskpane.html's check for webviews too old for the pane (Internet Explorer 11, Edge Legacy, Safari < 13.1):
 * Microsoft recommends a readable failure message there rather than a blank pane, recognising Trident and
 * EdgeHTML by the user agent: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/support-ie-11
 * The user agents below are the ones those webviews send (Trident/7.0 for IE11, Edge/18 for EdgeHTML 18,
 * Edg/ for WebView2), as listed in Microsoft's user-agent documentation for Edge.
 */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import { JSDOM, ResourceLoader } from "jsdom";
import * as path from "path";

const acorn = require(require.resolve("acorn", { paths: [require.resolve("webpack")] })) as {
  parse(code: string, options: { ecmaVersion: number }): unknown;
};

const HTML = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(HTML)?.[1] ?? "";

const AGENTS = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  macWebKit: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

/** Sends the user agent given and loads nothing from the network (Office.js from the CDN is not needed). */
class OfflineAgent extends ResourceLoader {
  override fetch(): null {
    return null;
  }
}

/** jsdom has no ResizeObserver; the webviews the pane runs in do (Safari 13.1+, Chromium 64+). */
class ResizeObserverStandIn {
  observe(): void {}
  disconnect(): void {}
}

function openPage(userAgent: string, withoutResizeObserver = false): Document {
  const dom = new JSDOM(HTML, {
    runScripts: "dangerously",
    resources: new OfflineAgent({ userAgent }),
    beforeParse(window) {
      if (!withoutResizeObserver) Object.assign(window, { ResizeObserver: ResizeObserverStandIn });
    },
  });
  return dom.window.document;
}

describe("taskpane.html in a webview too old for the add-in", () => {
  it("is plain ES3/ES5 script, so that Internet Explorer 11 can run it", () => {
    expect(INLINE_SCRIPT).toContain("Trident");
    expect(() => acorn.parse(INLINE_SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ["Internet Explorer 11", AGENTS.ie11],
    ["Edge Legacy", AGENTS.edgeLegacy],
  ])("shows a message in English and Chinese in %s, and no container for the wizard", (_name, agent) => {
    const document = openPage(agent);
    const message = document.getElementById("unsupported-webview");
    expect(message?.getAttribute("role")).toBe("alert");
    expect(message?.textContent).toContain("CX Gap needs a newer version of Office.");
    expect(message?.textContent).toContain("CX Gap 需要较新版本的 Office。");
    expect(document.getElementById("container")).toBeNull();
  });

  it("shows the message where ResizeObserver is missing (Safari before 13.1), which Fluent UI needs", () => {
    const document = openPage(AGENTS.macWebKit, true);
    expect(document.getElementById("unsupported-webview")).not.toBeNull();
  });

  it.each([
    ["WebView2", AGENTS.webView2],
    ["Safari WKWebView", AGENTS.macWebKit],
  ])("leaves the page to the wizard in %s", (_name, agent) => {
    const document = openPage(agent);
    expect(document.getElementById("unsupported-webview")).toBeNull();
    expect(document.getElementById("container")).not.toBeNull();
  });
});
