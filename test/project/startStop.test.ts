/* global __dirname */
/**
 * npm start / npm stop on a system without desktop Excel (scripts/start.js, scripts/stop.js), with real processes
 * on localhost: a stand-in dev server holds the port, as a first npm start would, and each script runs as
 * npm runs it. TMPDIR points at a folder of the test's own, so the record npm start keeps there
 * (scripts/devServerInfo.js) is the test's alone.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { execFile, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const { devServerHost, explainCertificateFailure } = require("../../scripts/devServerInfo") as {
  devServerHost(environment: Record<string, string | undefined>): string;
  explainCertificateFailure(message: string): string;
};

let tmp: string;
let port: number;
let standIn: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "localhost", () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });
}

/** A process listening on localhost:port, as the dev server does; resolves once it listens. */
function startStandIn(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require("http").createServer((q, r) => r.end("ok")).listen(${port}, "localhost", () => console.log("up"))`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve(child));
    child.once("exit", () => reject(new Error("the stand-in server did not start")));
  });
}

function run(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "scripts", script)],
      {
        cwd: ROOT,
        timeout: 30_000,
        env: { ...process.env, TMPDIR: tmp, npm_package_config_dev_server_port: String(port) },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cx-gap-start-"));
  port = await freePort();
});

afterEach(async () => {
  if (standIn && standIn.exitCode === null && standIn.signalCode === null) {
    standIn.kill();
    await exited(standIn);
  }
  standIn = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("npm start while the dev server already runs", () => {
  it("says where it runs and exits cleanly; npm stop then stops it", async () => {
    standIn = await startStandIn();
    fs.writeFileSync(path.join(tmp, "cx-gap-dev-server.json"), JSON.stringify({ pid: standIn.pid, port }));

    const second = await run("start.js");
    expect(second.output).toContain(`CX Gap's dev server is already running at https://localhost:${port}/`);
    expect(second.output).not.toMatch(/EADDRINUSE|Error/);
    expect(second.code).toBe(0);

    const stop = await run("stop.js");
    expect(stop.output).toContain(
      `Stopped the dev server at https://localhost:${port}/ (process ${standIn.pid}).`,
    );
    expect(stop.code).toBe(0);
    await exited(standIn);
    expect(fs.existsSync(path.join(tmp, "cx-gap-dev-server.json"))).toBe(false);
  }, 60_000);

  it("names the port when another program holds it, and npm stop does not claim nothing runs", async () => {
    standIn = await startStandIn(); // not recorded by npm start
    const start = await run("start.js");
    expect(start.output).toContain(`Port ${port} is already in use by another program`);
    expect(start.code).toBe(1);

    const stop = await run("stop.js");
    expect(stop.output).toContain(`Something still answers at https://localhost:${port}/`);
    expect(standIn.exitCode).toBeNull(); // another program's process is left alone
  }, 60_000);

  it("npm stop with nothing running says so", async () => {
    const stop = await run("stop.js");
    expect(stop.output).toContain("No CX Gap dev server was running.");
    expect(stop.code).toBe(0);
  }, 30_000);
});

describe("the dev server's address and certificate", () => {
  it("listens on localhost unless DEV_SERVER_HOST asks otherwise, and keeps the CORS header", async () => {
    expect(devServerHost({})).toBe("localhost");
    expect(devServerHost({ DEV_SERVER_HOST: "0.0.0.0" })).toBe("0.0.0.0");
    const config = await (
      require("../../webpack.config.js") as (
        env: object,
        argv: object,
      ) => Promise<{
        devServer: { host: string; headers: Record<string, string> };
      }>
    )({}, { mode: "development" });
    expect(config.devServer.host).toBe("localhost");
    expect(config.devServer.headers["Access-Control-Allow-Origin"]).toBe("*");
  });

  it("explains `sudo: not found` from office-addin-dev-certs in plain words", () => {
    // the message office-addin-dev-certs 2.0 throws on Linux without sudo (lib/install.js, installCaCertificate)
    const reason = explainCertificateFailure(
      "Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n",
    );
    expect(reason).toContain("this system has no sudo command");
    expect(reason).not.toContain("/bin/sh");
  });
});
