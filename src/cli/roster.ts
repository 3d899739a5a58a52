// --roster FILE: the pledge roster (공약 목록) read from its own workbook. The sheet is
// found by name (공약 목록) or by its header row; the core reads and compares it.
import { findRosterSheet, readRoster, type RosterEntry, ROSTER_HEADER } from "../core";
import { readGrids, readPackage, UnreadableFile } from "./readWorkbook";

export async function readRosterFile(path: string): Promise<RosterEntry[]> {
  return rosterFromBytes(await readPackage(path));
}

/** The roster in a workbook's bytes (the standalone page reads the file the user drops). */
export function rosterFromBytes(bytes: Uint8Array): RosterEntry[] {
  const sheet = findRosterSheet(readGrids(bytes).grids);
  const entries = sheet ? readRoster(sheet) : null;
  if (entries === null) {
    throw new UnreadableFile(`공약 목록의 머리글 행(${ROSTER_HEADER.join(" | ")})을 찾지 못했습니다. '공약 목록' 시트에 이 머리글을 적어 주세요.`);
  }
  return entries;
}
