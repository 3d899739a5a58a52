// What a summary sheet needs from the fake: bold, column widths, colour scales, charts,
// moving and renaming sheets — with Office's versions, protection and "close and reopen".
import { describe, expect, it } from "vitest";
import { MemoryExcel, MemoryWorkbook, reopen, saveState } from "../../src/memory-excel";

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("요약");
  wb.setValue("요약", "A1", "분야").setValue("요약", "C1", "평균");
  wb.setValue("요약", "A2", "3").setValue("요약", "C2", 74.2);
  wb.setValue("요약", "A3", "6").setValue("요약", "C3", "");
  wb.setValue("요약", "A4", "7").setValue("요약", "C4", 73.3);
  wb.addSheet("Other");
  return wb;
}

const SCALE = {
  minimum: { type: "Number", formula: "0", color: "#F8696B" },
  midpoint: { type: "Number", formula: "50", color: "#FFEB84" },
  maximum: { type: "Number", formula: "100", color: "#63be7b" },
} as const;

describe("fonts and column widths", () => {
  it("sets bold on a range, reads null where cells differ, and clears it with the formats", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      sheet.getRange("A1:C1").format.font.bold = true;
      sheet.getRange("B:B").format.columnWidth = 120;
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      const header = sheet.getRange("A1:C1").format.font.load("bold");
      await context.sync();
      expect([mixed.bold, header.bold]).toEqual([null, true]);
    });
    expect([wb.bold("요약", "B1"), wb.bold("요약", "A2")]).toEqual([true, false]);
    expect([wb.columnWidth("요약", "B"), wb.columnWidth("요약", "C")]).toEqual([120, 64]);

    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("요약").getRange().clear("Formats");
      await context.sync();
    });
    expect(wb.bold("요약", "A1")).toBe(false);
    expect(wb.value("요약", "A1")).toBe("분야");
  });
});

describe("conditional formats", () => {
  it("adds a colour scale at the top priority and reads its criteria back, colours normalised", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb, { api: "1.6" });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("요약").getRange("C2:C4");
      range.conditionalFormats.add("ColorScale").colorScale.criteria = { ...SCALE };
      const first = range.conditionalFormats.add("ColorScale");
      const items = range.conditionalFormats.load("items/type,items/priority");
      const scale = first.colorScale.load("threeColorScale,criteria");
      await context.sync();
      expect(items.items.map((i) => [i.type, i.priority])).toEqual([
        ["ColorScale", 0],
        ["ColorScale", 1],
      ]);
      expect(scale.threeColorScale).toBe(false);
    });
    const [top, second] = wb.conditionalFormats("요약");
    expect(top.criteria).toEqual({ minimum: { type: "LowestValue", color: "#F8696B" }, maximum: { type: "HighestValue", color: "#63BE7B" } });
    expect(second).toEqual({ type: "ColorScale", address: "C2:C4", criteria: { ...SCALE, maximum: { ...SCALE.maximum, color: "#63BE7B" } } });
  });

  it("refuses what it does not model, a criterion without its number, and ExcelApi below 1.6", async () => {
    const excel = new MemoryExcel(book());
    const attempt = (write: (range: Excel.Range) => void, api = "1.18") =>
      new MemoryExcel(excel.workbook, { api }).run(async (context) => {
        write(context.workbook.worksheets.getItem("요약").getRange("C2:C4"));
        await context.sync();
      });
    await expect(attempt((r) => r.conditionalFormats.add("DataBar"))).rejects.toMatchObject({ code: "NotImplemented" });
    await expect(
      attempt((r) => (r.conditionalFormats.add("ColorScale").colorScale.criteria = { minimum: { type: "Number" }, maximum: { type: "HighestValue" } })),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((r) => r.conditionalFormats.add("ColorScale"), "1.5")).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("clearAll and clearing formats cut the range out of each rule; a rule left empty goes", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      sheet.getRange("C2:C4").conditionalFormats.add("ColorScale");
      sheet.getRange("A2:A4").conditionalFormats.add("ColorScale");
      await context.sync();
      sheet.getRange("C3").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(wb.conditionalFormats("요약").map((f) => f.address)).toEqual(["A2:A4", "C2,C4"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("요약").getRange("A:A").clear();
      await context.sync();
    });
    expect(wb.conditionalFormats("요약").map((f) => f.address)).toEqual(["C2,C4"]);
  });
});

