/* global __dirname */
/**
 * npm run check:deploy (scripts/checkDeploy.js) against a deliberately wrong host on 127.0.0.1: plain http, a
 * missing icon, functions.json served as text/plain without CORS. Each fault must be named in plain words. (The
 * browser test runs it against the real production build over https, with and without the CORS header.)
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
let server: http.Server;
let origin = "";

beforeAll(async () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (pathname === "/manifest.xml") {
      response.writeHead(200, { "Content-Type": "application/xml" });
      response.end(manifest.split("https://localhost:3000/").join(`${origin}/`));
    } else if (pathname.endsWith(".json")) {
      response.writeHead(200, { "Content-Type": "text/plain" }); // wrong type, and no CORS header
      response.end("{}");
    } else if (pathname === "/assets/icon-80.png") {
      response.writeHead(404).end();
    } else {
      const type = pathname.endsWith(".png")
        ? "image/png"
        : pathname.endsWith(".js")
          ? "text/javascript"
          : "text/html";
      response.writeHead(200, { "Content-Type": type }).end("");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function checkDeploy(target: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "scripts", "checkDeploy.js"), target],
      { timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe("npm run check:deploy", () => {
  it("names each fault of a host in plain words and exits 1", async () => {
    const { code, output } = await checkDeploy(`${origin}/`);
    expect(code).toBe(1);
    expect(output).toContain("9 of the 9 addresses are not https");
    expect(output).toContain("Office loads add-ins only from https addresses");
    expect(output).toContain(`Icon.80x80 (${origin}/assets/icon-80.png) answers 404 Not Found`);
    expect(output).toContain(
      `Functions.Metadata.Url (${origin}/functions.json) is served as "text/plain"; Office expects application/json.`,
    );
    expect(output).toContain(
      `Functions.Metadata.Url (${origin}/functions.json) has no Access-Control-Allow-Origin header.`,
    );
    expect(output).toContain(
      `Functions.Metadata.Url (zh-CN) (${origin}/functions.zh-CN.json) has no Access-Control-Allow-Origin header.`,
    );
  }, 40_000);

  it("says when there is no manifest at the address", async () => {
    const { code, output } = await checkDeploy(`${origin}/nothing/here.xml`);
    expect(code).toBe(1);
    expect(output).toContain("Cannot read the manifest");
  }, 40_000);
});
