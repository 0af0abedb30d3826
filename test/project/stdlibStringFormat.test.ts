/**
 * The stand-in for @stdlib/string-format (src/vendor/stdlibStringFormat.js, aliased in webpack.config.js) words
 * stdlib's argument errors as stdlib's own format does: the real package is the reference.
 */
import stdlibFormat from "@stdlib/string-format";

const format = require("../../src/vendor/stdlibStringFormat.js") as (
  template: string,
  ...values: unknown[]
) => string;

describe("stdlib string-format stand-in", () => {
  it.each([
    ["invalid argument. Must provide an object. Value: `%s`.", [5]],
    [
      "invalid argument. Property descriptor cannot have both a value/setter and/or getter. Property: `%s`.",
      ["x"],
    ],
    ["%s and %s", ["a", "b"]],
    ["100%% of `%s`", [{}]],
    ["no values: %s", []],
  ])("%s", (template, values) => {
    expect(format(template, ...values)).toBe(stdlibFormat(template, ...values));
  });

  it("is what the bundles use", () => {
    const config = require("fs").readFileSync(
      require("path").join(__dirname, "../../webpack.config.js"),
      "utf8",
    );
    expect(config).toMatch(
      /"@stdlib\/string-format\$": path\.resolve\(__dirname, "src\/vendor\/stdlibStringFormat\.js"\)/,
    );
  });

  it("stdlib's defineProperty stand-in is the built-in, which the package itself picks where it exists", () => {
    expect(require("../../src/vendor/stdlibDefineProperty.js")).toBe(
      require("@stdlib/utils-define-property"),
    );
  });
});
