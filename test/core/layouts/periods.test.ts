// Period headers as departments type them (issue 8, item 4): every form is a dated period.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../../src/core/periods";

describe("period headers", () => {
  // Expected days worked out by hand: a year covers 01-01..12-31, `2026. 6.` ends on 30 June.
  const cases: [string | number, string, string][] = [
    ["2022", "2022-01-01", "2022-12-31"],
    ["2022년", "2022-01-01", "2022-12-31"],
    ["2022.", "2022-01-01", "2022-12-31"],
    ["'22", "2022-01-01", "2022-12-31"],
    ["’24년", "2024-01-01", "2024-12-31"],
    [2023, "2023-01-01", "2023-12-31"],
    ["2026. 6.", "2026-01-01", "2026-06-30"],
    ["2026년 6월", "2026-01-01", "2026-06-30"],
    ["'26.6.", "2026-01-01", "2026-06-30"],
    [2026.6, "2026-01-01", "2026-06-30"],
  ];
  it.each(cases)("%s is dated", (header, start, end) => {
    expect(parsePeriod(header)).toMatchObject({ start, end });
  });

  it("leaves words and impossible months undated", () => {
    expect(parsePeriod("임기말")).toMatchObject({ start: null, end: null });
    expect(parsePeriod("2026. 13.")).toMatchObject({ start: null, end: null });
    expect(parsePeriod("1234")).toMatchObject({ start: null, end: null });
  });
});
