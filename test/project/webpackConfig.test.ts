/** webpack.config.js follows the build contract (docs: contracts, "Build"); no bundling happens here. */
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./manifestXml";

const makeConfig = require("../../webpack.config.js") as (
  env: object,
  argv: object,
) => Promise<WebpackConfig>;

interface WebpackConfig {
  entry: Record<string, string>;
  output: { filename: string; chunkFilename: string; publicPath: string };
  plugins: Array<{
    constructor: { name: string };
    userOptions?: Record<string, unknown>;
    patterns?: CopyPattern[];
  }>;
  devServer: { port: number; server: { type: string } };
}
interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => Buffer | string;
}

async function productionConfig(publicUrl?: string): Promise<WebpackConfig> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (publicUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = publicUrl;
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    return await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  } finally {
    log.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

function plugin(config: WebpackConfig, name: string) {
  const found = config.plugins.find((p) => p.constructor.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

function manifestCopy(config: WebpackConfig): string {
  const pattern = plugin(config, "CopyPlugin").patterns!.find((p) => p.from === "manifest.xml")!;
  const content = fs.readFileSync(path.join(ROOT, "manifest.xml"));
  return (pattern.transform ? pattern.transform(content) : content).toString();
}

describe("webpack.config.js", () => {
  test("entries: functions and taskpane", async () => {
    const config = await productionConfig();
    expect(config.entry).toEqual({
      functions: "./src/entries/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    });
    expect(config.output.publicPath).toBe("auto");
    expect(config.output.chunkFilename).toContain("[contenthash");
  });

  test("taskpane.html hosts the shared runtime: functions before taskpane", async () => {
    const html = plugin(await productionConfig(), "HtmlWebpackPlugin").userOptions!;
    expect(html).toMatchObject({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
    });
  });

  test("metadata: generated, localized, and the functions register themselves", async () => {
    const names = (await productionConfig()).plugins.map((p) => p.constructor.name);
    const metadata = names.indexOf("CustomFunctionsMetadataPlugin");
    expect(metadata).toBeGreaterThanOrEqual(0);
    // the association remover taps the same hook and must run after the metadata plugin
    expect(names.indexOf("SelfRegisteringFunctionsPlugin")).toBeGreaterThan(metadata);
    expect(names).toContain("LocalizeFunctionsMetadataPlugin");
  });

  test("the manifest keeps localhost unless ADDIN_PUBLIC_URL is set, then every URL moves", async () => {
    expect(manifestCopy(await productionConfig())).toContain("https://localhost:3000/taskpane.html");
    const moved = manifestCopy(await productionConfig("https://cx.example.com/addin"));
    expect(moved).not.toContain("localhost");
    expect(moved).toContain('DefaultValue="https://cx.example.com/addin/functions.json"');
    expect(moved).toContain('Value="https://cx.example.com/addin/functions.zh-CN.json"');
    await expect(productionConfig("http://cx.example.com/")).rejects.toThrow("https://");
  });

  test("dev server: https on port 3000", async () => {
    const config = await productionConfig();
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.server.type).toBe("https");
  });
});
