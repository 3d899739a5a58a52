// Writes layout-corpus cards (src/sample/layouts) as a real .xlsx: hidden rows hidden, and in
// the 연간 | 누계 column shape every cumulative cell a formula with its cached result.
import ExcelJS from "exceljs";
import { addGridSheet } from "../../src/cli/gridSheet";
import { toA1 } from "../../src/core";
import { buildLayoutCard, type LayoutCard } from "../../src/sample/layouts/build";

export function addLayoutSheet(workbook: ExcelJS.Workbook, card: LayoutCard, sheetName = card.sheet): void {
  const built = buildLayoutCard(card);
  const sheet = addGridSheet(workbook, { ...built, name: sheetName });
  for (const r of built.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;
  if (card.shape !== "columns") return;
  for (const ind of built.cells) {
    for (const role of ["target", "actual"] as const) {
      ind[role].forEach(([row, col], i) => {
        const value = built.values[row][col];
        if (typeof value !== "number") return;
        // The first period's total is its annual value; later ones add to the previous total.
        const annual = toA1(row, col - 1);
        const formula = i === 0 ? `N(${annual})` : `${toA1(row, col - 2)}+N(${annual})`;
        sheet.getCell(toA1(row, col)).value = { formula, result: value };
      });
    }
  }
}

export async function writeLayoutWorkbook(path: string, cards: LayoutCard[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  cards.forEach((card, i) => addLayoutSheet(workbook, card, `${i + 1} ${card.sheet}`.slice(0, 31)));
  await workbook.xlsx.writeFile(path);
  return path;
}
