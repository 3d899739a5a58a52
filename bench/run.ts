// `npm run bench`: runs the bench modules in order and prints `BENCH <name> <value> <unit>`.
import { benchAddin } from "./addin";
import { benchCheck, benchLayouts, type BenchLine } from "./check";
import { benchMemory } from "./memory";
import { benchRatios } from "./ratios";
import { benchStartup } from "./startup";
import { benchSummary } from "./summary";

function print(lines: unknown): void {
  if (!Array.isArray(lines)) return; // a module that printed its own lines
  for (const line of lines as BenchLine[]) console.log(`BENCH ${line.name} ${line.value} ${line.unit}`);
}

async function run(): Promise<void> {
  print(benchStartup());
  print(await benchRatios());
  print(await benchCheck());
  print(await benchMemory());
  print(await benchLayouts());
  print(await benchSummary());
  print(await benchAddin());
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
