/** Reads manifest.xml for the offline manifest checks (the online validator needs the internet). */
import { DOMParser, type Element } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DEV_URL = "https://localhost:3000/";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export interface ParsedManifest {
  root: Element;
  /** warnings and errors reported by the parser; a well-formed manifest has none */
  problems: string[];
}

export function parseManifest(file = path.join(ROOT, "manifest.xml")): ParsedManifest {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  });
  const document = parser.parseFromString(fs.readFileSync(file, "utf8"), "text/xml");
  const root = document.documentElement;
  if (!root) throw new Error(`${file} has no root element`);
  return { root, problems };
}

export function elements(parent: Element, namespace: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName));
}

export function only(parent: Element, namespace: string, localName: string): Element {
  const found = elements(parent, namespace, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as Element;
}

export function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1);
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** The zh-CN override of a DisplayName/Description (<Override>) or a resource (<bt:Override>). */
export function zhCnOverride(element: Element, namespace: string): string | undefined {
  const override = childElements(element).find(
    (child) =>
      child.namespaceURI === namespace &&
      child.localName === "Override" &&
      child.getAttribute("Locale") === "zh-CN",
  );
  return override?.getAttribute("Value") ?? undefined;
}

/** Every attribute value and text node in the document that is a URL. */
export function allUrls(root: Element): string[] {
  const urls: string[] = [];
  const visit = (element: Element): void => {
    for (const attribute of Array.from(element.attributes)) {
      if (/^[a-z]+:\/\//i.test(attribute.value) && attribute.namespaceURI === null)
        urls.push(attribute.value);
    }
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3 && /^\s*[a-z]+:\/\//i.test(child.nodeValue ?? ""))
        urls.push((child.nodeValue ?? "").trim());
      if (child.nodeType === 1) visit(child as Element);
    }
  };
  visit(root);
  return urls;
}
