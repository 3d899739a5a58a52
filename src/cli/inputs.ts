// Expands the paths on the command line: a folder stands for the workbooks in it, and with
// --recursive in its subfolders (departments submit folders of folders). Symlinks are followed, each
// real file is checked once, and a folder that cannot be read is one unreadable input.
import { readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { extname, join } from "node:path";
import { SUMMARY_SHEET_NAME } from "../core";
import { markOf } from "./marker";

/** The names main.ts gives the 요약 workbook. */
const SUMMARY_NAME = new RegExp(`^${SUMMARY_SHEET_NAME}( \\(\\d+\\))?\\.xlsx$`, "i");

/** A path to check, or one that cannot be checked before it is even opened. */
export interface Input {
  path: string;
  /** Set when the path cannot be checked (a folder without workbooks or without permission). */
  problem: string | null;
  /** The English cause behind `problem`, shown only with --verbose. */
  detail?: string;
}

export interface ExpandOptions {
  /** Walk into subfolders too (--recursive). */
  recursive?: boolean;
  /** Folders not to walk into (the --out folder: its copies are not inputs). */
  skip?: string[];
  /** Told of each subfolder passed over because an earlier run wrote it (its marked 요약). */
  onOutputFolder?: (folder: string) => void;
}

/** Workbooks exceljs can read; `.xlsm` only when named on the command line. */
const FOLDER_EXTENSIONS = new Set([".xlsx"]);

/** Excel's lock files (`~$name.xlsx`) sit next to open workbooks and are not workbooks. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

export async function expandInputs(paths: string[], options: ExpandOptions = {}): Promise<Input[]> {
  const inputs: Input[] = [];
  const seenFiles = new Set<string>();
  const skip = new Set(await Promise.all((options.skip ?? []).map((p) => realpath(p).catch(() => p))));
  const addFile = async (path: string) => {
    // The same real file (twice on the line, through a link, or via a folder) is checked once.
    const key = await fileKey(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    inputs.push({ path, problem: null });
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      // Missing files and non-folders are opened as files; the reader explains what is wrong.
      await addFile(path);
      continue;
    }
    const walk = await walkFolder(path, skip, options.recursive ?? false, options.onOutputFolder ?? (() => undefined));
    if (walk.error) {
      inputs.push({ path, problem: walk.error.message, detail: walk.error.detail });
      continue;
    }
    if (walk.files.length === 0) inputs.push({ path, problem: emptyFolderMessage(walk) });
    for (const file of walk.files) await addFile(file);
    for (const folder of walk.unreadable) inputs.push({ path: folder.path, problem: folder.message, detail: folder.detail });
  }
  return inputs;
}

/** Device and inode when the file exists (hard links and symlinks agree), else its path. */
async function fileKey(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : `path:${path}`;
}

interface Unreadable {
  path: string;
  message: string;
  detail: string;
}

interface Walk {
  files: string[];
  unreadable: Unreadable[];
  /** Files passed over, by reason. */
  skipped: { locks: number; others: number; folders: number; extensions: Map<string, number> };
  error: { message: string; detail: string } | null;
}

async function walkFolder(root: string, skip: Set<string>, recursive: boolean, onOutputFolder: (folder: string) => void): Promise<Walk> {
  const walk: Walk = { files: [], unreadable: [], skipped: { locks: 0, others: 0, folders: 0, extensions: new Map() }, error: null };
  // Real paths of the folders entered: a link back up the tree is not walked twice.
  const entered = new Set<string>();
  const visit = async (folder: string, top: boolean): Promise<void> => {
    const real = await realpath(folder).catch(() => folder);
    if (entered.has(real) || skip.has(real)) return;
    entered.add(real);
    let names: string[];
    try {
      names = (await readdir(folder)).sort((a, b) => a.localeCompare(b, "ko", { numeric: true }));
    } catch (error) {
      const problem = folderProblem(error);
      if (top) walk.error = problem;
      else walk.unreadable.push({ path: folder, ...problem });
      return;
    }
    // A subfolder an earlier --fix wrote holds copies of workbooks already counted.
    if (!top && (await writtenByUs(folder, names))) {
      onOutputFolder(folder);
      return;
    }
    const subfolders: string[] = [];
    for (const name of names) {
      const path = join(folder, name);
      // stat follows symlinks; a dangling link is passed over like any other non-workbook.
      const info: Stats | null = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        if (recursive) subfolders.push(path);
        else walk.skipped.folders++;
      } else if (isLockFile(name)) walk.skipped.locks++;
      else if (info?.isFile() && FOLDER_EXTENSIONS.has(extname(name).toLowerCase())) walk.files.push(path);
      else {
        walk.skipped.others++;
        const ext = extname(name).toLowerCase() || "(확장자 없음)";
        walk.skipped.extensions.set(ext, (walk.skipped.extensions.get(ext) ?? 0) + 1);
      }
    }
    for (const sub of subfolders) await visit(sub, false);
  };
  await visit(root, true);
  return walk;
}

/** A folder holding a 요약 workbook pledge-check marked (요약.xlsx, 요약 (2).xlsx, …). */
async function writtenByUs(folder: string, names: string[]): Promise<boolean> {
  for (const name of names) {
    if (SUMMARY_NAME.test(name) && (await markOf(join(folder, name))) === "요약") return true;
  }
  return false;
}

function folderProblem(error: unknown): { message: string; detail: string } {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "EACCES" || code === "EPERM") return { message: "폴더를 읽을 권한이 없습니다.", detail };
  return { message: "폴더를 읽을 수 없습니다.", detail };
}

function emptyFolderMessage(walk: Walk): string {
  const { locks, others, folders, extensions } = walk.skipped;
  const parts: string[] = [];
  if (others > 0) {
    const kinds = [...extensions.entries()].map(([ext, n]) => `${ext} ${n}개`).join(", ");
    parts.push(`.xlsx가 아닌 파일 ${others}개(${kinds})`);
  }
  if (locks > 0) parts.push(`Excel 잠금 파일(~$) ${locks}개`);
  if (folders > 0) parts.push(`하위 폴더 ${folders}개(--recursive를 주면 그 안도 점검)`);
  const skipped = parts.length > 0 ? ` 건너뛴 파일: ${parts.join(", ")}.` : " 폴더가 비어 있습니다.";
  return `폴더에 .xlsx 파일이 없습니다.${skipped}`;
}