describe("charts", () => {
  it("guesses a header from a first row without numbers, as Excel does; setValues and setXAxisValues make series exact", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb, { api: "1.7" });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      // C3 is empty: the first row of C3:C4 holds no number and is taken for a series name.
      sheet.charts.add("ColumnClustered", sheet.getRange("C3:C4"), "Columns");
      const exact = sheet.charts.add("ColumnClustered", sheet.getRange("C2:C4"), "Columns");
      const series = exact.series.getItemAt(0);
      series.setValues(sheet.getRange("C2:C4"));
      series.setXAxisValues(sheet.getRange("A2:A4"));
      series.name = "평균 이행률";
      exact.title.text = "분야별 평균";
      exact.legend.visible = false;
      exact.name = "분야별";
      exact.setPosition("E2", "K16");
      await context.sync();
    });
    const [guessed, chart] = wb.charts("요약");
    expect(guessed.series).toEqual([{ name: "Series1", values: "'요약'!C4", categories: null }]);
    expect(chart).toEqual({
      name: "분야별",
      type: "ColumnClustered",
      title: "분야별 평균",
      legend: false,
      anchor: { start: "E2", end: "K16" },
      series: [{ name: "평균 이행률", values: "'요약'!C2:C4", categories: "'요약'!A2:A4" }],
    });
    expect(wb.values("요약", "A2:A4")).toEqual([["3"], ["6"], ["7"]]);
  });

  it("lists, counts and deletes charts; a chart goes with its sheet; protected sheets refuse", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      sheet.charts.add("Line", sheet.getRange("A1:C4"));
      sheet.charts.add("Pie", sheet.getRange("C2:C4"));
      const count = sheet.charts.getCount();
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(count.value).toBe(2);
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1", "Chart 2"]);
      sheet.charts.getItem("Chart 1").delete();
      await context.sync();
    });
    const [pie] = wb.charts("요약");
    expect(wb.charts("요약")).toHaveLength(1);
    expect(pie.series[0].values).toBe("'요약'!C2:C4");
    // A range whose first row and column hold no numbers gives categories and series names.
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      sheet.charts.add("Line", sheet.getRange("A1:C4"));
      await context.sync();
    });
    expect(wb.charts("요약")[1].series).toEqual([
      { name: "Series1", values: "'요약'!B2:B4", categories: "'요약'!A2:A4" },
      { name: "평균", values: "'요약'!C2:C4", categories: "'요약'!A2:A4" },
    ]);

    wb.protect("Other");
    await expect(
      excel.run(async (context) => {
        const other = context.workbook.worksheets.getItem("Other");
        other.charts.add("Pie", other.getRange("A1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });

    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("요약").delete();
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(["Other"]);
  });
});

describe("moving and renaming sheets", () => {
  it("moves a sheet to a position and renames it; both are refused while the structure is protected", async () => {
    const wb = book();
    wb.addSheet("Third");
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const third = context.workbook.worksheets.getItem("Third");
      third.position = 0;
      third.name = "셋째";
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(["셋째", "요약", "Other"]);

    wb.structureProtected = true;
    for (const change of [(s: Excel.Worksheet) => (s.position = 2), (s: Excel.Worksheet) => (s.name = "넷째")]) {
      await expect(
        excel.run(async (context) => {
          change(context.workbook.worksheets.getItem("셋째"));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(wb.sheetNames()).toEqual(["셋째", "요약", "Other"]);
  });
});

describe("reopening", () => {
  it("keeps charts, colour scales, bold and column widths", async () => {
    const wb = book();
    const excel = new MemoryExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("요약");
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("C:C").format.columnWidth = 90;
      sheet.getRange("C2:C4").conditionalFormats.add("ColorScale").colorScale.criteria = { ...SCALE };
      sheet.charts.add("ColumnClustered", sheet.getRange("C2:C4")).title.text = "제목";
      await context.sync();
    });
    const again = reopen(wb);
    expect(saveState(again)).toEqual(saveState(wb));
    expect(again.charts("요약")).toEqual(wb.charts("요약"));
    expect(again.conditionalFormats("요약")).toEqual(wb.conditionalFormats("요약"));
    expect([again.bold("요약", "A1"), again.columnWidth("요약", "C")]).toEqual([true, 90]);
  });
});
