/**
 * Finds a Chromium-family browser for the browser tests and launches it headless, so that `npm install` then
 * `npm test` is the whole setup:
 *   1. CHROMIUM_PATH, when set (any Chromium, Chrome or Edge executable);
 *   2. a Chromium installed by the system: Debian's /usr/bin/chromium, chromium-browser, Snap's;
 *   3. Google Chrome or Microsoft Edge where installed, found by playwright-core's channels ("chrome", "msedge");
 *   4. on Linux (x64, arm64) without any of those, the Chromium shipped inside the npm package
 *      @sparticuz/chromium (a dev dependency), unpacked into the temporary folder on first use.
 * E2E_BROWSER=bundled skips 1–3 and uses the npm-packaged Chromium (how that fallback is tested).
 *
 * Resolves with { browser, description }; rejects with a message that says what was tried and what to do.
 */
const fs = require("fs");

const COMMON_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

async function bundledChromium() {
  let packaged;
  try {
    packaged = require("@sparticuz/chromium");
  } catch (error) {
    throw new Error(`the npm package @sparticuz/chromium is not installed (${error.message.split("\n")[0]})`);
  }
  packaged = packaged.default ?? packaged;
  // not the package's own launch arguments: they are made for AWS Lambda (--single-process, which ends the
  // browser with its first closed context, and --disable-web-security, which would hide what a page may not do)
  return { executablePath: await packaged.executablePath(), args: [] };
}

async function launchBrowser(chromium, environment = process.env) {
  const tried = [];
  const attempt = async (description, options) => {
    try {
      const browser = await chromium.launch({ ...options, args: [...COMMON_ARGS, ...(options.args ?? [])] });
      return { browser, description };
    } catch (error) {
      tried.push(`${description}: ${error.message.split("\n")[0]}`);
      return undefined;
    }
  };

  const onlyBundled = environment.E2E_BROWSER === "bundled";
  if (!onlyBundled && environment.CHROMIUM_PATH) {
    if (!fs.existsSync(environment.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set to ${environment.CHROMIUM_PATH}, but there is no file there.`);
    }
    const launched = await attempt(`CHROMIUM_PATH (${environment.CHROMIUM_PATH})`, {
      executablePath: environment.CHROMIUM_PATH,
    });
    if (launched) return launched;
    throw new Error(`The browser at CHROMIUM_PATH did not start: ${tried.join("; ")}`);
  }
  if (!onlyBundled) {
    for (const executablePath of SYSTEM_CHROMIUM.filter((file) => fs.existsSync(file))) {
      const launched = await attempt(`the system's Chromium (${executablePath})`, { executablePath });
      if (launched) return launched;
    }
    for (const channel of ["chrome", "msedge"]) {
      const launched = await attempt(
        `installed ${channel === "chrome" ? "Google Chrome" : "Microsoft Edge"}`,
        {
          channel,
        },
      );
      if (launched) return launched;
    }
  }
  if (process.platform === "linux" && (process.arch === "x64" || process.arch === "arm64")) {
    try {
      const packaged = await bundledChromium();
      const launched = await attempt(
        `the Chromium of the npm package @sparticuz/chromium (${packaged.executablePath})`,
        packaged,
      );
      if (launched) return launched;
    } catch (error) {
      tried.push(`@sparticuz/chromium: ${error.message}`);
    }
  }
  throw new Error(
    "No browser for the browser tests. Tried: " +
      (tried.length > 0 ? tried.join("; ") : "nothing suitable on this system") +
      ". Install Chromium, Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one " +
      "(e.g. on a Mac: /Applications/Google Chrome.app/Contents/MacOS/Google Chrome).",
  );
}

module.exports = { launchBrowser };
