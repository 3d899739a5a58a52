// Jumps to a finding's cell: activates its sheet and selects the cell, in one sync.
import { PledgeCheckError, officeErrorCode, toPledgeCheckError } from "./errors";
import type { ExcelHost } from "./host";

export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound") {
      throw new PledgeCheckError(`'${sheet}' 시트를 찾을 수 없습니다. 시트 이름이 바뀌었다면 다시 점검하세요.`, "ItemNotFound", null, { cause: error });
    }
    throw toPledgeCheckError(error);
  }
}
