/**
 * npm run check:deploy -- <url of the deployed add-in, or of its manifest.xml, or a local manifest file>
 *
 * Fetches every address in the add-in manifest the way Office does and says in plain words what a host
 * gets wrong. The rules (each cited where it is checked):
 * - every URL in the manifest is https: Office loads add-ins only from https addresses
 *   (https://learn.microsoft.com/en-us/javascript/api/manifest/sourcelocation: "must be an HTTPS address");
 * - the custom functions' metadata (functions.json and its zh-CN override) answers a cross-origin request from
 *   Excel on the web with Access-Control-Allow-Origin: Excel fetches it from its own origin
 *   (https://excel.officeapps.live.com), and without the header the functions never register
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/publish/publish-add-in-vs-code, where the docs team
 *   added CORS instructions for custom functions: https://github.com/OfficeDev/office-js-docs-pr/issues/2956;
 *   the failure as users see it: https://github.com/OfficeDev/office-js/issues/3970);
 * - each address answers 200 with the content type of what it is (JSON, JavaScript, HTML, PNG).
 *
 * Exits 0 when everything is right, 1 (after listing every problem) otherwise. Node 20's fetch; no
 * dependencies beyond @xmldom/xmldom. A host whose certificate is not in Node's store (a test server) can be
 * trusted with NODE_EXTRA_CA_CERTS=<its certificate>.
 */
/* global fetch -- Node 20 has it built in */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

/** The origin Excel on the web fetches the metadata from (as seen in its CORS errors). */
const EXCEL_ON_THE_WEB = "https://excel.officeapps.live.com";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const HEADER_FILES =
  "dist/staticwebapp.config.json (Azure Static Web Apps), dist/_headers (Netlify, Cloudflare Pages), " +
  "dist/web.config (IIS, Azure App Service) or deploy/nginx.conf (nginx)";

const EXPECTED_TYPES = {
  json: { pattern: /^application\/json\b/i, name: "application/json" },
  js: { pattern: /^(text|application)\/(x-)?javascript\b/i, name: "text/javascript" },
  html: { pattern: /^text\/html\b/i, name: "text/html" },
  png: { pattern: /^image\/png\b/i, name: "image/png" },
};

/** Every URL the manifest names, with what it is for; the custom functions' metadata marked. */
function manifestAddresses(xml) {
  let doc;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
  } catch (error) {
    throw new Error(`it is not XML (${error.message.split("\n")[0]})`);
  }
  if (doc.documentElement?.localName !== "OfficeApp") {
    throw new Error("it is not an add-in manifest (no OfficeApp element)");
  }
  const byTag = (name) => Array.from(doc.getElementsByTagName(name));
  const metadataIds = new Set(
    byTag("Metadata").flatMap((metadata) =>
      Array.from(metadata.getElementsByTagName("SourceLocation")).map((s) => s.getAttribute("resid")),
    ),
  );
  const addresses = [];
  const add = (url, role, metadata = false) => {
    if (url && !addresses.some((a) => a.url === url)) addresses.push({ url, role, metadata });
  };
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const element of byTag(tag)) add(element.getAttribute("DefaultValue"), tag);
  }
  for (const settings of byTag("DefaultSettings")) {
    for (const source of Array.from(settings.getElementsByTagName("SourceLocation"))) {
      add(source.getAttribute("DefaultValue"), "DefaultSettings/SourceLocation");
    }
  }
  for (const resource of [
    ...doc.getElementsByTagNameNS(BT, "Url"),
    ...doc.getElementsByTagNameNS(BT, "Image"),
  ]) {
    const id = resource.getAttribute("id");
    const metadata = metadataIds.has(id);
    add(resource.getAttribute("DefaultValue"), id, metadata);
    for (const override of Array.from(resource.getElementsByTagNameNS(BT, "Override"))) {
      add(override.getAttribute("Value"), `${id} (${override.getAttribute("Locale")})`, metadata);
    }
  }
  return addresses;
}

function kindOf(url) {
  const extension = new URL(url).pathname.split(".").pop()?.toLowerCase();
  return extension === "htm" ? "html" : extension;
}

