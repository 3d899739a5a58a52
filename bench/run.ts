// `npm run bench`: runs the bench modules in order and prints `BENCH <name> <value> <unit>`.
import { benchCheck, type BenchLine } from "./check";
import { benchSummary } from "./summary";

function print(lines: unknown): void {
  if (!Array.isArray(lines)) return; // a module that printed its own lines
  for (const line of lines as BenchLine[]) console.log(`BENCH ${line.name} ${line.value} ${line.unit}`);
}

/** bench/addin.ts is written separately; until it exists the add-in bench is skipped. */
async function addinBench(): Promise<(() => Promise<unknown>) | null> {
  try {
    const module = (await import("./addin" as string)) as { benchAddin?: () => Promise<unknown> };
    return module.benchAddin ?? null;
  } catch (error) {
    // Only the module itself being absent means "skip"; a failure inside it is reported.
    const { code, message } = error as { code?: string; message?: string };
    const missing = code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
    if (missing && /addin/.test(message ?? "") && !/Require stack:[\s\S]*addin\.ts/.test(message ?? "")) return null;
    throw error;
  }
}

async function run(): Promise<void> {
  print(await benchCheck());
  print(await benchSummary());
  const benchAddin = await addinBench();
  if (benchAddin) print(await benchAddin());
  else console.log("# bench/addin.ts (benchAddin) not found; add-in bench skipped");
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
