// The labels of a card's header fields, found by meaning wherever they stand (a label cell
// with its value right of it or below it, or `□ label : value` in one cell): src/core/fields.ts.
import { compact } from "../text";
import { DEPARTMENT_LABELS } from "./labels";
import { AS_OF_LABELS } from "./periodWords";

export type CardField = "id" | "title" | "department" | "status" | "headline" | "person" | "term" | "asOf";

/** Label words by field (spacing ignored; a trailing `:` or `(%)` is allowed). */
export const FIELD_LABELS: Readonly<Record<CardField, readonly string[]>> = {
  id: ["공약번호", "번호", "과제번호", "공약no", "no"],
  title: ["공약명", "공약사업명", "사업명", "과제명", "공약과제명", "공약과제", "공약"],
  department: [...DEPARTMENT_LABELS],
  status: ["추진상황", "추진상태", "진행상황", "이행상황", "추진현황"],
  headline: ["이행률", "이행률(%)", "공약이행률(%)"],
  person: ["담당자", "담당", "작성자"],
  term: ["추진기간", "사업기간", "기간"],
  asOf: AS_OF_LABELS,
};

/** Bullets and markers before a label: `□ 공약번호 : …`, `○ 추진상황 : …`. */
export const FIELD_BULLETS = /^[\s□■○●◆◇◎※*>▶·•ㆍ-]+/;

const BY_KEY = new Map<string, CardField>(
  (Object.entries(FIELD_LABELS) as [CardField, readonly string[]][]).flatMap(([field, words]) => words.map((w) => [compact(w).toLowerCase(), field] as [string, CardField])),
);

/** The field a label text names (`주관부서`, `□ 추진상황 :`), or null. */
export function fieldOfLabel(text: string): CardField | null {
  const key = compact(text.replace(FIELD_BULLETS, "")).replace(/[:：]+$/, "").toLowerCase();
  return BY_KEY.get(key) ?? null;
}
