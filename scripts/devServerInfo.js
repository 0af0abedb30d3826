/**
 * What npm start records about the dev server it runs (on systems without desktop Excel), for npm stop and for a
 * second npm start: the file, whether its process still runs, and whether anything answers on the port.
 */
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

function devServerInfoFile() {
  return path.join(os.tmpdir(), "cx-gap-dev-server.json");
}

/** The recorded dev server ({ pid, port }) if its process is still running, else undefined (a stale record is removed). */
function runningDevServer() {
  const file = devServerInfoFile();
  let info;
  try {
    info = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  try {
    process.kill(info.pid, 0); // signal 0: only asks whether the process exists
    return info;
  } catch (error) {
    if (error.code === "EPERM") return info; // it exists, under another user
    fs.rmSync(file, { force: true });
    return undefined;
  }
}

/** Resolves true when something accepts connections on localhost:port (IPv4 or IPv6), within timeoutMs. */
function portAnswers(port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "localhost", port, autoSelectFamily: true });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * The host the dev server listens on: localhost unless DEV_SERVER_HOST says otherwise (e.g. 0.0.0.0 to reach it
 * from another machine on the network).
 */
function devServerHost(environment = process.env) {
  return environment.DEV_SERVER_HOST?.trim() || "localhost";
}

/** Words for a failure of office-addin-dev-certs, which installs its certificate authority on Linux with sudo. */
function explainCertificateFailure(message) {
  if (/sudo: (command )?not found/i.test(message)) {
    return (
      "installing a trusted certificate runs `sudo`, and this system has no sudo command (no administrator " +
      "rights to add a certificate authority to the system's trust store)"
    );
  }
  return message.split("\n")[0];
}

module.exports = {
  devServerInfoFile,
  runningDevServer,
  portAnswers,
  devServerHost,
  explainCertificateFailure,
};
