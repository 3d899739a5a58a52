// Office's proxy semantics as the fake reproduces them: loads and writes take effect
// at sync, unloaded properties throw, null objects, API versions, errors and counters.
import { describe, expect, it } from "vitest";
import { MemoryExcel, MemoryWorkbook } from "../../src/memory-excel";

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("6-3-3");
  wb.setValue("6-3-3", "A1", "확인지표").setValue("6-3-3", "I6", 100).setValue("6-3-3", "B3", "회");
  wb.addSheet("Other");
  return wb;
}

async function officeCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
  return "resolved";
}

describe("loading", () => {
  it("throws PropertyNotLoaded before the sync that loads, and reads after it", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("6-3-3").getRange("A1:I6");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values,address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("'6-3-3'!A1:I6");
      expect(range.values[0][0]).toBe("확인지표");
      expect(range.values[5][8]).toBe(100);
      expect(range.values[1][0]).toBe("");
      // Only what was loaded is readable.
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads collection items and navigation paths", async () => {
    const wb = book();
    wb.protect("Other");
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ["6-3-3", "Visible", false],
        ["Other", "Visible", true],
      ]);
    });
  });

  it("ClientResult values are readable only after sync", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("writing", () => {
  it("queues writes and applies them at sync, in order", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      sheet.getRange("B2").values = [[5]];
      sheet.getRange("B2").format.fill.color = "#FFC7CE";
      expect(wb.value("6-3-3", "B2")).toBe("");
      expect(wb.fill("6-3-3", "B2")).toBeNull();
      await context.sync();
      expect(wb.value("6-3-3", "B2")).toBe(5);
      expect(wb.fill("6-3-3", "B2")).toEqual({ color: "#FFC7CE", pattern: "Solid", patternColor: undefined });
    });
  });

  it("null in a 2-D array leaves that cell alone; a wrong shape is refused", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("6-3-3").getRange("A1:B1");
      range.values = [[null, "x"]];
      await context.sync();
      expect(wb.value("6-3-3", "A1")).toBe("확인지표");
      expect(wb.value("6-3-3", "B1")).toBe("x");
      range.values = [["only one"]];
      expect(await officeCode(context.sync())).toBe("InvalidArgument");
    });
  });

  it("reads strings as typed input unless the cell is formatted as text", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      sheet.getRange("A1:D1").values = [["6-3-3", "86%", "1,000", "'8(16)"]];
      const text = sheet.getRange("A2");
      text.numberFormat = [["@"]];
      text.values = [["6-3-3"]];
      await context.sync();
    });
    expect(typeof wb.value("Other", "A1")).toBe("number");
    expect(wb.numberFormat("Other", "A1")).toBe("m/d/yyyy");
    expect(wb.value("Other", "B1")).toBe(0.86);
    expect(wb.numberFormat("Other", "B1")).toBe("0%");
    expect(wb.value("Other", "C1")).toBe(1000);
    expect(wb.value("Other", "D1")).toBe("8(16)");
    expect(wb.value("Other", "A2")).toBe("6-3-3");
  });

  it("runs a batch up to the failing command: earlier commands stay applied (Excel is not transactional)", async () => {
    const wb = book();
    wb.protect("Other");
    const excel = new MemoryExcel(wb);
    const code = await officeCode(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("6-3-3").getRange("C3").values = [["first"]];
        context.workbook.worksheets.getItem("Other").getRange("A1").values = [["refused"]];
        context.workbook.worksheets.getItem("6-3-3").getRange("C4").values = [["never"]];
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(wb.value("6-3-3", "C3")).toBe("first");
    expect(wb.value("Other", "A1")).toBe("");
    expect(wb.value("6-3-3", "C4")).toBe("");
  });

  it("syncs commands still queued when the batch ends, as Excel.run does", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["late"]];
    });
    expect(wb.value("Other", "A1")).toBe("late");
    expect(excel.stats.syncs).toBe(1);
  });
});

describe("null objects", () => {
  it("reports isNullObject after sync", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("없는 시트");
      const present = context.workbook.worksheets.getItemOrNullObject("other");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const excel = new MemoryExcel(book());
    const code = await officeCode(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("없는 시트").load("name");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("a blank sheet's used range is A1, its OrNullObject form is null", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const blank = context.workbook.worksheets.add("Blank");
      const used = blank.getUsedRange().load("address");
      const orNull = blank.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Blank!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });
});

describe("API versions", () => {
  it("answers isSetSupported for the configured ExcelApi version", () => {
    const excel = new MemoryExcel(book(), { api: "1.9" });
    expect(excel.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(excel.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("refuses an API above the host's version with ApiNotFound", async () => {
    const wb = book();
    const old = new MemoryExcel(wb, { api: "1.7" });
    const code = await officeCode(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("6-3-3").notes.add("A1", "메모");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
    expect(wb.note("6-3-3", "A1")).toBeNull();
    const cellProps = await officeCode(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("6-3-3").getRange("A1").getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      }),
    );
    expect(cellProps).toBe("ApiNotFound");
  });
});

describe("refusals", () => {
  it("fails every sync in cell-edit mode without running anything", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    excel.cellEditMode = true;
    const code = await officeCode(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    expect(wb.value("Other", "A1")).toBe("");
  });

  it("refuses responses over the payload limit", async () => {
    const wb = book();
    for (let r = 0; r < 200; r++) wb.setValue("Other", `A${r + 1}`, "공약 이행률 ".repeat(5));
    const excel = new MemoryExcel(wb, { responseLimitBytes: 10_000 });
    const code = await officeCode(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getUsedRange().load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("counters", () => {
  it("counts syncs and sizes requests and responses in UTF-8 bytes", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    wb.setValue("S", "A1", "가".repeat(1000));
    wb.setValue("S", "A2", "a".repeat(1000));
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("A2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("B1").values = [["나".repeat(500)]];
      await context.sync();
    });
    expect(excel.stats.syncs).toBe(3);
    const [korean, latin] = excel.stats.responseBytes;
    expect(korean).toBeGreaterThanOrEqual(3000);
    expect(latin).toBeGreaterThanOrEqual(1000);
    expect(latin).toBeLessThan(1200);
    expect(excel.stats.requestBytes[2]).toBeGreaterThanOrEqual(1500);
    expect(excel.maxResponseBytes).toBe(korean);
  });
});