/** The problems of one address, in plain words (an empty list when it is right). */
async function checkAddress({ url, role, metadata }) {
  const problems = [];
  const name = `${role} (${url})`;
  if (!URL.canParse(url)) return [`${name} is not a valid URL.`];
  let response;
  try {
    response = await fetch(url, { headers: { Origin: EXCEL_ON_THE_WEB }, redirect: "follow" });
  } catch (error) {
    const cause = error.cause?.code || error.cause?.message || error.message;
    return [...problems, `${name} could not be fetched (${cause}). Is the address right and the server up?`];
  }
  if (response.status !== 200) {
    problems.push(
      response.status === 404
        ? `${name} answers 404 Not Found: the file is missing at that address (upload all of dist/, or fix the address in the manifest).`
        : `${name} answers HTTP ${response.status} instead of 200.`,
    );
  }
  const expected = EXPECTED_TYPES[kindOf(url)];
  const type = response.headers.get("content-type") ?? "";
  if (response.status === 200 && expected && !expected.pattern.test(type)) {
    problems.push(
      `${name} is served as "${type || "no content type"}"; Office expects ${expected.name}. Set the server's type for .${kindOf(url)} files.`,
    );
  }
  if (metadata) {
    const allowed = response.headers.get("access-control-allow-origin");
    if (!allowed) {
      problems.push(
        `${name} has no Access-Control-Allow-Origin header. Excel on the web fetches the custom functions' ` +
          `metadata from ${EXCEL_ON_THE_WEB}, and without this header the CX functions never register ` +
          `(#NAME? in every cell). Send "Access-Control-Allow-Origin: *" with it: see ${HEADER_FILES}.`,
      );
    } else if (allowed !== "*" && allowed !== EXCEL_ON_THE_WEB) {
      problems.push(
        `${name} allows only the origin "${allowed}"; Excel on the web fetches it from ${EXCEL_ON_THE_WEB}. ` +
          `Send "Access-Control-Allow-Origin: *".`,
      );
    }
  }
  await response.body?.cancel();
  return problems;
}

async function readManifest(target) {
  if (!/^https?:\/\//i.test(target)) {
    return { xml: fs.readFileSync(path.resolve(target), "utf8"), from: path.resolve(target) };
  }
  const url = /\.xml(\?|$)/i.test(target) ? target : `${target.replace(/\/?$/, "/")}manifest.xml`;
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answers HTTP ${response.status}: no manifest there`);
  if (!/xml/i.test(response.headers.get("content-type") ?? "xml")) {
    throw new Error(
      `${url} is served as ${response.headers.get("content-type")}, not as XML: no manifest there`,
    );
  }
  return { xml: await response.text(), from: url };
}

async function main() {
  const target = process.argv[2];
  if (!target) {
    console.error(
      "Usage: npm run check:deploy -- <https address of the deployed add-in, or of its manifest.xml, or a manifest file>",
    );
    return 2;
  }
  let manifest;
  try {
    manifest = await readManifest(target);
  } catch (error) {
    console.error(`Cannot read the manifest: ${error.cause?.code || error.message}`);
    return 1;
  }
  let addresses;
  try {
    addresses = manifestAddresses(manifest.xml);
  } catch (error) {
    console.error(`Cannot read the manifest at ${manifest.from}: ${error.message}`);
    return 1;
  }
  console.log(`Checking the ${addresses.length} addresses in ${manifest.from} as Office fetches them…`);
  const problems = [];
  const plain = addresses.filter((address) => !/^https:/i.test(address.url));
  if (plain.length > 0) {
    problems.push(
      `${plain.length} of the ${addresses.length} addresses are not https (${plain.map((a) => a.url).join(", ")}). ` +
        "Office loads add-ins only from https addresses: serve the add-in over https and build it with that address.",
    );
  }
  problems.push(...(await Promise.all(addresses.map(checkAddress))).flat());
  if (addresses.some((a) => URL.canParse(a.url) && new URL(a.url).hostname === "localhost")) {
    problems.push(
      "The manifest points at localhost: build the deployment with ADDIN_PUBLIC_URL=<its https address> npm run build.",
    );
  }
  if (problems.length === 0) {
    console.log(
      `OK: all ${addresses.length} addresses answer as Office needs (https, 200, content types, CORS on the functions' metadata).`,
    );
    return 0;
  }
  console.log(`${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.log(`- ${problem}`);
  return 1;
}

if (require.main === module) {
  main().then((code) => {
    process.exitCode = code;
  });
}

module.exports = { manifestAddresses, EXCEL_ON_THE_WEB };
