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
const { devServerInfoFile, portAnswers, runningDevServer } = require("./devServerInfo");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Ends the dev server npm start recorded and waits (up to 15 s) until its port is free. */
async function stopOwnDevServer() {
  const server = runningDevServer();
  if (!server) return false;
  try {
    process.kill(server.pid, "SIGTERM");
  } catch (err) {
    if (err.code !== "ESRCH") throw err; // ESRCH: it had just ended
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && (await portAnswers(server.port, 500))) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fs.rmSync(devServerInfoFile(), { force: true });
  console.log(`Stopped the dev server at https://localhost:${server.port}/ (process ${server.pid}).`);
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

async function main() {
  const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
  const stoppedOwn = await stopOwnDevServer();
  if (hasDesktopExcel || officeAddinDebuggingHasSession()) {
    process.exitCode = stopOfficeAddinDebugging();
  } else if (!stoppedOwn) {
    if (await portAnswers(PORT)) {
      console.log(
        `Something still answers at https://localhost:${PORT}/, but npm start did not record starting it ` +
          "(it may run from another folder, or be another program). Stop it where it runs (Ctrl+C in its terminal).",
      );
      process.exitCode = 1;
    } else {
      console.log("No CX Gap dev server was running.");
    }
  }
  if (!hasDesktopExcel) {
    console.log(
      "A manifest uploaded to Excel on the web stays in that browser's storage until its cache is cleared.",
    );
  }
}

void main();
