import { describe, expect, it } from "vitest";
import { parsePeriodCell, parseRateCell, cellFromNumberFormat } from "../../src/core";

describe("period cells", () => {
  const entry = (annual: number | null, cumulative: number | null) => ({ kind: "value", annual, cumulative });
  it.each([
    ["8(16)", entry(8, 16)],
    ["-(1)", entry(null, 1)],
    ["8 (16)", entry(8, 16)],
    [" 8 ( 16 ) ", entry(8, 16)],
    ["８（１６）", entry(8, 16)],
    ["8（16）", entry(8, 16)],
    ["1,000(3,400)", entry(1000, 3400)],
    ["2.5(7.5)", entry(2.5, 7.5)],
    ["50%(75%)", entry(50, 75)],
    ["8회(16회)", entry(8, 16)],
    ["(16)", entry(null, 16)],
    ["－(3)", entry(null, 3)],
    ["–(3)", entry(null, 3)],
    ["-3(5)", entry(-3, 5)],
    ["8", entry(8, null)],
    ["1,200", entry(1200, null)],
  ])("reads %j", (raw, expected) => {
    expect(parsePeriodCell(raw)).toEqual(expected);
  });

  it("reads numbers stored as numbers as this period's value", () => {
    expect(parsePeriodCell(8)).toEqual(entry(8, null));
    expect(parsePeriodCell(0.1 + 0.2)).toEqual(entry(0.3, null));
  });

  it.each([null, "", "   "])("treats %j as no entry (blank)", (raw) => {
    expect(parsePeriodCell(raw)).toEqual({ kind: "blank" });
  });

  it.each(["-", "—", "－", "ㅡ"])("treats %j as no entry (an explicit dash)", (raw) => {
    expect(parsePeriodCell(raw)).toEqual({ kind: "dash" });
  });

  it("never reads text, booleans, errors or uncomputed formulas as a number", () => {
    expect(parsePeriodCell("여덟")).toEqual({ kind: "unreadable", reason: "form" });
    expect(parsePeriodCell("8(16")).toEqual({ kind: "unreadable", reason: "form" });
    expect(parsePeriodCell("1,5(3)")).toEqual({ kind: "unreadable", reason: "form" });
    expect(parsePeriodCell("#REF!")).toEqual({ kind: "unreadable", reason: "form" });
    expect(parsePeriodCell(true)).toEqual({ kind: "unreadable", reason: "form" });
    expect(parsePeriodCell("=E6+8")).toEqual({ kind: "unreadable", reason: "formula" });
    expect(parsePeriodCell(Number.NaN)).toEqual({ kind: "unreadable", reason: "form" });
  });
});

describe("rate cells", () => {
  it.each([
    [86, 86, 0, "number"],
    [66.67, 66.67, 2, "number"],
    ["86%", 86, 0, "percentText"],
    ["73.33 %", 73.33, 2, "percentText"],
    ["７３．３３％", 73.33, 2, "percentText"],
    ["80", 80, 0, "text"],
    ["80.0", 80, 1, "text"],
  ])("reads %j", (raw, value, decimals, style) => {
    expect(parseRateCell(raw)).toEqual({ kind: "rate", value, decimals, style });
  });

  it("keeps the precision a computed number really shows", () => {
    const parsed = parseRateCell((5 / 7) * 100);
    expect(parsed.kind).toBe("rate");
    if (parsed.kind === "rate") expect(parsed.decimals).toBe(10);
  });

  it("separates empty from unreadable", () => {
    expect(parseRateCell("")).toEqual({ kind: "blank" });
    expect(parseRateCell("-")).toEqual({ kind: "blank" });
    expect(parseRateCell(null)).toEqual({ kind: "blank" });
    expect(parseRateCell("약 80")).toEqual({ kind: "unreadable", reason: "form" });
    expect(parseRateCell("=AVERAGE(I6:I9)")).toEqual({ kind: "unreadable", reason: "formula" });
  });
});

describe("percent number formats", () => {
  it("turns a percent-formatted fraction into the text the user sees", () => {
    expect(cellFromNumberFormat(0.8571, "0%")).toBe("86%");
    expect(cellFromNumberFormat(0.733333, "0.00%")).toBe("73.33%");
    expect(cellFromNumberFormat(0.02675, "0.00%")).toBe("2.68%");
  });
  it("leaves other cells alone", () => {
    expect(cellFromNumberFormat(86, "General")).toBe(86);
    expect(cellFromNumberFormat(86, '0"%"')).toBe(86);
    expect(cellFromNumberFormat("86%", "0%")).toBe("86%");
    expect(cellFromNumberFormat(86, null)).toBe(86);
  });
});
