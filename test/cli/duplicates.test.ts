// `check seed-6-3-3.xlsx seed-department.xlsx`: 6-3-3 is in both files. The summary counts it
// once and says which copy's figures it used; the department file's card gets the warning.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli";

const FIXTURES = resolve(__dirname, "../fixtures/workbooks");
const own = join(FIXTURES, "seed-6-3-3.xlsx");
const department = join(FIXTURES, "seed-department.xlsx");

describe("one pledge in two files of a run", () => {
  it("JSON: 공약 2, summary.duplicates, the warning on the later file", async () => {
    const run = await runCli("check", own, department, "--json");
    const doc = JSON.parse(run.stdout) as {
      files: { sheets: { findings: { code: string; message: string; cell: string }[] }[] }[];
      summary: { pledges: number; duplicates: unknown[] };
    };
    expect(doc.summary.pledges).toBe(2);
    expect(doc.summary.duplicates).toEqual([
      {
        id: "6-3-3",
        title: "16개 공공기관과 상생 자매결연 활성화",
        used: { file: "seed-6-3-3.xlsx", sheet: "6-3-3", cell: "I10" },
        others: [{ file: "seed-department.xlsx", sheet: "6-3-3", cell: "I10" }],
        why: "checkedFirst",
      },
    ]);
    const codes = (i: number) => doc.files[i].sheets.flatMap((s) => s.findings).filter((f) => f.code === "DUPLICATE_PLEDGE_ID");
    expect(codes(0)).toEqual([]);
    expect(codes(1)).toHaveLength(1);
    expect(codes(1)[0].message).toContain("처음: seed-6-3-3.xlsx의 6-3-3!A1, 여기: seed-department.xlsx의 6-3-3!A1");
  });

  it("plain: the 요약 counts two pledges and names the copy it used and why", async () => {
    const run = await runCli("check", own, department);
    expect(run.stdout).toContain("  공약 수: 2개");
    expect(run.stdout).toContain(
      "  공약번호 중복 6-3-3: seed-6-3-3.xlsx · 6-3-3, seed-department.xlsx · 6-3-3에 있어 한 번만 셌습니다. 수치는 seed-6-3-3.xlsx · 6-3-3의 것입니다(기준일로 가릴 수 없어 먼저 점검한 파일의 사본).",
    );
    expect(run.stdout).toContain("합계: 파일 2개, 공약 2개, 오류 0건, 경고 1건");
  });
});
