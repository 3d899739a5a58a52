// An .ods (LibreOffice's OpenDocument spreadsheet) is a zip, so it used to read as "a file with
// no worksheets" — false. It is named for what it is, with how to save it as .xlsx (issue 21).
// The package is built as ODF 1.2 Part 3 §3.3 lays it out (and as LibreOffice writes it): a
// stored `mimetype` entry first, then the content.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPackage } from "../../src/cli/readWorkbook";
import { writeGrids, tempFolder } from "../support/xlsx";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

function openDocument(type: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8(type), { level: 0 }],
    "content.xml": strToU8("<office:document-content/>"),
    "META-INF/manifest.xml": strToU8("<manifest:manifest/>"),
  });
}

describe("an OpenDocument file", () => {
  it("an .ods is named as an OpenDocument spreadsheet, with how to save it as .xlsx", async () => {
    const path = join(dir, "공약.ods");
    await writeFile(path, openDocument("application/vnd.oasis.opendocument.spreadsheet"));
    const refusal = readPackage(path);
    await expect(refusal).rejects.toThrow(/^OpenDocument 스프레드시트\(\.ods\) 파일이라 읽지 않았습니다\./);
    await expect(refusal).rejects.toThrow("'Excel 2007-365 (.xlsx)'");
    await expect(refusal).rejects.not.toThrow("워크시트가 없는");
  });

  it("an OpenDocument text renamed .xlsx is an OpenDocument document, not a spreadsheet", async () => {
    const path = join(dir, "문서.xlsx");
    await writeFile(path, openDocument("application/vnd.oasis.opendocument.text"));
    await expect(readPackage(path)).rejects.toThrow(/^OpenDocument 문서 파일이라/);
  });

  it("a real .xlsx passes", async () => {
    const path = await writeGrids(join(dir, "ok.xlsx"), [{ name: "메모", values: [["회의록"]], merges: [] }]);
    expect((await readPackage(path)).length).toBeGreaterThan(0);
  });
});
