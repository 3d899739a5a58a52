// Control characters from a cell or a file name never reach the terminal raw (issue 20 item 6).
// The workbook is built here: a formula title whose cached text holds an OSC retitle (ESC ] … BEL).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oneLine, terminalSafe } from "../../src/cli/terminal";
import { cardGrid, seedCard633 } from "../../src/sample/cards";
import { tempFolder, writeGrids } from "../support/xlsx";
import { editPart } from "./hostileWorkbooks";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const HOSTILE_TITLE = "\u001b]0;pwned\u0007제목";

/** The 6-3-3 card in a file named with ESC [2J (clear screen), its title a cached t="str" text with ESC and BEL. */
async function hostileCard(): Promise<string> {
  const path = join(dir, "a\u001b[2J.xlsx");
  await writeGrids(path, [{ grid: cardGrid(seedCard633()), cells: { A1: { value: { formula: '"6-3-3 "&"T"', result: "6-3-3 TITLEMARK" } } } }]);
  // exceljs drops control characters when it writes, so they go into the part by hand, as
  // Excel stores them (XML 1.0 cannot hold ESC or BEL: ST_Xstring's _xHHHH_, ECMA-376 §22.9.2.19).
  await editPart(path, "xl/worksheets/sheet1.xml", (xml) => xml.replace("TITLEMARK", "_x001B_]0;pwned_x0007_제목"));
  return path;
}

describe("terminal escapes", () => {
  it("plain output shows ESC and BEL as \\x1b and \\x07, in the title and the file name", async () => {
    const path = await hostileCard();
    const run = await runCli("check", path);
    // eslint-disable-next-line no-control-regex -- no control character may be left
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain(`■ a\\x1b[2J.xlsx  (${join(dir, "a\\x1b[2J.xlsx")})`);
    expect(run.stdout).toContain("공약 6-3-3 \\x1b]0;pwned\\x07제목 · 이행률 계산 86 / 표 86");
  });

  it("JSON keeps the exact text", async () => {
    const path = await hostileCard();
    const doc = JSON.parse((await runCli("check", path, "--json")).stdout) as { files: { path: string; sheets: { pledges: { title: string }[] }[] }[] };
    expect(doc.files[0].path).toBe(path);
    expect(doc.files[0].sheets[0].pledges[0].title).toBe(HOSTILE_TITLE);
  });

  it("a file name's line break is escaped on its line; a block keeps its own line breaks", () => {
    expect(oneLine("a\nb\tc\u009b")).toBe("a\\x0ab\\x09c\\x9b");
    expect(terminalSafe("줄 1\n줄\u001b 2\r")).toBe("줄 1\n줄\\x1b 2\\x0d");
  });
});
