// --roster FILE on the command line: the JSON summary's roster, the plain block, the
// block in 요약.xlsx, and a roster file that cannot be used.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardGrid, mistakesCard, seedCard633 } from "../../src/sample/cards";
import { readWorkbookFile, tempFolder, writeGrids } from "../support/xlsx";
import { runCli } from "./runCli";

let dir = "";
let folder = "";
let rosterPath = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  folder = join(dir, "제출");
  await mkdir(folder);
  // a.xlsx: 6-3-3 (미래전략과, as listed) and 3-1-2 submitted by 기획예산과 (listed: 일자리경제과).
  await writeGrids(join(folder, "a.xlsx"), [cardGrid(seedCard633()), cardGrid({ ...mistakesCard(), department: "기획예산과" })]);
  // b.xlsx: 6-3-3 again, and 9-9-9, not on the roster.
  await writeGrids(join(folder, "b.xlsx"), [
    cardGrid({ ...seedCard633(), sheet: "사본" }),
    cardGrid({ ...seedCard633(), sheet: "9-9-9", id: "9-9-9", title: "없는 공약", department: "총무과" }),
  ]);
  // The roster sits in the same folder: it is read as the roster, not checked as a submission.
  rosterPath = await writeGrids(join(folder, "공약목록.xlsx"), [
    {
      name: "공약 목록",
      values: [
        ["번호", "공약명", "부서"],
        ["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과"],
        ["3-1-2", "청년 창업 지원 확대", "일자리경제과"],
        ["2-1-1", "교통 개선", "교통과"],
      ],
      merges: [],
    },
  ]);
});
afterAll(() => cleanup());

describe("--roster", () => {
  it("adds summary.roster to the JSON", async () => {
    const run = await runCli("check", folder, "--roster", rosterPath, "--json");
    expect(run.code).toBe(1); // a.xlsx's 3-1-2 has errors; the roster itself is not an error
    const doc = JSON.parse(run.stdout) as { files: { path: string }[]; summary: { roster: unknown } };
    expect(doc.files.map((f) => f.path)).toEqual([join(folder, "a.xlsx"), join(folder, "b.xlsx")]);
    expect(doc.summary.roster).toEqual({
      missing: [{ id: "2-1-1", title: "교통 개선", department: "교통과", sector: null }],
      unknown: [{ file: "b.xlsx", sheet: "9-9-9", id: "9-9-9", title: "없는 공약", department: "총무과" }],
      duplicates: [
        {
          id: "6-3-3",
          title: "16개 공공기관과 상생 자매결연 활성화",
          places: [
            { file: "a.xlsx", sheet: "6-3-3" },
            { file: "b.xlsx", sheet: "사본" },
          ],
        },
      ],
      departmentMismatch: [{ file: "a.xlsx", sheet: "3-1-2", id: "3-1-2", title: "청년 창업 지원 확대", roster: "일자리경제과", submitted: "기획예산과" }],
    });
  });

  it("prints the 공약 목록 대조 block in the plain summary", async () => {
    const run = await runCli("check", folder, "--roster", rosterPath);
    expect(run.stdout).toContain(
      [
        "  공약 목록 대조:",
        "    미제출 1개",
        "      · 교통과: 2-1-1 교통 개선",
        "    목록에 없는 공약 1개",
        "      · 9-9-9 없는 공약 (b.xlsx · 9-9-9)",
        "    중복 제출 1개",
        "      · 6-3-3 16개 공공기관과 상생 자매결연 활성화: a.xlsx · 6-3-3, b.xlsx · 사본",
        "    부서 불일치 1개",
        "      · 3-1-2 청년 창업 지원 확대: 목록 일자리경제과 / 제출 기획예산과 (a.xlsx · 3-1-2)",
      ].join("\n"),
    );
  });

  it("puts the block in 요약.xlsx", async () => {
    const out = join(dir, "out");
    await runCli("check", folder, "--roster", rosterPath, "--fix", "--out", out);
    const sheet = (await readWorkbookFile(join(out, "요약.xlsx"))).worksheets[0];
    const firstColumn: unknown[] = [];
    sheet.eachRow((row) => firstColumn.push(row.getCell(1).value));
    const start = firstColumn.indexOf("공약 목록 대조");
    expect(firstColumn.slice(start, start + 5)).toEqual(["공약 목록 대조", "미제출", "목록에 없음", "중복 제출", "부서 불일치"]);
  });

  it("exits 2 with a Korean line when the roster has no header", async () => {
    const bad = await writeGrids(join(dir, "bad.xlsx"), [{ name: "목록", values: [["번호", "이름"], ["1-1-1", "x"]], merges: [] }]);
    const run = await runCli("check", folder, "--roster", bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("공약 목록의 머리글 행(번호 | 공약명 | 부서)을 찾지 못했습니다.");
    expect((await runCli("check", folder, "--roster")).code).toBe(2);
  });
});
