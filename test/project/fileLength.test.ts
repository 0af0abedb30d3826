/**
 * Issue "one structure": no source file over about 300 lines without a reason written at its top. A long file
 * usually holds two ideas; one that holds one on purpose says so in its first lines ("Over 300 lines on
 * purpose: …"), so that the next reader need not find the seam that is not there.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const ROOT = join(__dirname, "..", "..");
const LIMIT = 300;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("source files", () => {
  it(`over ${LIMIT} lines say why in their first lines`, () => {
    const unexplained = sourceFiles(join(ROOT, "src"))
      .map((path) => ({ path, lines: readFileSync(path, "utf8").split("\n") }))
      .filter(({ lines }) => lines.length > LIMIT)
      .filter(({ lines }) => !lines.slice(0, 3).some((line) => /Over 300 lines on purpose: \S/.test(line)))
      .map(({ path, lines }) => `${relative(ROOT, path)} (${lines.length} lines)`);
    expect(unexplained).toEqual([]);
  });
});
