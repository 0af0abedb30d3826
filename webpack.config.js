/**
 * Builds the add-in into dist/:
 *   functions.js        custom functions (src/entries/functions.ts; the further measures in a chunk loaded on first use), no React
 *   taskpane.js (+ lazy chunks)  the wizard (src/taskpane/index.tsx)
 *   taskpane.html       the shared-runtime page: Office.js from Microsoft's CDN, then functions.js, then taskpane.js
 *   functions.json      generated from the functions' JSDoc (custom-functions-metadata-plugin)
 *   functions.zh-CN.json  the same with Chinese descriptions (scripts/localizeFunctionsMetadata.js)
 *   manifest.xml, assets/*
 *
 * The manifest points at https://localhost:3000/. A production build run with ADDIN_PUBLIC_URL set
 * (e.g. ADDIN_PUBLIC_URL=https://cxgap.example.com/ npm run build) writes dist/manifest.xml with that
 * address instead.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devServerHost, explainCertificateFailure } = require("./scripts/devServerInfo");
const { FunctionsMetadataFlagsPlugin } = require("./scripts/functionsMetadataFlags");
const { LocalizeFunctionsMetadataPlugin } = require("./scripts/localizeFunctionsMetadata");
const { SelfRegisteringFunctionsPlugin } = require("./scripts/selfRegisteringFunctionsPlugin");

/**
 * Every script that ships is transpiled by Babel for the webviews in .browserslistrc (the hosts with
 * SharedRuntime 1.1), dependencies included: some publish ES2022 (class static blocks) that older
 * WebView2 and Safari builds cannot parse. Babel 7 rather than SWC: pure JavaScript (no native binary to
 * install per platform), and its assumptions below keep the output small. Nothing is polyfilled: the APIs
 * the pane calls beyond ES2019 (ResizeObserver, Object.fromEntries) exist in Safari 13.1 and every WebView2;
 * taskpane.html checks for them and tells users of older webviews what to do.
 * Loose assumptions that hold for this code: nothing uses document.all (optional chaining becomes
 * `x == null`), class fields are plain assignments, spread objects have no setters to trigger.
 */
const TARGETS = require("browserslist").loadConfig({ path: __dirname });
const babelLoader = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    cacheDirectory: true,
    sourceType: "unambiguous",
    presets: [["@babel/preset-env", { targets: TARGETS, bugfixes: true, modules: false }]],
    assumptions: {
      noDocumentAll: true,
      setPublicClassFields: true,
      setSpreadProperties: true,
      privateFieldsAsProperties: true,
    },
  },
};

const DEV_URL = "https://localhost:3000/";
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

function productionUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) return undefined;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must start with https:// (got ${url})`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The localhost certificate trusted by Office (office-addin-dev-certs), or undefined to let
 *  webpack-dev-server make its own self-signed one (which the browser must be told to accept once). */
async function devCertificate() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    const reason = explainCertificateFailure(err instanceof Error ? err.message : String(err));
    console.warn(
      `[cx-gap] office-addin-dev-certs could not provide a trusted localhost certificate (${reason}).\n` +
        `[cx-gap] Serving https://localhost:${DEV_SERVER_PORT}/ with a self-signed certificate instead: open\n` +
        `[cx-gap] https://localhost:${DEV_SERVER_PORT}/taskpane.html once in the browser you use for Excel and accept it.`,
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const publicUrl = production ? productionUrl() : undefined;
  if (production && !publicUrl && !serving) {
    console.log("[cx-gap] ADDIN_PUBLIC_URL is not set: dist/manifest.xml keeps https://localhost:3000/.");
  }

  return {
    mode: production ? "production" : "development",
    // webpack's runtime and module wrappers are written for the same webviews as the code
    target: `browserslist:${TARGETS.join(", ")}`,
    devtool: "source-map",
    entry: {
      functions: "./src/entries/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // lazy chunks: hashed in production so that a new release is never mixed with a cached old chunk
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // "auto" resolves chunks relative to the script that loads them, wherever dist/ is served from
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // stdlib's printf for its own argument errors, replaced by a small one (src/vendor/stdlibStringFormat.js)
      alias: {
        "@stdlib/string-format$": path.resolve(__dirname, "src/vendor/stdlibStringFormat.js"),
        // stdlib's defineProperty is the built-in wherever it exists (every supported webview); its polyfill stays out
        "@stdlib/utils-define-property$": path.resolve(__dirname, "src/vendor/stdlibDefineProperty.js"),
        // stdlib's n! table (171 numbers, over 3 KB gzipped) computed exactly when first needed instead
        "@stdlib/math-base-special-factorial$": path.resolve(__dirname, "src/vendor/stdlibFactorial.js"),
        // stdlib's sine and cosine, reached only for negative gamma arguments, as the built-in ones
        "@stdlib/math-base-special-sin$": path.resolve(__dirname, "src/vendor/stdlibSin.js"),
        "@stdlib/math-base-special-cos$": path.resolve(__dirname, "src/vendor/stdlibCos.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            babelLoader,
            {
              loader: "ts-loader",
              options: {
                // type-checking is its own step (npm run typecheck); the bundle only needs the JavaScript
                transpileOnly: true,
                // keep import/export for webpack: ES modules resolve to the packages' ESM builds and can be
                // tree-shaken (tsconfig's CommonJS is for jest and ts-node)
                compilerOptions: { module: "es2020" },
              },
            },
          ],
        },
        {
          // dependencies as published: transpiled too (webpack's own runtime follows `target` below)
          test: /\.[cm]?js$/,
          include: /node_modules/,
          // @fluentui/react-icons: 11,800 files of plain ES2019 (icon chunks over 1 MB each) that Babel would only
          // slow down; the browser test's ES2019 parse of dist/ guards this exclusion
          exclude: /node_modules[\\/](core-js|@babel[\\/]runtime|webpack|@fluentui[\\/]react-icons)[\\/]/,
          use: babelLoader,
        },
        {
          test: /\.(png|jpg|jpeg|gif|svg|woff2?)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: {
      // the wizard's initial size is measured by npm run bench, not by webpack's generic hint
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        // the JSDoc of both files makes functions.json (gaps and priorities, then the further measures)
        input: ["./src/functions/gapFunctions.ts", "./src/functions/measureFunctions.ts"],
      }),
      // functions.ts calls CustomFunctions.associate itself, with Excel-error wrappers
      new SelfRegisteringFunctionsPlugin(),
      // error cells reach the functions, which name the argument they came from
      new FunctionsMetadataFlagsPlugin({ source: "functions.json" }),
      new LocalizeFunctionsMetadataPlugin({
        source: "functions.json",
        translations: "./src/functions/functions.zh-CN.json",
        output: "functions.zh-CN.json",
        locale: "zh-CN",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // shared runtime: one page registers the custom functions and renders the wizard
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" }, // icons, help page, sample workbook
          // header settings for common static hosts: CORS on functions.json, which Excel on the web needs
          { from: "deploy/staticwebapp.config.json", to: "staticwebapp.config.json" },
          { from: "deploy/_headers", to: "_headers", toType: "file" },
          { from: "deploy/web.config", to: "web.config" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return publicUrl ? content.toString().split(DEV_URL).join(publicUrl) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      // this machine only, unless DEV_SERVER_HOST asks for more (e.g. 0.0.0.0)
      host: devServerHost(),
      // Excel on the web fetches functions.json from its own origin (README, Deploy)
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: { type: "https", options: serving ? await devCertificate() : undefined },
      client: { overlay: { warnings: false } },
    },
  };
};
