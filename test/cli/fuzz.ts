// Fuzzing the command line's reading and --fix path: a real card's workbook, changed at
// random (cells anywhere on the sheet, merges, broken package bytes, parts removed), must
// either be checked or be reported unreadable in Korean, and its copy must hold no
// non-finite number and no text over Excel's cell limit. Shared by the bounded test
// (test/cli/fuzz.test.ts) and the long run (bench/fuzz.ts).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkFile, checkForCopy, isCopy } from "../../src/cli/checkFile";
import { annotate } from "../../src/cli/fix";
import { addGridSheet } from "../../src/cli/gridSheet";
import { UnreadableFile } from "../../src/cli/readWorkbook";
import { MAX_CELL_CHARS } from "../../src/cli/textLimit";
import { parseA1 } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";

/** A small deterministic generator (mulberry32), so a failing case can be replayed by its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["확인지표", "단위", "구분", "목표 (누계)", "이행 (누계)", "이행률 (%)", "공약 이행률", "주관부서", "추진상황", "○", "2025. 6. 30. 기준", "2026. 6.", "6-3-3 제목", "-", "8(16)", "=A1", "", " ", "NaN", "1e-9", "%"];

export interface FuzzOutcome {
  kind: "checked" | "unreadable";
}

/** One fuzz case: builds the changed workbook in `dir`, checks it, annotates it in memory. */
export async function fuzzCase(seed: number, dir: string): Promise<FuzzOutcome> {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const int = (n: number) => Math.floor(rnd() * n);
  const workbook = new ExcelJS.Workbook();
  const grids = [cardGrid(seedCard633()), cardGrid(mistakesCard()), stackCards("두 카드", [seedCard633(), seedCard723()])];
  const sheet = addGridSheet(workbook, pick(grids));
  for (let i = int(12); i > 0; i--) {
    // Mostly near the card, now and then anywhere on the sheet (which costs exceljs time).
    const far = rnd() < 0.04;
    const row = far ? 1 + int(1_048_576) : 1 + int(25);
    const col = far || rnd() < 0.05 ? 1 + int(16_384) : 1 + int(12);
    const value = pick<() => ExcelJS.CellValue>([
      () => pick(WORDS),
      () => rnd() * 1e6 - 1e3,
      () => 1e-7 * rnd(),
      () => "가".repeat(int(3) === 0 ? 40_000 : 5),
      () => ({ formula: "AVERAGE(I6:I9)", result: int(100) }),
      () => null,
    ])();
    sheet.getCell(row, col).value = value;
  }
  for (let i = int(3); i > 0; i--) {
    const top = 1 + int(14);
    const left = 1 + int(10);
    try {
      sheet.mergeCells(top, left, top + int(3), left + int(3));
    } catch {
      // exceljs refuses a merge over another one, as Excel does
    }
  }
  const path = join(dir, `fuzz-${seed}.xlsx`);
  await workbook.xlsx.writeFile(path);
  await damage(path, rnd);
  let checked;
  try {
    checked = await checkForCopy(path, {});
  } catch (error) {
    if (error instanceof UnreadableFile) {
      // One reader for both: a check that writes nothing refuses the file the same way.
      await checkFile(path, {}).then(
        () => Promise.reject(new Error(`seed ${seed}: the check before a copy refused the file, the check read it`)),
        (quickError: unknown) => (quickError instanceof UnreadableFile && quickError.message === error.message ? null : Promise.reject(quickError as Error)),
      );
      return { kind: "unreadable" };
    }
    throw new Error(`seed ${seed}: not a Korean one-liner: ${(error as Error).stack ?? String(error)}`, { cause: error });
  }
  // A check that writes nothing must come to the same result.
  const quick = await checkFile(path, {});
  if (JSON.stringify(quick) !== JSON.stringify({ result: checked.result, notices: checked.notices })) {
    throw new Error(`seed ${seed}: the check and the check before a copy disagree`);
  }
  // exceljs could not open what the reader read: the copy is refused, said in Korean.
  if (!isCopy(checked)) return { kind: "checked" };
  for (const sheetResult of checked.result.sheets) {
    for (const f of sheetResult.findings) {
      const at = parseA1(f.cell);
      if (!at || at.row < 0 || at.col < 0 || at.row >= 1_048_576 || at.col >= 16_384) throw new Error(`seed ${seed}: ${f.code} at ${f.cell}`);
    }
  }
  const fix = annotate(checked.workbook, checked.result, {});
  for (const write of fix.writes) {
    if (typeof write.value === "number" && !Number.isFinite(write.value)) throw new Error(`seed ${seed}: wrote ${write.value} into ${write.cell}`);
  }
  for (const ws of checked.workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.length > MAX_CELL_CHARS && ws.name === fix.findingsSheet) {
          throw new Error(`seed ${seed}: ${cell.address} holds ${cell.value.length} characters`);
        }
      }),
    );
  }
  await checked.workbook.xlsx.writeBuffer();
  return { kind: "checked" };
}

/** Now and then breaks the package: flipped bytes, a cut, or a part removed. */
async function damage(path: string, rnd: () => number): Promise<void> {
  const roll = rnd();
  if (roll < 0.7) return;
  const bytes = await readFile(path);
  if (roll < 0.8) {
    for (let i = 0; i < 1 + Math.floor(rnd() * 8); i++) bytes[Math.floor(rnd() * bytes.length)] ^= 1 + Math.floor(rnd() * 255);
    await writeFile(path, bytes);
  } else if (roll < 0.9) {
    await writeFile(path, bytes.subarray(0, Math.floor(rnd() * bytes.length)));
  } else {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    zip.remove(names[Math.floor(rnd() * names.length)]);
    await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
  }
}
