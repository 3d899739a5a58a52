// Names in the out folder: two outputs named alike get `name (2).xlsx`.
import { extname } from "node:path";

/** The first of `name`, `stem (2).ext`, … not in `taken` (compared without case); adds it. */
export function uniqueName(name: string, taken: Set<string>): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
