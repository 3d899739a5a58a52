// A cell value as the pane shows it; always plain text, never markup.
import type { CellValue } from "../../core/types";
import { EMPTY_VALUE } from "../strings";

export function formatValue(value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  return String(value);
}
