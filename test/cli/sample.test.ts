// The sample workbook script: what `npm run demo` checks.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { sampleDepartmentCards } from "../../src/sample/cards";
import { makeSample } from "../../scripts/make-sample";
import { readWorkbookFile, tempFolder } from "../support/xlsx";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe("make-sample", () => {
  it("writes one sheet per sample card, merged like the fixtures, with readable widths", async () => {
    const path = await makeSample(join(dir, "nested", "sample.xlsx"));
    const workbook = await readWorkbookFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sampleDepartmentCards().map((c) => c.sheet));
    const sheet = workbook.worksheets[0];
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["A1:I1", "A6:A7", "B6:B7", "I6:I7", "A10:H10"]));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(22); // "자매결연 관련 행사 개최"
    expect(sheet.getColumn(1).width).toBeLessThan(40); // not stretched by the merged title

    const { result } = await checkFile(path, {});
    expect(result.sheets.map((s) => s.pledges.map((p) => p.id))).toEqual([["6-3-3"], ["7-2-3"], ["3-1-2"]]);
    expect(result.sheets[2].findings.some((f) => f.severity === "error")).toBe(true);
  });
});
