// Content an exceljs copy drops is named, never lost silently (issue 20 item 4): without
// --fix-anyway no copy and the reason names it; with it, a notice names it.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unkeptRefusal } from "../../src/cli/report";
import { seedCard633 } from "../../src/sample/cards";
import { tempFolder, writeCards } from "../support/xlsx";
import { editPart } from "./hostileWorkbooks";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const ext = (inner: string) => `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}>${inner}</ext></extLst></worksheet>`;

/** The 6-3-3 card with one part added or edited by hand. */
async function card(name: string, edit: { part: string; text?: string; change?: (xml: string) => string }): Promise<string> {
  const path = await writeCards(join(dir, name), [seedCard633()]);
  if (edit.change) await editPart(path, edit.part, edit.change);
  else {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await readFile(path));
    zip.file(edit.part, edit.text ?? "<x/>");
    await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
  }
  return path;
}

describe("what a copy would lose is named", () => {
  it.each([
    ["protected.xlsx", { part: "xl/workbook.xml", change: (x: string) => x.replace(/(<workbookPr\b[^>]*>)/, '$1<workbookProtection lockStructure="1"/>') }, "통합 문서 보호(구조 잠금)"],
    ["external.xlsx", { part: "xl/externalLinks/externalLink1.xml", text: "<externalLink/>" }, "외부 통합 문서 연결(다른 파일을 가리키는 수식의 연결)"],
    ["pivot.xlsx", { part: "xl/pivotTables/pivotTable1.xml", text: "<pivotTableDefinition/>" }, "피벗 테이블"],
    ["threaded.xlsx", { part: "xl/threadedComments/threadedComment1.xml", text: "<ThreadedComments/>" }, "스레드 메모(댓글)"],
    ["validation.xlsx", { part: "xl/worksheets/sheet1.xml", change: (x: string) => x.replace("</worksheet>", ext('<x14:dataValidations count="0"/>')) }, "다른 시트를 참조하는 데이터 유효성 검사(x14 확장)"],
    ["sparkline.xlsx", { part: "xl/worksheets/sheet1.xml", change: (x: string) => x.replace("</worksheet>", ext("<x14:sparklineGroups/>")) }, "스파크라인"],
  ])("%s: no copy without --fix-anyway; with it, a notice", async (name, edit, lost) => {
    const path = await card(name, edit);
    const out = join(dir, `out-${name}`);
    const run = await runCli("check", path, "--fix", "--out", out, "--json");
    const [file] = (JSON.parse(run.stdout) as { files: { error: string | null; writeError: string | null; output: string | null; notices: string[] }[] }).files;
    expect(file.error).toBeNull();
    expect(file.writeError).toBe(unkeptRefusal([lost]));
    expect(file.output).toBeNull();
    const anyway = await runCli("check", path, "--fix-anyway", "--out", out, "--json");
    const [written] = (JSON.parse(anyway.stdout) as { files: { output: string | null; notices: string[] }[] }).files;
    expect(written.output).toBe(join(out, name));
    expect(written.notices.join(" ")).toContain(lost);
  });
});
