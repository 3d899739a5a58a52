// The Excel features the adapter leans on: fills and cell properties, merged areas,
// RangeAreas, notes, threaded comments, hyperlinks, sheets and their visibility.
import { describe, expect, it } from "vitest";
import { MemoryExcel, MemoryWorkbook } from "../../src/memory-excel";

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("6-3-3");
  wb.setValue("6-3-3", "A1", "제목").merge("6-3-3", "A1:I1").merge("6-3-3", "A6:A7");
  wb.setValue("6-3-3", "I6", 100).setFill("6-3-3", "A5", "#D9E1F2");
  wb.addSheet("Other");
  return wb;
}

describe("fills", () => {
  it("reports no fill as #FFFFFF with pattern None, as Excel does, and solid fills with their colour", async () => {
    const wb = book();
    wb.setFill("6-3-3", "B5", "#FFFFFF");
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      const props = sheet.getRange("A5:C5").getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      const none = sheet.getRange("C5").format.fill.load("color");
      const mixed = sheet.getRange("A5:C5").format.fill.load("color");
      await context.sync();
      expect(props.value[0].map((c) => c.format?.fill)).toEqual([
        { color: "#D9E1F2", pattern: "Solid", tintAndShade: 0 },
        { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 },
        { color: "#FFFFFF", pattern: "None", tintAndShade: null },
      ]);
      expect(none.color).toBe("#FFFFFF");
      expect(mixed.color).toBeNull();
    });
  });

  it("clears fills and colours RangeAreas at once", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      sheet.getRanges("G7,I6:I7").format.fill.color = "#FFEB9C";
      sheet.getRange("A5").format.fill.clear();
      await context.sync();
    });
    expect(wb.fill("6-3-3", "G7")?.color).toBe("#FFEB9C");
    expect(wb.fill("6-3-3", "I7")?.color).toBe("#FFEB9C");
    expect(wb.fill("6-3-3", "H7")).toBeNull();
    expect(wb.fill("6-3-3", "A5")).toBeNull();
  });
});

describe("merged areas", () => {
  it("lists the merges that overlap a range, or is a null object", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      const merged = sheet.getRange("A1:I10").getMergedAreasOrNullObject();
      merged.load("address,areaCount");
      const none = sheet.getRange("C3:D4").getMergedAreasOrNullObject();
      await context.sync();
      expect(merged.address).toBe("'6-3-3'!A1:I1,'6-3-3'!A6:A7");
      expect(merged.areaCount).toBe(2);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("keeps a merge's value in its top-left cell", async () => {
    const excel = new MemoryExcel(book());
    await excel.run(async (context) => {
      const row = context.workbook.worksheets.getItem("6-3-3").getRange("A1:C1").load("values");
      await context.sync();
      expect(row.values).toEqual([["제목", "", ""]]);
    });
  });
});

describe("notes", () => {
  it("adds, reads, finds and deletes notes; a cell keeps one note", async () => {
    const wb = book();
    wb.setNote("6-3-3", "B2", "사용자 메모");
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      sheet.notes.add(sheet.getRange("I6"), "[공약 점검] 오류");
      await context.sync();
      const all = context.workbook.notes.load("items/content,items/authorName");
      const found = sheet.notes.getItemOrNullObject("I6").load("content");
      const missing = sheet.notes.getItemOrNullObject("C3");
      await context.sync();
      expect(all.items.map((n) => n.content)).toEqual(["사용자 메모", "[공약 점검] 오류"]);
      expect(found.content).toBe("[공약 점검] 오류");
      expect(missing.isNullObject).toBe(true);
      const where = all.items[1].getLocation().load("address");
      all.items[1].delete();
      await context.sync();
      expect(where.address).toBe("'6-3-3'!I6");
    });
    expect(wb.note("6-3-3", "I6")).toBeNull();
    expect(wb.note("6-3-3", "B2")).toBe("사용자 메모");

    const code = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("6-3-3").notes.add("B2", "덮어쓰기");
        await context.sync();
      })
      .then(
        () => "resolved",
        (e: { code: string }) => e.code,
      );
    expect(code).toBe("InvalidOperation");
    expect(wb.note("6-3-3", "B2")).toBe("사용자 메모");
  });
});

describe("threaded comments", () => {
  it("adds a comment on a Range, refuses an address without its sheet, finds it by cell", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb, { api: "1.10" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("6-3-3");
      context.workbook.comments.add(sheet.getRange("G7"), "[공약 점검] 누계 오류");
      await context.sync();
      const byCell = context.workbook.comments.getItemByCell("'6-3-3'!G7").load("content");
      await context.sync();
      expect(byCell.content).toBe("[공약 점검] 누계 오류");
    });
    expect(wb.comment("6-3-3", "G7")).toBe("[공약 점검] 누계 오류");
    const code = await excel
      .run(async (context) => {
        context.workbook.comments.add("H7", "시트 없는 주소");
        await context.sync();
      })
      .then(
        () => "resolved",
        (e: { code: string }) => e.code,
      );
    expect(code).toBe("InvalidArgument");
  });
});

describe("hyperlinks", () => {
  it("sets a document reference and the text shown; refuses a reference without a sheet", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A2").hyperlink = { documentReference: "'6-3-3'!G7", textToDisplay: "G7" };
      await context.sync();
      context.workbook.worksheets.getItem("Other").getRange("A3").hyperlink = { documentReference: "G7" };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(wb.hyperlink("Other", "A2")).toEqual({ documentReference: "'6-3-3'!G7", textToDisplay: "G7" });
    expect(wb.value("Other", "A2")).toBe("G7");
  });
});

describe("sheets", () => {
  it("adds, hides very hidden, deletes, activates and selects", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const store = sheets.add("_store");
      store.visibility = "VeryHidden";
      sheets.getItem("Other").activate();
      // Selecting on another sheet does not activate it (office-js#5118): activate first.
      sheets.getItem("6-3-3").activate();
      sheets.getItem("6-3-3").getRange("G7").select();
      await context.sync();
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("6-3-3");
    });
    expect(wb.sheetNames()).toEqual(["6-3-3", "Other", "_store"]);
    expect(wb.visibility("_store")).toBe("VeryHidden");
    expect(wb.selection?.rect).toEqual({ top: 6, left: 6, bottom: 6, right: 6 });

    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("_store").activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("other");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });

    // Worksheet.delete: a very hidden sheet refuses with InvalidOperation; hidden first, then it goes.
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("_store").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(wb.sheetNames()).toEqual(["6-3-3", "Other", "_store"]);
    await excel.run(async (context) => {
      const store = context.workbook.worksheets.getItem("_store");
      store.visibility = "Hidden";
      store.delete();
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(["6-3-3", "Other"]);
  });

  it("selecting on a sheet that is not active changes nothing (office-js#5118: activate first)", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    wb.activate("Other");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("6-3-3").getRange("G7").select();
      await context.sync();
    });
    expect(wb.activeSheet()?.name).toBe("Other");
    expect(wb.selection).toBeNull();
  });

  it("never leaves a workbook without a visible sheet", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("only");
    const excel = new MemoryExcel(wb);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("only").visibility = "Hidden";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses sheet changes when the workbook structure is protected", async () => {
    const wb = book();
    wb.structureProtected = true;
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      context.workbook.worksheets.add("new");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });
});
