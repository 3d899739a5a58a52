// Pledge numbers in every common form (issue 8, item 2), on a card and in the summary's 분야.
import { describe, expect, it } from "vitest";
import { checkSheet, sectorOf, summarize, summaryRows } from "../../../src/core";
import { parsePledgeNumber } from "../../../src/core/rules/pledgeNumbers";
import { cardGrid, seedCard633 } from "../../../src/sample/cards";

function cardWithHeading(heading: (string | number | null)[], sheet = "Sheet1") {
  const grid = cardGrid({ ...seedCard633(), sheet });
  grid.values[0] = [...heading, ...new Array(9 - heading.length).fill(null)];
  grid.merges = grid.merges.filter((m) => m.top !== 0);
  return checkSheet(grid);
}

describe("pledge numbers", () => {
  // [heading, id, sector, title] — the sector is the first part, by hand.
  const forms: [string, string, string, string][] = [
    ["6-3-3 16개 공공기관과 상생 자매결연 활성화", "6-3-3", "6", "16개 공공기관과 상생 자매결연 활성화"],
    ["1-1 청년 일자리 확대", "1-1", "1", "청년 일자리 확대"],
    ["공약 3 도서관 건립", "공약 3", "", "도서관 건립"],
    ["경제-01 일자리 창출", "경제-01", "경제", "일자리 창출"],
    // Cell text is NFKC-normalised, so the Roman numeral Ⅰ (U+2160) is kept as I.
    ["Ⅰ-2-3 문화 예술 진흥", "I-2-3", "1", "문화 예술 진흥"],
    ["□ 7-2-3. 학습동아리 활성화", "7-2-3", "7", "학습동아리 활성화"],
  ];
  it.each(forms)("reads %s", (heading, id, sector, title) => {
    expect(parsePledgeNumber(heading)).toMatchObject({ sector, rest: title });
    const result = cardWithHeading([heading]);
    expect([result.pledges[0].id, result.pledges[0].title]).toEqual([id, title]);
    expect(result.findings.filter((f) => f.code === "MISSING_PLEDGE_ID")).toEqual([]);
    expect(sectorOf(id)).toBe(sector);
  });

  it("takes a number in its own cell left of the title", () => {
    const asText = cardWithHeading(["3", "도서관 건립"]);
    expect([asText.pledges[0].id, asText.pledges[0].title]).toEqual(["3", "도서관 건립"]);
    const asNumber = cardWithHeading([12, null, "청년 창업 지원"]);
    expect([asNumber.pledges[0].id, asNumber.pledges[0].title]).toEqual(["12", "청년 창업 지원"]);
    const dashed = cardWithHeading(["1-1", "청년 일자리"]);
    expect([dashed.pledges[0].id, dashed.pledges[0].title]).toEqual(["1-1", "청년 일자리"]);
  });

  it("keeps the title of a card without a number, and says the number is missing", () => {
    const result = cardWithHeading(["청년 일자리 확대"]);
    expect([result.pledges[0].id, result.pledges[0].title]).toEqual([null, "청년 일자리 확대"]);
    expect(result.findings.map((f) => f.code)).toContain("MISSING_PLEDGE_ID");
    // Rates do not depend on the number: (100 + 71.43) / 2.
    expect(result.pledges[0].rate).toBeCloseTo(85.714, 2);
  });

  it("is not fooled by years, dates, decimals or amounts", () => {
    for (const text of ["2024", "2025. 6. 30. 기준", "1.5", "사업비-3억", "교류-활동"]) expect(parsePledgeNumber(text), text).toBeNull();
  });

  it("groups the summary by the first part", () => {
    const sheets = [
      cardWithHeading(["경제-01 일자리"]),
      cardWithHeading(["경제-02 창업"]),
      cardWithHeading(["Ⅰ-2-3 문화"]),
      cardWithHeading(["1-1 청년"]),
    ];
    const summary = summarize(summaryRows({ sheets }));
    // 경제-01 and 경제-02 share 경제; Ⅰ-2-3 and 1-1 share 1.
    expect(Object.fromEntries(Object.entries(summary.bySector).map(([k, g]) => [k, g.pledges]))).toEqual({ 경제: 2, "1": 2 });
  });
});
