// The adapter's own small parsers: Office's area lists and its store rows.
import { describe, expect, it } from "vitest";
import { mergedAreas, sheetCell } from "../../src/excel/address";
import { splitAddress } from "../../src/excel/extras";
import { decodeStore, encodeStore } from "../../src/excel/store";

describe("addresses", () => {
  it("reads merged areas from a RangeAreas address, commas inside quoted sheet names included", () => {
    expect(mergedAreas("'a,b'!A1:I1,'a,b'!$A$6:$A$7,'a,b'!C3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 5, left: 0, bottom: 6, right: 0 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  it("quotes every sheet and splits it back", () => {
    expect(sheetCell("O'Neil", "G7")).toBe("'O''Neil'!G7");
    expect(splitAddress("'O''Neil'!G7")).toEqual(["O'Neil", "G7"]);
    expect(splitAddress("Sheet1!$B$2")).toEqual(["Sheet1", "B2"]);
  });
});

describe("the store", () => {
  it("round-trips flags, no fill and patterns", () => {
    const store = {
      findingsSheet: "검토 결과",
      flags: [
        { sheet: "6-3-3", cell: "G7", original: null, applied: "#FFC7CE", explanation: "note" as const },
        { sheet: "6-3-3", cell: "I2", original: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }, applied: "#FFEB9C", explanation: "none" as const },
      ],
    };
    expect(decodeStore(encodeStore(store))).toEqual(store);
  });

  it("skips rows it cannot read and ignores a sheet that is not a store", () => {
    const rows = encodeStore({ findingsSheet: null, flags: [{ sheet: "a", cell: "B2", original: null, applied: "#FFC7CE", explanation: "comment" }] });
    rows.push(["a", "not a cell", "", "", "", "", ""], ["", "C3", "", "", "", "", ""]);
    expect(decodeStore(rows).flags.map((f) => f.cell)).toEqual(["B2"]);
    expect(decodeStore([["something else"]])).toEqual({ flags: [], findingsSheet: null });
  });
});
