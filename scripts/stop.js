/**
 * npm stop: end what npm start started.
 *
 * - The dev server that npm start runs on systems without desktop Excel (recorded in devServerInfoFile).
 * - office-addin-debugging's session (Windows, macOS, or `npm start -- web …`): it unregisters the
 *   sideloaded add-in where the platform allows and stops the dev server it launched.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { devServerInfoFile } = require("./devServerInfo");

const ROOT = path.resolve(__dirname, "..");

function stopOwnDevServer() {
  const file = devServerInfoFile();
  if (!fs.existsSync(file)) return false;
  try {
    const { pid } = JSON.parse(fs.readFileSync(file, "utf8"));
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch (err) {
    if (err.code !== "ESRCH") throw err; // ESRCH: it had already ended
  } finally {
    fs.rmSync(file, { force: true });
  }
  return true;
}

function officeAddinDebuggingHasSession() {
  // office-addin-debugging records the dev server it starts in this file
  return fs.existsSync(path.join(os.tmpdir(), "office-addin-debugging.json"));
}

function stopOfficeAddinDebugging() {
  const cli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json", { paths: [ROOT] })),
    "cli.js",
  );
  return (
    spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" }).status ?? 1
  );
}

function main() {
  const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
  const stoppedOwn = stopOwnDevServer();
  if (hasDesktopExcel || officeAddinDebuggingHasSession()) {
    process.exitCode = stopOfficeAddinDebugging();
  } else if (!stoppedOwn) {
    console.log("No CX Gap dev server was running.");
  }
  if (!hasDesktopExcel) {
    console.log(
      "A manifest uploaded to Excel on the web stays in that browser's storage until its cache is cleared.",
    );
  }
}

main();
