/*
 * npm run bench: runs every bench/*.bench.ts in turn, in one process, and lets each print its own
 * lines ("name: value (ratio …)"). Run with --expose-gc so benches can measure memory from a clean
 * heap: node --single-threaded --expose-gc -r ts-node/register/transpile-only bench/run.ts [name-filter]
 * (--single-threaded: V8's garbage collector and compiler work on the main thread, so that the CPU time a
 * bench measures is the code's own; see compareAlternating in measure.ts).
 */
import { readdirSync } from "fs";
import { join } from "path";

type Bench = () => Promise<void> | void;

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => filter === undefined || file.includes(filter))
    .sort();
  if (typeof global.gc !== "function") console.warn("bench: run with node --expose-gc for memory figures");
  if (!process.execArgv.includes("--single-threaded")) {
    console.warn(
      "bench: run with node --single-threaded (as npm run bench does): CPU times include V8's helper threads",
    );
  }
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file}`);
    const started = process.hrtime.bigint();
    try {
      const loaded = require(join(__dirname, file)) as { default?: Bench };
      if (typeof loaded.default !== "function") throw new Error(`${file} has no default export to run`);
      await loaded.default();
    } catch (error) {
      failed++;
      console.error(`${file} failed:`, error);
    }
    console.log(`(${file}: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`);
    global.gc?.();
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
