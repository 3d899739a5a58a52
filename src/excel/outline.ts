// Sync 1 of every command: the sheet list (name, visibility, protection), for 이 시트 검사
// only the active sheet, workbook structure protection, and — for the commands that mark cells — the
// notes/comments already in the workbook (their text only — where the user's ones sit
// is asked in sync 2).
import { NOTE_HEADER, type SheetVisibility } from "../core";
import type { Features } from "./host";

export interface SheetInfo {
  /** Worksheet.id: stays when the sheet is renamed. */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  proxy: Excel.Worksheet;
}

export interface Annotation {
  kind: "note" | "comment";
  /** Written by pledge-check (its notes start with NOTE_HEADER). */
  ours: boolean;
  proxy: Excel.Note | Excel.Comment;
}

export interface Outline {
  sheets: SheetInfo[];
  active: string | null;
  structureProtected: boolean;
  annotations: Annotation[];
}

export function isOurs(content: string): boolean {
  return content.startsWith(NOTE_HEADER);
}

/**
 * `active` only for 이 시트 검사: getActiveWorksheet throws when the active sheet is a chart
 * sheet (OfficeDev/office-js#2444), which must not stop a whole-workbook command.
 */
export async function readOutline(context: Excel.RequestContext, features: Features, annotations = true, active = false): Promise<Outline> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/id,items/name,items/visibility,items/protection/protected");
  const activeSheet = active ? workbook.worksheets.getActiveWorksheet().load("name") : null;
  const protection = workbook.protection.load("protected");
  const notes = annotations && features.notes ? workbook.notes.load("items/content") : null;
  const comments = annotations && features.comments ? workbook.comments.load("items/content") : null;
  await context.sync();
  const found: Annotation[] = [
    ...(notes?.items ?? []).map((n) => ({ kind: "note" as const, ours: isOurs(n.content), proxy: n })),
    ...(comments?.items ?? []).map((c) => ({ kind: "comment" as const, ours: isOurs(c.content), proxy: c })),
  ];
  return {
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility as SheetInfo["visibility"], protected: s.protection.protected, proxy: s })),
    active: activeSheet?.name ?? null,
    structureProtected: protection.protected,
    annotations: found,
  };
}

/** Office.js's visibility in the core's words. */
export function visibilityOf(info: SheetInfo): SheetVisibility {
  return info.visibility === "Hidden" ? "hidden" : info.visibility === "VeryHidden" ? "veryHidden" : "visible";
}

export function findSheet(outline: Outline, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return outline.sheets.find((s) => s.name.toLowerCase() === lower);
}
