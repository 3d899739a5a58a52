import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FINDING_CODES, type FindingCode, type FindingParams } from "../src/core";
import { LISTED_STATUSES } from "../src/core/rules";

const readme = readFileSync(resolve(__dirname, "../README.md"), "utf8");
const ci = readFileSync(resolve(__dirname, "../.ci/run"), "utf8");

describe("README", () => {
  it("documents every finding code with its severity", () => {
    for (const [code, { severity }] of Object.entries(FINDING_CODES)) {
      expect(readme, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${severity} \\|`));
    }
  });

  it("lists exactly the catalogue's codes in the findings table", () => {
    // The findings table only: it ends at the first blank line (the compare changes table comes later).
    const start = readme.indexOf("| code | severity | message (example) |");
    const table = readme.slice(start, readme.indexOf("\n\n", start));
    const rows = [...table.matchAll(/^\| `([A-Z_]+)` \| (error|warning|info) \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });

  it("documents every --config key", () => {
    for (const key of ["completeStatuses", "summaryPrecision", "labels.target", "labels.actual"]) expect(readme).toContain(`| \`${key}\` |`);
  });

  it("names the test command that CI runs", () => {
    expect(readme).toContain("npm test ");
    expect(ci.trim().split("\n").at(-1)).toBe("npm test");
  });
});

// One example per code, rendered from the catalogue's template: the README's message column
// must be exactly these, so the table cannot drift from the catalogue.
const EXAMPLES: { [C in FindingCode]: FindingParams[C][] } = {
  TARGET_CUMULATIVE_MISMATCH: [{ base: 8, annual: 8, expected: 16, found: 17 }],
  ACTUAL_CUMULATIVE_MISMATCH: [{ base: 30, annual: 25, expected: 55, found: 54 }],
  UNREADABLE_CELL: [
    { source: "period", row: "이행", reason: "form" },
    { source: "period", row: "이행", reason: "formula" },
  ],
  NEGATIVE_VALUE: [{ row: "이행" }],
  INDICATOR_RATE_MISMATCH: [{ indicator: "창업 교육 수료자", computed: "69", written: "80" }],
  PLEDGE_RATE_MISMATCH: [{ computed: "85.7", written: "85.5" }],
  HEADLINE_RATE_MISMATCH: [{ computed: "74", written: "60%" }],
  BROKEN_ROW_PAIR: [{ row: "목표" }],
  TABLE_INCOMPLETE: [{}],
  RATE_COLUMN_MISSING: [{}],
  INDICATOR_RATE_MISSING: [{ indicator: "자매결연 관련 행사 개최", computed: "71" }],
  PLEDGE_RATE_MISSING: [{ computed: "74" }],
  HEADLINE_RATE_MISSING: [{ computed: "86" }],
  PLEDGE_RATE_PARTIAL: [{ indicators: 2, rated: 1 }],
  NO_TARGET: [{ indicator: "…" }],
  ZERO_TARGET: [{ indicator: "…", target: 0 }],
  ACTUAL_AFTER_AS_OF: [{ asOf: "2025-06-30", period: "2026. 6." }],
  MISSING_ACTUAL: [{ period: "2024", target: 2 }],
  STATUS_RATE_CONFLICT: [{ status: "완료 종결", rate: 86 }],
  UNKNOWN_STATUS: [{ status: "진행 중", known: LISTED_STATUSES }],
  MISSING_STATUS: [{}],
  MISSING_AS_OF: [{}],
  MISSING_PLEDGE_ID: [{}],
  UNKNOWN_PERIOD: [{ label: "임기말" }],
  TABLE_EMPTY: [{}],
  OVER_ACHIEVEMENT: [{ actual: 45, target: 26 }],
  CUMULATIVE_NOT_SHOWN: [{ annual: 5, cumulative: 5 }],
  MISSING_DEPARTMENT: [{}],
  DUPLICATE_PLEDGE_ID: [{ id: "6-3-3", first: "6-3-3!A1" }, { id: "6-3-3", first: "seed-6-3-3.xlsx의 6-3-3!A1", here: "seed-department.xlsx의 6-3-3!A1" }],
  RATE_CELL_MERGED: [{ subject: "공약 이행률", area: "A10:I10" }],
  EXCEPTION_HEADER_MISSING: [{ sheet: "점검 예외", header: ["시트", "셀", "코드", "사유", "값", "일시"] }],
  EXCEPTION_INCOMPLETE: [{ missing: ["사유"], cell: null }],
  EXCEPTION_UNUSED: [{ sheet: "6-3-3", cell: "G7", code: "OVER_ACHIEVEMENT" }],
  STATUS_MARK_AMBIGUOUS: [{}],
  READING_UNCERTAIN: [{ what: "'지표 A'의 '비고' 행을 어떻게 합칠지", doubts: 1 }],
  INDICATOR_NOT_RATED: [{ indicator: "교통사고 사망자 수", kind: "decreasing", target: null, actual: null }],
  CUMULATIVE_READING: [{ values: [20, 45, 70] }],
  INDICATOR_WITHDRAWN: [{ indicator: "주민 설명회", why: "hidden", counted: "excludedByCard" }],
  INVESTMENT_CELL_MISMATCH: [
    { project: "'뜻세움'운영 활성화", row: "시 비", column: "2024", sums: ["'시 비' 행의 2022~2026 합인 소계", "2024 열의 재원별 합인 '총 계'"], expected: 18.5, found: 15.8 },
  ],
  INVESTMENT_ROW_SUM_MISMATCH: [{ project: "'뜻세움'운영 활성화", row: "집행액", column: "소계", parts: "2022 0 + 2023 33 + 2024 0 + 2025 8 + 2026 0", expected: 41, found: 42 }],
  INVESTMENT_TOTAL_ROW_MISMATCH: [{ project: "주민 쉼터 조성", row: "합계", column: "2024", parts: "국비 40 + 시비 20 + 구비 20 + 민자 10", expected: 90, found: 95 }],
  INVESTMENT_UNREADABLE_CELL: [{ project: "'뜻세움'운영 활성화", row: "시 비", column: "2025" }],
  INVESTMENT_SPENT_OVER_PLAN: [{ project: "'뜻세움'운영 활성화", spent: 80, planned: 75.4, unit: "백만원" }],
  INVESTMENT_SPENT_AFTER_AS_OF: [{ project: "'뜻세움'운영 활성화", asOf: "2025-09-30", column: "2026", amount: 10 }],
  INVESTMENT_READING_UNCERTAIN: [{ what: "재원 '지방비' 행" }],
  INVESTMENT_UNIT_MISSING: [{}],
};

describe("README findings table", () => {
  it("shows each code's message as the catalogue renders it", () => {
    for (const code of Object.keys(EXAMPLES) as FindingCode[]) {
      const render = FINDING_CODES[code].message as (p: unknown) => string;
      // A `|` inside a Markdown table cell is written `\|`.
      const message = EXAMPLES[code]
        .map((p) => render(p))
        .join(" / ")
        .replaceAll("|", "\\|");
      expect(readme, code).toContain(`| \`${code}\` | ${FINDING_CODES[code].severity} | ${message} |`);
    }
  });
});
