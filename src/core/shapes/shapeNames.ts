// The table layouts the reader recognises, as reported on each pledge (`layout`).
export type TableShape =
  | "row-pairs"
  | "pairs-with-rate-row"
  | "four-rows"
  | "annual-cumulative-columns"
  | "cumulative-only"
  | "one-row-per-indicator";

export const SHAPE_LABELS: Record<TableShape, string> = {
  "row-pairs": "목표·이행 두 행",
  "pairs-with-rate-row": "목표·이행·달성률 행",
  "four-rows": "연간·누계 네 행",
  "annual-cumulative-columns": "연도마다 연간·누계 두 열",
  "cumulative-only": "누계만",
  "one-row-per-indicator": "지표마다 한 행",
};
