// One file never takes the batch down (issue 20 item 3): the real command line under a 512 MB
// heap, a batch of two good cards around a workbook of sheets with a million empty rows each
// (`<row r="…" ht="15" customHeight="1"/>`, generated here with fflate, never committed).
// Whatever the huge file costs, the good files' results are all there and the JSON is whole.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCard633, seedCard723 } from "../../src/sample/cards";
import { tempFolder, writeCards } from "../support/xlsx";
import { writeEmptyRowsWorkbook } from "./hostileWorkbooks";
import { REPO } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

interface JsonFile {
  path: string;
  error: string | null;
  output: string | null;
  sheets: { pledges: { id: string }[] }[];
}

describe("a batch under --max-old-space-size=512", () => {
  it("survives a workbook of 3 × 1,000,000 empty rows: the good files' results and copies are all there", async () => {
    const first = await writeCards(join(dir, "a.xlsx"), [seedCard633()]);
    const huge = await writeEmptyRowsWorkbook(join(dir, "huge.xlsx"), 3, 1_000_000);
    const last = await writeCards(join(dir, "z.xlsx"), [seedCard723()]);
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, ["--max-old-space-size=512", join(REPO, "bin", "pledge-check.js"), "check", first, huge, last, "--json", "--fix", "--out", out], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).not.toContain("FATAL ERROR");
    expect([0, 1, 2]).toContain(run.status);
    const doc = JSON.parse(run.stdout) as { files: JsonFile[]; summaryOutput: string | null };
    expect(doc.files.map((f) => f.path)).toEqual([first, huge, last]);
    expect(doc.files[0]).toMatchObject({ error: null, output: join(out, "a.xlsx") });
    expect(doc.files[0].sheets[0].pledges.map((p) => p.id)).toEqual(["6-3-3"]);
    expect(doc.files[2]).toMatchObject({ error: null, output: join(out, "z.xlsx") });
    expect(doc.files[2].sheets[0].pledges.map((p) => p.id)).toEqual(["7-2-3"]);
    expect(doc.summaryOutput).toBe(join(out, "요약.xlsx"));
    // The huge file: checked and copied when the readers cost nothing for empty rows, else its own message.
    const middle = doc.files[1];
    if (middle.error !== null) expect(middle.error).toMatch(/^이 파일은 너무 커서 한 파일에 쓸 수 있는 메모리\(\d+MB\)를 넘어 점검하지 못했습니다/);
    else expect(middle.sheets.flatMap((s) => s.pledges.map((p) => p.id))).toEqual(["6-3-3"]);
  }, 600_000);
});
