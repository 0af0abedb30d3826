/**
 * Offline checks of manifest.xml: the rules that matter for custom functions in a shared runtime
 * (Microsoft Learn, "Configure your Office Add-in to use a shared runtime" and the manifest element
 * reference: Runtime, resid at most 32 characters, short strings ≤ 125 and long strings ≤ 250 characters).
 * `npm run validate` runs Microsoft's online validator as well.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DEV_URL,
  NS,
  ROOT,
  allUrls,
  childElements,
  elements,
  only,
  parseManifest,
  xsiType,
  zhCnOverride,
} from "./manifestXml";

const { root, problems } = parseManifest();
const versionOverrides = only(root, NS.overrides, "VersionOverrides");
const resources = only(versionOverrides, NS.overrides, "Resources");
const workbookHost = only(versionOverrides, NS.overrides, "Host");

/** resource id → its element, per kind of resource */
function resourceIds(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings") {
  const collection = only(resources, NS.bt, kind);
  const child = kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String";
  return new Map(
    elements(collection, NS.bt, child).map((element) => [element.getAttribute("id") ?? "", element]),
  );
}
const images = resourceIds("Images");
const urls = resourceIds("Urls");
const shortStrings = resourceIds("ShortStrings");
const longStrings = resourceIds("LongStrings");

function residOf(parent: ReturnType<typeof only>, localName: string): string {
  return only(parent, NS.overrides, localName).getAttribute("resid") ?? "";
}

function sourceLocationResid(parent: ReturnType<typeof only>): string {
  return residOf(parent, "SourceLocation");
}

/** Which resource collection a resid must be found in, from the element that uses it. */
function expectedKind(localName: string, namespace: string | null) {
  if (namespace === NS.bt && localName === "Image") return images;
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(localName)) return urls;
  if (["Label", "Title", "Namespace"].includes(localName)) return shortStrings;
  if (localName === "Description") return longStrings;
  throw new Error(`no rule for resid on <${localName}>`);
}

