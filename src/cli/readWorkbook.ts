// Opens one .xlsx file. A file that cannot be read becomes a one-line Korean reason
// (UnreadableFile), never a stack trace: the run goes on with the other files.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";

export class UnreadableFile extends Error {}

/** Compound-file (OLE) signature: an encrypted .xlsx or an old .xls. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Every zip starts with "PK" (local file header, or an empty archive's end record). */
const ZIP_SIGNATURE = Buffer.from("PK");

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new UnreadableFile("빈 파일입니다 (0바이트).");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new UnreadableFile(
      "암호가 걸렸거나 예전 형식(.xls)인 파일이라 읽을 수 없습니다. 암호를 풀고 .xlsx로 저장한 뒤 다시 확인하세요.",
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new UnreadableFile("xlsx 파일이 아닙니다 (Excel 통합 문서 형식이 아님).");
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs's own reason (English, first line) helps whoever repairs the file.
    const detail = error instanceof Error ? error.message.split("\n")[0].slice(0, 120) : "";
    throw new UnreadableFile(`xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.${detail ? ` (${detail})` : ""}`);
  }
  if (workbook.worksheets.length === 0) throw new UnreadableFile("워크시트가 없는 파일입니다.");
  return workbook;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFile("파일을 찾을 수 없습니다.");
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFile("파일을 열 권한이 없습니다.");
    if (code === "EISDIR") throw new UnreadableFile("파일이 아니라 폴더입니다.");
    throw new UnreadableFile(`파일을 열 수 없습니다 (${code ?? "알 수 없는 오류"}).`);
  }
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}
