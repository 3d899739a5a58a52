// The long fuzz run: `npx tsx bench/fuzz.ts [cases] [first seed]` (default 2,000 cases from
// seed 1). Each case is test/cli/fuzz.ts's: a card workbook changed at random must be
// checked, or reported unreadable in Korean, and annotated without a bad write. Prints
// the first failing seed (replay it with `npx tsx bench/fuzz.ts 1 <seed>`).
import { fuzzCase } from "../test/cli/fuzz";
import { tempFolder } from "../test/support/xlsx";

async function run(): Promise<void> {
  const cases = Number(process.argv[2] ?? 2000);
  const first = Number(process.argv[3] ?? 1);
  const { dir, cleanup } = await tempFolder("pledge-check-fuzz-");
  const kinds = { checked: 0, unreadable: 0 };
  const start = performance.now();
  try {
    for (let seed = first; seed < first + cases; seed++) {
      kinds[(await fuzzCase(seed, dir)).kind]++;
      if ((seed - first + 1) % 100 === 0) process.stderr.write(`[${seed - first + 1}/${cases}]\n`);
    }
  } finally {
    await cleanup();
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`fuzz: ${cases} cases in ${seconds} s, ${kinds.checked} checked, ${kinds.unreadable} unreadable, no failure`);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
