// Opens one .xlsx file. A file that cannot be read becomes a one-line Korean reason
// (UnreadableFile), never a stack trace: the run goes on with the other files.
// The check reads the grids with the one reader (src/xlsx); exceljs, which costs a tenth
// of a second to load, is imported only when a copy is to be written (loadWorkbook).
import { constants } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { gridsFromPackage, PackageRefused, type PackageGrids, type ReadLimits } from "../xlsx";
import { guardLargeMerges } from "./mergeGuard";
import { openDocumentRefusal, openDocumentType } from "../xlsx/openDocument";
import { inspectPackage, type PackageContents } from "./package";

/** A file that cannot be checked: a Korean one-liner, and the cause behind it for --verbose. */
export class UnreadableFile extends Error {
  constructor(message: string, readonly detail: string | null = null) {
    super(message);
  }
}

/** A file that could not even be opened (missing, not a regular file, no permission). */
export class FileNotOpened extends UnreadableFile {}

/** Compound-file (OLE) signature: an encrypted .xlsx or an old .xls. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Every zip starts with "PK" (local file header, or an empty archive's end record). */
const ZIP_SIGNATURE = Buffer.from("PK");

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  contents: PackageContents;
}

/** The file's grids, by the one reader; a package it refuses is an UnreadableFile. */
export function readGrids(bytes: Uint8Array, limits: ReadLimits = {}): PackageGrids {
  try {
    return gridsFromPackage(bytes, limits);
  } catch (error) {
    if (error instanceof PackageRefused) throw new UnreadableFile(error.message, error.detail);
    throw error;
  }
}

/** The file's bytes, once it is known to be a zip (not empty, not encrypted or .xls). */
export async function readPackage(path: string): Promise<Buffer> {
  return packageBytes(await readBytes(path));
}

/** The same checks on bytes already in hand (the standalone page reads files the user drops). */
export function packageBytes(bytes: Buffer): Buffer {
  if (bytes.length === 0) throw new UnreadableFile("빈 파일입니다 (0바이트).");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new UnreadableFile(
      "암호가 걸렸거나 예전 형식(.xls)인 파일이라 읽을 수 없습니다. 암호를 풀고 .xlsx로 저장한 뒤 다시 확인하세요.",
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new UnreadableFile("xlsx 파일이 아닙니다 (Excel 통합 문서 형식이 아님).");
  }
  const odf = openDocumentType(bytes);
  if (odf !== null) throw new UnreadableFile(openDocumentRefusal(odf), odf);
  return bytes;
}

/** exceljs's workbook from a package's bytes (readPackage), to write a copy of it. */
export async function loadWorkbook(bytes: Buffer): Promise<OpenedWorkbook> {
  const { default: Excel } = await import("exceljs");
  guardLargeMerges(Excel);
  const workbook = new Excel.Workbook();
  let contents: PackageContents;
  try {
    contents = inspectPackage(bytes);
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs's own reason (English) helps whoever repairs the file: shown with --verbose.
    const detail = error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error);
    throw new UnreadableFile("xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.", detail);
  }
  // The check read the grids first (readGrids), so a file without sheets never gets here.
  if (workbook.worksheets.length === 0) throw new UnreadableFile("워크시트가 없는 파일입니다.");
  return { workbook, contents };
}

export function quoteNames(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(", ");
}

/** Larger than any pledge workbook (a 650-sheet department file is a few MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Regular files only (a FIFO would block, /dev/zero never end), read up to MAX_FILE_BYTES.
 * The file is opened non-blocking and checked again after opening, against a swap.
 */
async function readBytes(path: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  let handle: FileHandle | null = null;
  try {
    const before = await stat(path);
    if (before.isDirectory()) throw new FileNotOpened("파일이 아니라 폴더입니다.");
    if (!before.isFile()) throw new FileNotOpened("일반 파일이 아니라서(장치·파이프 등) 읽지 않았습니다.");
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw new FileNotOpened("일반 파일이 아니라서(장치·파이프 등) 읽지 않았습니다.");
    if (info.size > limit) throw tooLarge(limit);
    const buffer = Buffer.alloc(info.size);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const detail = error instanceof Error ? error.message : String(error);
    if (code === "ENOENT") throw new FileNotOpened("파일을 찾을 수 없습니다.", detail);
    if (code === "EACCES" || code === "EPERM") throw new FileNotOpened("파일을 열 권한이 없습니다.", detail);
    if (code === "EISDIR") throw new FileNotOpened("파일이 아니라 폴더입니다.", detail);
    throw new FileNotOpened("파일을 열 수 없습니다.", detail);
  } finally {
    await handle?.close();
  }
}

function tooLarge(limit: number): UnreadableFile {
  return new UnreadableFile(`파일이 ${Math.round(limit / 1024 / 1024)}MB보다 커서 읽지 않았습니다. 공약 점검표 통합 문서로 보기에는 너무 큽니다.`);
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}
