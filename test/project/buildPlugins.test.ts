/**
 * The two build plugins in scripts/, run with custom-functions-metadata-plugin in a small webpack
 * compilation of a one-function file (not the add-in: a full build is checked by hand, npm run build).
 */
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack, { type Configuration, type Stats } from "webpack";
import { FunctionsMetadataFlagsPlugin } from "../../scripts/functionsMetadataFlags";
import { LocalizeFunctionsMetadataPlugin } from "../../scripts/localizeFunctionsMetadata";
import { SelfRegisteringFunctionsPlugin } from "../../scripts/selfRegisteringFunctionsPlugin";

const FIXTURE = path.join(__dirname, "fixtures", "sampleFunctions.ts");
const TRANSLATED = {
  ADD: { description: "两数相加。", parameters: { first: "第一个数。", second: "第二个数。" } },
};

let workDir: string;
beforeEach(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-gap-build-"));
});
afterEach(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

function compile(translations: unknown, { selfRegistering = true } = {}): Promise<Stats> {
  const translationsFile = path.join(workDir, "translations.json");
  fs.writeFileSync(translationsFile, JSON.stringify(translations));
  const config: Configuration = {
    mode: "development",
    devtool: false,
    context: workDir,
    entry: { functions: FIXTURE },
    output: { path: path.join(workDir, "dist") },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: require.resolve("ts-loader"),
          options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FIXTURE, output: "functions.json" }),
      ...(selfRegistering ? [new SelfRegisteringFunctionsPlugin()] : []),
      new FunctionsMetadataFlagsPlugin(),
      new LocalizeFunctionsMetadataPlugin({ translations: translationsFile, output: "functions.zh-CN.json" }),
    ],
  };
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => (err || !stats ? reject(err ?? new Error("no stats")) : resolve(stats)));
    });
  });
}

function emitted(file: string): string {
  return fs.readFileSync(path.join(workDir, "dist", file), "utf8");
}

describe("build plugins", () => {
  test("functions.zh-CN.json: the generated metadata with the translated descriptions", async () => {
    const stats = await compile(TRANSLATED);
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    const english = JSON.parse(emitted("functions.json"));
    const chinese = JSON.parse(emitted("functions.zh-CN.json"));
    expect(english.functions[0].description).toBe("Adds two numbers.");
    expect(chinese.functions).toEqual([
      {
        ...english.functions[0],
        description: "两数相加。",
        parameters: [
          { ...english.functions[0].parameters[0], description: "第一个数。" },
          { ...english.functions[0].parameters[1], description: "第二个数。" },
        ],
      },
    ]);
  }, 60_000);

  test("both metadata files let error cells reach the functions (allowErrorForDataTypeAny)", async () => {
    const stats = await compile(TRANSLATED);
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    for (const file of ["functions.json", "functions.zh-CN.json"]) {
      expect(JSON.parse(emitted(file)).allowErrorForDataTypeAny).toBe(true);
    }
  }, 60_000);

  test("a missing translation fails the build and names what is missing", async () => {
    const stats = await compile({ ADD: { description: "两数相加。", parameters: { first: "第一个数。" } } });
    expect(stats.hasErrors()).toBe(true);
    const messages = stats.toJson({ all: false, errors: true }).errors!.map((error) => error.message);
    expect(messages.join("\n")).toContain("ADD(second): no description");
  }, 60_000);

  test("functions register themselves: no CustomFunctions.associate lines are appended", async () => {
    const bundle = async (selfRegistering: boolean) => {
      await compile(TRANSLATED, { selfRegistering });
      return emitted("functions.js");
    };
    // without the plugin, custom-functions-metadata-plugin appends one (the control)
    expect(await bundle(false)).toContain('CustomFunctions.associate("ADD", add)');
    expect(await bundle(true)).not.toContain("CustomFunctions.associate");
  }, 60_000);
});
