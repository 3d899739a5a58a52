// Our note on a cell sits below the user's own note, never in place of it.
import type { Comment } from "exceljs";
// The core starts every note it plans with this header; finding it tells our part apart.
import { NOTE_HEADER } from "../core";

/** A line between the user's note and ours. */
export const NOTE_SEPARATOR = "────────────";

/** The note's plain text (exceljs gives a string or rich-text runs). */
export function noteText(note: string | Comment | undefined): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

/**
 * The user's text, then a separator and ours. What an earlier run added (from our
 * separator or header on) is dropped first, so checking a checked copy does not stack notes.
 */
export function combinedNote(existing: string | Comment | undefined, ours: string): string {
  const user = userPart(noteText(existing));
  return user === "" ? ours : `${user}\n\n${NOTE_SEPARATOR}\n${ours}`;
}

function userPart(text: string): string {
  const cuts = [text.indexOf(`${NOTE_SEPARATOR}\n${NOTE_HEADER}`), text.indexOf(NOTE_HEADER)].filter((at) => at >= 0);
  return (cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text).trimEnd();
}
