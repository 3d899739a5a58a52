// The words of the second table, 연도별 투자 계획: its title, its headings, the 재원 (source
// of funds) rows, the total and spent rows, and the money units with their size in 원.
// Everything is matched on the compact form (spaces removed): `국 비` is `국비`.
import { compact } from "../text";

/** `< 연도별 투자 계획 >`, `연차별 투자계획`, `투자 계획`: the table's title, brackets and markers aside. */
export function isInvestmentTitle(text: string): boolean {
  const key = compact(text).replace(/^[<〈《([□■○●◆◇※*>▶]+|[>〉》)\]]+$/g, "");
  return /^(연도별|연차별|년도별)?투자계획(\(.*\))?$/.test(key);
}

/** The heading of the 재원 column. */
export function isSourceHeading(text: string): boolean {
  return /^재원(별|구분)?$/.test(compact(text));
}

/** A source of funds a row may hold (each row once per 사업). */
export const SOURCE_WORDS: readonly string[] = ["국비", "도비", "시비", "군비", "구비", "기금", "민자", "기타"];
/** The total row's words, at the top or the bottom of a 사업's rows. */
export const TOTAL_ROW_WORDS: readonly string[] = ["총계", "계", "합계"];
/** The spent row's words. */
export const SPENT_ROW_WORDS: readonly string[] = ["집행액", "집행", "집행실적"];

export type InvestmentRowRole = { role: "source"; source: string } | { role: "total" } | { role: "spent" };

/** What a 재원 cell says the row is; null for any other text. */
export function investmentRowRole(text: string): InvestmentRowRole | null {
  const key = compact(text).replace(/[()[\]·:]/g, "");
  if (SOURCE_WORDS.includes(key)) return { role: "source", source: key };
  if (TOTAL_ROW_WORDS.includes(key)) return { role: "total" };
  if (SPENT_ROW_WORDS.includes(key)) return { role: "spent" };
  return null;
}

export type InvestmentColumnRole = { role: "total" } | { role: "before" } | { role: "subtotal" } | { role: "year"; year: number } | { role: "after" } | { role: "term" };

/**
 * What a column heading says, from its top and bottom heading cells (the 임기내 heading sits
 * over 소계 and the years): 총계, 기 투자, 소계, a year (`2022`, `2022년`, `'22`), 임기후; `term`
 * for a bare 임기내 (a heading over others); null for any other text.
 */
export function investmentColumnRole(top: string, sub: string): InvestmentColumnRole | null {
  const t = compact(top);
  const s = compact(sub);
  const own = s !== "" && s !== t ? s : t;
  if (t.startsWith("임기후") || s.startsWith("임기후")) return { role: "after" };
  if (own === "소계" || own === "임기내소계") return { role: "subtotal" };
  const year = yearOf(own);
  if (year !== null) return { role: "year", year };
  if (own === "총계" || own === "합계" || own === "계" || own === "총사업비") return { role: "total" };
  if (/^기투자(액)?(\(.*\))?$/.test(own) || own === "기투자분") return { role: "before" };
  if (own === "임기내") return { role: "term" };
  return null;
}

/** `2022`, `2022년`, `2022.`, `'22`, `2026. 6.` (a term ending mid-year is still that year). */
export function yearOf(text: string): number | null {
  const key = compact(text);
  const full = /^(\d{4})(?:년|\.)?(?:\d{1,2}(?:월|\.)?)?$/.exec(key);
  if (full) return +full[1];
  const short = /^['’‘`](\d{2})(?:년|\.)?$/.exec(key);
  return short ? 2000 + +short[1] : null;
}

/** The money units a unit line may name, with their size in 원. */
export const MONEY_UNITS: Readonly<Record<string, number>> = { 원: 1, 천원: 1e3, 만원: 1e4, 백만원: 1e6, 억원: 1e8 };

/** The unit cross-card totals are given in. */
export const SUMMARY_MONEY_UNIT = "백만원";

/** `(단위 : 백만원)`, `단위: 천원`, `(단위:억원)` → the unit; null for any other text. */
export function moneyUnitOf(text: string): string | null {
  const m = /단위[:：]?(백만원|천원|만원|억원|원)/.exec(compact(text));
  return m ? m[1] : null;
}
