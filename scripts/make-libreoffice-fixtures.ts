// Builds the workbooks of test/fixtures/libreoffice/: a source workbook written here with
// exceljs (source/*.xlsx), then the same workbook saved by LibreOffice Calc, whose writer
// differs from exceljs's (its own shared strings, styles, no cached formulas for some
// cells, sheet states and number formats in its own words). The reader is tested on both
// (test/xlsx/libreoffice.test.ts). Needs `soffice` (LibreOffice) on the PATH:
//   npx tsx scripts/make-libreoffice-fixtures.ts
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addGridSheet } from "../src/cli/gridSheet";
import { cardGrid, seedCard633, seedCard723 } from "../src/sample/cards";

const FOLDER = join(__dirname, "..", "test", "fixtures", "libreoffice");

/** Two cards, the second on a hidden sheet; 6-3-3's pledge rate as a formula over a 0% cell. */
async function writeSource(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const first = addGridSheet(workbook, cardGrid(seedCard633()));
  const second = addGridSheet(workbook, cardGrid(seedCard723()));
  second.state = "hidden";
  const notes = workbook.addWorksheet("메모");
  notes.getCell("A1").value = "작성 메모";
  notes.getCell("B2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  notes.getCell("C3").value = 0.857;
  notes.getCell("C3").numFmt = "0%";
  notes.getCell("D4").numFmt = "0.0%";
  notes.getCell("E5").value = new Date(Date.UTC(2024, 5, 30));
  notes.getCell("E5").numFmt = "yyyy-mm-dd";
  notes.getCell("F6").value = { richText: [{ text: "공약 " }, { text: "이행", font: { bold: true } }] };
  notes.getRow(7).hidden = true;
  notes.getCell("A7").value = "숨은 행";
  notes.getColumn(8).hidden = true;
  notes.mergeCells("A9:C10");
  notes.getCell("A9").value = "병합";
  first.getCell("Z1").value = { formula: "SUM(Z2:Z3)", result: 3 };
  first.getCell("Z2").value = 1;
  first.getCell("Z3").value = 2;
  await workbook.xlsx.writeFile(path);
}

/** LibreOffice's own save of `source` into `target`. */
async function saveWithLibreOffice(source: string, target: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "pledge-check-lo-"));
  try {
    // A profile of its own, so a running LibreOffice or a first-start dialog does not interfere.
    const run = spawnSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(work, "out"), source], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    await rename(join(work, "out", source.split("/").pop() as string), target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await mkdir(join(FOLDER, "source"), { recursive: true });
  const source = join(FOLDER, "source", "cards.xlsx");
  await writeSource(source);
  await saveWithLibreOffice(source, join(FOLDER, "cards.xlsx"));
  console.log(`${FOLDER}/cards.xlsx`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
