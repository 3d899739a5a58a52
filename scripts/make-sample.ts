// Writes the bundled sample department workbook (one sheet per pledge card):
//   tsx scripts/make-sample.ts [path]    (default out/sample/sample-department.xlsx)
//   tsx scripts/make-sample.ts --demo    builds it, then runs
//                                        `pledge-check check <it> --fix --out out/demo`
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { addGridSheet } from "../src/cli/gridSheet";
import { main } from "../src/cli/main";
import { cardGrid, sampleDepartmentCards } from "../src/sample/cards";

export const DEFAULT_SAMPLE_PATH = "out/sample/sample-department.xlsx";
export const DEMO_OUT = "out/demo";

export async function makeSample(path: string = DEFAULT_SAMPLE_PATH): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sampleDepartmentCards()) addGridSheet(workbook, cardGrid(spec));
  await mkdir(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  return path;
}

async function cli(args: string[]): Promise<number> {
  const demo = args[0] === "--demo";
  const path = await makeSample(demo ? DEFAULT_SAMPLE_PATH : args[0]);
  console.log(`예시 통합 문서를 만들었습니다: ${path}\n`);
  if (!demo) return 0;
  const code = await main(["check", path, "--fix", "--out", DEMO_OUT]);
  // The sample holds deliberate mistakes, so finding errors (1) is the demo working.
  return code === 1 ? 0 : code;
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`예시 통합 문서를 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
