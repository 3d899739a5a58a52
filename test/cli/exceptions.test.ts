// 점검 예외 from the command line: plain output marks accepted findings 예외 with the reason,
// JSON carries `accepted`, the exit status counts only errors not accepted, --fix copies keep
// the sheet and leave an accepted rate alone. The mistakes card (3-1-2) has three errors
// (F7 cumulative, I8 indicator rate "80" vs 69, I2 headline "60%" vs 74) and one warning
// (I10 pledge rate blank).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core";
import { ACCEPTED_COLOR } from "../../src/core/flags";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { readWorkbookFile, tempFolder, writeGrids } from "../support/xlsx";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterAll(() => cleanup());

const HEADER = ["시트", "셀", "코드", "사유", "값", "일시"];
const ALL_ERRORS: CellValue[][] = [
  ["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "2024년 실적 정정 승인", "25(54)", "2025-07-01 10:00"],
  ["3-1-2", "I8", "INDICATOR_RATE_MISMATCH", "도 산식(연차 목표 대비)", "80", "2025-07-01 10:01"],
  ["3-1-2", "I2", "HEADLINE_RATE_MISMATCH", "도 발표치", "60%", "2025-07-01 10:02"],
];

function workbook(name: string, rows: CellValue[][]): Promise<string> {
  return writeGrids(join(dir, name), [cardGrid(mistakesCard()), { name: "점검 예외", values: [HEADER, ...rows], merges: [] }]);
}

interface JsonFinding {
  code: string;
  cell: string;
  accepted?: { reason: string; value: string; at: string | null };
  lapsed?: boolean;
}

describe("check with a 점검 예외 sheet", () => {
  it("exits 0 when every error is accepted; plain output lists them as 예외 with the reason", async () => {
    const path = await workbook("accepted.xlsx", ALL_ERRORS);
    const run = await runCli("check", path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/예외\(오류\) F7 +.*— 사유: 2024년 실적 정정 승인/);
    expect(run.stdout).toMatch(/예외\(오류\) I8 +.*— 사유: 도 산식\(연차 목표 대비\)/);
    expect(run.stdout).toMatch(/경고 I10 /); // not accepted: still a warning
    // Tally: errors 3 − 3 = 0, warning 1, three accepted.
    expect(run.stdout).toContain("오류 0건, 경고 1건, 참고 0건, 예외 3건");
    expect(run.stdout).not.toContain("[시트 점검 예외]"); // every row used: nothing to say about it
  });

  it("adds accepted {reason, value, at} in JSON", async () => {
    const path = await workbook("accepted-json.xlsx", ALL_ERRORS);
    const run = await runCli("check", path, "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { files: { sheets: { name: string; findings: JsonFinding[] }[] }[] };
    const findings = doc.files[0].sheets[0].findings;
    expect(findings.find((f) => f.cell === "F7")).toMatchObject({
      code: "ACTUAL_CUMULATIVE_MISMATCH",
      accepted: { reason: "2024년 실적 정정 승인", value: "25(54)", at: "2025-07-01 10:00" },
      lapsed: false,
    });
    expect(findings.find((f) => f.cell === "I10")).not.toHaveProperty("accepted");
  });

  it("exits 1 when an acceptance lapsed, and says why", async () => {
    // F7 was accepted when it read 25(53); it reads 25(54) now.
    const rows = ALL_ERRORS.map((row) => (row[1] === "F7" ? [...row.slice(0, 4), "25(53)", row[5]] : row));
    const path = await workbook("lapsed.xlsx", rows);
    const run = await runCli("check", path);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/오류 F7 .*\n +※ 예외로 둔 뒤 셀 내용이 바뀌어\(예외 당시 '25\(53\)'\) 예외가 풀렸습니다/);
    expect(run.stdout).toContain("오류 1건, 경고 1건, 참고 0건, 예외 2건");
    const json = JSON.parse((await runCli("check", path, "--json")).stdout) as { files: { sheets: { findings: JsonFinding[] }[] }[] };
    expect(json.files[0].sheets[0].findings.find((f) => f.cell === "F7")).toMatchObject({ lapsed: true, accepted: { value: "25(53)" } });
  });

  it("--fix keeps the 점검 예외 sheet, leaves an accepted rate as it is and counts no accepted error in 요약.xlsx", async () => {
    const path = await workbook("fix.xlsx", ALL_ERRORS);
    const out = join(dir, "out");
    const run = await runCli("check", path, "--fix", "--out", out);
    expect(run.code).toBe(0);
    const copy = await readWorkbookFile(join(out, "fix.xlsx"));
    const sheet = copy.getWorksheet("점검 예외");
    expect(sheet?.getCell("B3").value).toBe("I8");
    expect(sheet?.getCell("D3").value).toBe("도 산식(연차 목표 대비)");
    const card = copy.getWorksheet("3-1-2");
    expect(card?.getCell("I8").value).toBe(80); // accepted: not replaced by 69
    expect(card?.getCell("I10").value).toBe(74); // not accepted: filled with (63/80 = 78.75 + 2400/3500 = 68.57) / 2 = 73.66 → 74
    expect((card?.getCell("I8").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(`FF${ACCEPTED_COLOR.slice(1)}`);
    // 검토 결과 lists the accepted findings as 예외 with their reason.
    const rows: unknown[][] = [];
    copy.getWorksheet("검토 결과")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const i8 = rows.find((r) => r[1] === "INDICATOR_RATE_MISMATCH");
    expect(i8?.[0]).toBe("예외(오류)");
    expect(String(i8?.[5])).toMatch(/— 예외 사유: 도 산식\(연차 목표 대비\)$/);
    expect(rows.find((r) => r[1] === "PLEDGE_RATE_MISSING")?.[0]).toBe("경고");
    const summary = await readWorkbookFile(join(out, "요약.xlsx"));
    // Row 4 is 3-1-2: 오류 (column I) 3 − 3 accepted = 0, 경고 (J) 1.
    expect(summary.worksheets[0].getCell("I4").value).toBe(0);
    expect(summary.worksheets[0].getCell("J4").value).toBe(1);
  });
});
