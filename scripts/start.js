/**
 * npm start: run the add-in in Excel.
 *
 * - Windows and macOS: office-addin-debugging builds, serves https://localhost:3000 (npm run dev-server)
 *   and sideloads manifest.xml into desktop Excel.
 * - `npm start -- web --document <url of a workbook in OneDrive/SharePoint>` (any platform):
 *   office-addin-debugging opens that workbook in Excel on the web with the add-in sideloaded.
 * - Elsewhere (Linux, where there is no desktop Excel): serves the add-in with the dev server and prints
 *   how to sideload manifest.xml into Excel on the web by hand.
 *
 * npm stop (scripts/stop.js) ends what this started.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { devServerInfoFile, portAnswers, runningDevServer } = require("./devServerInfo");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = "manifest.xml";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BASE_URL = `https://localhost:${PORT}/`;

function packageFile(pkg, file) {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), file);
}

/** Runs `node <script> …args` in the foreground and resolves with its exit code. */
function runNode(script, args, options = {}) {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit", ...options });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return {
    child,
    exited: new Promise((resolve) => {
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    }),
  };
}

function officeAddinDebugging(args) {
  // run through node: the package's bin file may lack the executable bit after npm install
  return runNode(packageFile("office-addin-debugging", "cli.js"), ["start", MANIFEST, ...args]).exited;
}

/** Resolves once the dev server answers (any HTTP status), or rejects after `timeoutMs`. */
function waitForDevServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      // the certificate may be self-signed at this point; this request only asks "is it up?"
      const request = https.get(`${BASE_URL}taskpane.html`, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve();
      });
      request.on("error", () => {
        if (Date.now() > deadline) reject(new Error(`nothing answered on ${BASE_URL}`));
        else setTimeout(attempt, 1000);
      });
    };
    attempt();
  });
}

function sideloadInstructions() {
  return `
CX Gap is being served at ${BASE_URL} (manifest: ${path.join(ROOT, MANIFEST)}).

There is no desktop Excel on this system. Sideload the add-in into Excel on the web:

  1. Trust the local server once: open ${BASE_URL}taskpane.html in the browser you use for Excel.
     If it warns that the connection is not private, accept the certificate (e.g. "Advanced" ->
     "Proceed to localhost"). Excel loads the add-in from this address and gets nothing until the
     browser trusts it.
  2. Open https://www.office.com/ (or your Microsoft 365 portal), sign in and open or create a workbook.
  3. Select Home > Add-ins > More Settings (in older layouts: Insert > Add-ins > My Add-ins), then
     Upload My Add-in.
  4. Browse to ${path.join(ROOT, MANIFEST)} and select Upload.
  5. The CX Gap button appears on the Home tab; type =CX.GAP( in a cell to use the functions.

The sideloaded manifest is kept in the browser's storage: clearing the browser cache removes it.
To open a OneDrive/SharePoint workbook with the add-in already sideloaded instead:
  npm start -- web --document "<workbook URL>"

Stop the server with Ctrl+C here, or run npm stop in another terminal.
`;
}

async function serveForExcelOnTheWeb() {
  const webpackCli = packageFile("webpack", path.join("bin", "webpack.js"));
  const { child, exited } = runNode(webpackCli, ["serve", "--mode", "development"]);
  fs.writeFileSync(devServerInfoFile(), JSON.stringify({ pid: child.pid, port: PORT }));
  const cleanUp = () => fs.rmSync(devServerInfoFile(), { force: true });
  try {
    await Promise.race([waitForDevServer(180_000), exited.then(() => Promise.reject(new Error("stopped")))]);
    console.log(sideloadInstructions());
  } catch (err) {
    if (err.message !== "stopped") console.error(`[cx-gap] The dev server did not start: ${err.message}`);
  }
  const code = await exited;
  cleanUp();
  return code;
}

/**
 * Whether a dev server already holds the port: one that npm start recorded (say where it runs, and that npm stop
 * stops it) or something else (say which port, and how to choose another). Resolves with the exit code to end
 * with, or undefined when the port is free.
 */
async function alreadyRunning() {
  const recorded = runningDevServer();
  if (!(await portAnswers(PORT))) return undefined;
  if (recorded && recorded.port === PORT) {
    console.log(
      `CX Gap's dev server is already running at ${BASE_URL} (process ${recorded.pid}); nothing more to start.\n` +
        "Stop it with npm stop.",
    );
    return 0;
  }
  console.error(
    `Port ${PORT} is already in use by another program, so the dev server cannot start at ${BASE_URL}.\n` +
      "Stop that program (the manifest points Excel at this port), then run npm start again.",
  );
  return 1;
}

async function main() {
  const args = process.argv.slice(2);
  const busy = await alreadyRunning();
  if (busy !== undefined) {
    process.exitCode = busy;
    return;
  }
  const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
  let code;
  if (args.length > 0 || hasDesktopExcel) {
    code = await officeAddinDebugging(args.length > 0 ? args : ["desktop"]);
  } else {
    code = await serveForExcelOnTheWeb();
  }
  process.exitCode = code;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
