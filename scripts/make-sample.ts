// Writes the bundled sample department workbook (one sheet per pledge card) for the demo:
//   tsx scripts/make-sample.ts [path]   (default out/sample/sample-department.xlsx)
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { addGridSheet } from "../src/cli/gridSheet";
import { cardGrid, sampleDepartmentCards } from "../src/sample/cards";

export const DEFAULT_SAMPLE_PATH = "out/sample/sample-department.xlsx";

export async function makeSample(path: string = DEFAULT_SAMPLE_PATH): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sampleDepartmentCards()) addGridSheet(workbook, cardGrid(spec));
  await mkdir(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  makeSample(process.argv[2]).then(
    (path) => console.log(`예시 통합 문서를 만들었습니다: ${path}`),
    (error: unknown) => {
      console.error(`예시 통합 문서를 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
