// Sync 1 of every command: the sheet list (name, visibility, protection), the active
// sheet, workbook structure protection, and — for the commands that mark cells — the
// notes/comments already in the workbook (their text only — where the user's ones sit
// is asked in sync 2).
import { NOTE_HEADER } from "../core";
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

export async function readOutline(context: Excel.RequestContext, features: Features, annotations = true): Promise<Outline> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/id,items/name,items/visibility,items/protection/protected");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
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
    active: active.name,
    structureProtected: protection.protected,
    annotations: found,
  };
}

export function findSheet(outline: Outline, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return outline.sheets.find((s) => s.name.toLowerCase() === lower);
}
