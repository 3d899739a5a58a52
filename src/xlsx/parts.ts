// The reader's zip directory and XML parser, for the command line's look at what else a
// package holds (src/cli/package.ts), so it reads the package the same way the check does.
export { readDirectory, type ZipDirectory, type ZipEntry } from "./zip";
export { parsePart, type XmlHandlers } from "./xml";

import { inflateText } from "./inflate";
import type { ZipDirectory, ZipEntry } from "./zip";

/** A small part's whole text (a custom-properties part), with the reader's guards. */
export function partText(zip: ZipDirectory, entry: ZipEntry): string {
  const chunks: string[] = [];
  inflateText(zip, entry, (chunk) => chunks.push(chunk));
  return chunks.join("");
}
