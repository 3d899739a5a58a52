// Expands the paths on the command line: a folder stands for the .xlsx files in it.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** A path to check, or a folder that held nothing to check (reported as an error). */
export interface Input {
  path: string;
  /** Set when the path cannot be checked before it is even opened. */
  problem: string | null;
}

/** Excel's lock files (`~$name.xlsx`) sit next to open workbooks and are not workbooks. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

export async function expandInputs(paths: string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      // Missing files and non-folders are opened as files; the reader explains what is wrong.
      inputs.push({ path, problem: null });
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && isWorkbookName(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, "ko", { numeric: true }));
    if (names.length === 0) inputs.push({ path, problem: "폴더에 .xlsx 파일이 없습니다." });
    for (const name of names) inputs.push({ path: join(path, name), problem: null });
  }
  return inputs;
}