function residUsers() {
  return elements(versionOverrides, "*", "*").filter((element) => element.hasAttribute("resid"));
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(problems).toEqual([]);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("is an Excel add-in with an id, a version and read/write access", () => {
    expect(only(root, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(only(root, NS.app, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = elements(
      childElements(root).find((e) => e.localName === "Hosts")!,
      NS.app,
      "Host",
    );
    expect(hosts.map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(only(root, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(workbookHost)).toBe("Workbook");
  });

  test("requires the shared runtime and the custom functions runtime", () => {
    const sets = elements(only(root, NS.app, "Requirements"), NS.app, "Set").map(
      (set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`,
    );
    expect(sets).toEqual(
      expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.7"]),
    );
  });

  describe("shared runtime", () => {
    const runtimes = only(workbookHost, NS.overrides, "Runtimes");
    const runtime = only(runtimes, NS.overrides, "Runtime");
    const runtimeResid = runtime.getAttribute("resid");
    const customFunctions = elements(workbookHost, NS.overrides, "ExtensionPoint").find(
      (point) => xsiType(point) === "CustomFunctions",
    )!;

    test("one long-lived runtime, declared first in the host", () => {
      expect(runtime.getAttribute("lifetime")).toBe("long");
      expect(childElements(workbookHost)[0]).toBe(runtimes);
    });

    test("the custom functions' page, the function file and the taskpane all use the runtime's resid", () => {
      const page = only(customFunctions, NS.overrides, "Page");
      const showTaskpane = elements(workbookHost, NS.overrides, "Action").filter(
        (action) => xsiType(action) === "ShowTaskpane",
      );
      expect(showTaskpane).toHaveLength(1);
      expect(sourceLocationResid(page)).toBe(runtimeResid);
      expect(sourceLocationResid(showTaskpane[0]!)).toBe(runtimeResid);
      expect(only(workbookHost, NS.overrides, "FunctionFile").getAttribute("resid")).toBe(runtimeResid);
      expect(urls.get(runtimeResid ?? "")?.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
    });

    test("custom functions: script, metadata and the namespace CX in every language", () => {
      const script = urls.get(sourceLocationResid(only(customFunctions, NS.overrides, "Script")));
      const metadata = urls.get(sourceLocationResid(only(customFunctions, NS.overrides, "Metadata")));
      const namespace = shortStrings.get(residOf(customFunctions, "Namespace"));
      expect(script?.getAttribute("DefaultValue")).toBe(`${DEV_URL}functions.js`);
      expect(metadata?.getAttribute("DefaultValue")).toBe(`${DEV_URL}functions.json`);
      expect(zhCnOverride(metadata!, NS.bt)).toBe(`${DEV_URL}functions.zh-CN.json`);
      expect(namespace?.getAttribute("DefaultValue")).toBe("CX");
      for (const override of elements(namespace!, NS.bt, "Override"))
        expect(override.getAttribute("Value")).toBe("CX");
    });
  });

  test("a taskpane button in a 'CX Gap' group on the Home tab", () => {
    const tab = only(workbookHost, NS.overrides, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = only(tab, NS.overrides, "Group");
    const groupLabel = childElements(group).find((e) => e.localName === "Label")!;
    expect(shortStrings.get(groupLabel.getAttribute("resid") ?? "")?.getAttribute("DefaultValue")).toBe(
      "CX Gap",
    );
    const button = only(group, NS.overrides, "Control");
    expect(xsiType(button)).toBe("Button");
    expect(xsiType(only(button, NS.overrides, "Action"))).toBe("ShowTaskpane");
  });

  test("every resid resolves to a resource of the right kind, and every resource is used", () => {
    const used = new Set<string>();
    for (const user of residUsers()) {
      const resid = user.getAttribute("resid") ?? "";
      expect({ element: user.localName, resid, length: resid.length <= 32 }).toEqual({
        element: user.localName,
        resid,
        length: true,
      });
      const collection = expectedKind(user.localName ?? "", user.namespaceURI);
      expect({ resid, found: collection.has(resid) }).toEqual({ resid, found: true });
      used.add(resid);
    }
    const defined = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  test("every URL is on the dev server, https://localhost:3000/", () => {
    const all = allUrls(root);
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  test("every URL of an asset names a file in assets/", () => {
    const assetFiles = allUrls(root)
      .filter((url) => url.startsWith(`${DEV_URL}assets/`))
      .map((url) => url.slice(DEV_URL.length));
    expect(assetFiles.length).toBeGreaterThan(0);
    expect(assetFiles.filter((file) => !fs.existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  describe("zh-CN", () => {
    test.each(["DisplayName", "Description"])("%s has a Chinese override", (name) => {
      const element = only(root, NS.app, name);
      expect(element.getAttribute("DefaultValue")).toBeTruthy();
      expect(zhCnOverride(element, NS.app)).toMatch(/[\u4e00-\u9fff]/);
    });

    test("every short and long string has a zh-CN override within Office's length limits", () => {
      const check = (strings: Map<string, ReturnType<typeof only>>, limit: number) =>
        [...strings].map(([id, element]) => {
          const english = element.getAttribute("DefaultValue") ?? "";
          const chinese = zhCnOverride(element, NS.bt) ?? "";
          return {
            id,
            ok:
              english.length > 0 && chinese.length > 0 && english.length <= limit && chinese.length <= limit,
          };
        });
      const results = [...check(shortStrings, 125), ...check(longStrings, 250)];
      expect(results.length).toBeGreaterThanOrEqual(6);
      expect(results.filter((result) => !result.ok)).toEqual([]);
    });

    test("texts that are not names are translated", () => {
      const names = new Set(["CX", "CX Gap"]);
      const untranslated = [...shortStrings, ...longStrings]
        .map(([id, element]) => ({ id, chinese: zhCnOverride(element, NS.bt) ?? "" }))
        .filter(({ chinese }) => !names.has(chinese) && !/[\u4e00-\u9fff]/.test(chinese));
      expect(untranslated).toEqual([]);
    });
  });
});
