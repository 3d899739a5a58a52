// A rewritten rate cell that is the master or a clone of a shared formula (issue 20 item 5).
// The card's rate cells I6 and I8 (6-3-3: 100 and 71) are replaced by hand with a shared
// formula over I6:I8, as Excel writes one filled down; a wrong cached value makes --fix rewrite it.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedFormulaProblem, SharedFormulaUnwritable } from "../../src/cli/sharedFormulas";
import { writeProblem } from "../../src/cli/safeWrite";
import { seedCard633 } from "../../src/sample/cards";
import { readWorkbookFile, tempFolder, writeCards } from "../support/xlsx";
import { editPart } from "./hostileWorkbooks";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

async function sharedCard(name: string, i6: string, i8: string): Promise<string> {
  const path = await writeCards(join(dir, name), [seedCard633()]);
  await editPart(path, "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace('<c r="I6" s="1"><v>100</v></c>', `<c r="I6" s="1">${i6}</c>`).replace('<c r="I8" s="1"><v>71</v></c>', `<c r="I8" s="1">${i8}</c>`),
  );
  return path;
}

async function copyOf(path: string): Promise<{ output: string | null; writeError: string | null; cells: Record<string, unknown>; note: string }> {
  const out = join(dir, `out-${path.split("/").at(-1)}`);
  const run = await runCli("check", path, "--fix", "--out", out, "--json");
  const [file] = (JSON.parse(run.stdout) as { files: { output: string | null; writeError: string | null }[] }).files;
  if (file.output === null) return { ...file, cells: {}, note: "" };
  const sheet = (await readWorkbookFile(file.output)).getWorksheet("6-3-3")!;
  const note = sheet.getCell("I6").note;
  return { ...file, cells: { I6: sheet.getCell("I6").value, I8: sheet.getCell("I8").value }, note: typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("") };
}

describe("shared formulas at rewritten rate cells", () => {
  it("master rewritten (50 → 100), clone kept: the clone becomes its own plain formula, moved two rows", async () => {
    const copy = await copyOf(await sharedCard("master.xlsx", '<f t="shared" ref="I6:I8" si="0">0*A6+50</f><v>50</v>', '<f t="shared" si="0"/><v>71</v>'));
    expect(copy.writeError).toBeNull();
    expect(copy.cells).toEqual({ I6: 100, I8: { formula: "0*A8+50", result: 71 } });
    expect(copy.note).toContain("원래 수식: =0*A6+50");
  });

  it("master and clone both rewritten (50, 50 → 100, 71)", async () => {
    const copy = await copyOf(await sharedCard("both.xlsx", '<f t="shared" ref="I6:I8" si="0">0*A6+50</f><v>50</v>', '<f t="shared" si="0"/><v>50</v>'));
    expect(copy.writeError).toBeNull();
    expect(copy.cells).toEqual({ I6: 100, I8: 71 });
  });

  it("only the clone rewritten (50 → 71): the master keeps its shared formula", async () => {
    const copy = await copyOf(await sharedCard("clone.xlsx", '<f t="shared" ref="I6:I8" si="0">0*A6+100</f><v>100</v>', '<f t="shared" si="0"/><v>50</v>'));
    expect(copy.writeError).toBeNull();
    expect(copy.cells.I8).toBe(71);
    expect((copy.cells.I6 as { formula: string }).formula).toBe("0*A6+100");
  });

  it("where exceljs still cannot write a clone, the reason names the cell in Korean", () => {
    const error = sharedFormulaProblem(new Error("Shared Formula master must exist above and or left of clone for cell I8"));
    expect(error).toBeInstanceOf(SharedFormulaUnwritable);
    expect(writeProblem(error)).toBe("셀 I8의 공유 수식(채우기로 복사된 수식)이 기준이 되는 위쪽·왼쪽 셀을 찾지 못해 사본을 쓸 수 없습니다. 그 셀의 수식을 다시 입력해 저장한 뒤 점검하세요.");
    const other = new Error("disk");
    expect(sharedFormulaProblem(other)).toBe(other);
  });
});
