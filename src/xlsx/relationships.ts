// A relationships part (OPC, ECMA-376 Part 2 §9.3): each relationship's Id → its type and
// the part it targets, resolved against the source part's folder (§9.3.2, §A.3 targets
// relative or absolute).
import { parsePart } from "./xml";
import type { ZipDirectory, ZipEntry } from "./zip";

export interface Relationship {
  /** The type's last segment: "worksheet", "chartsheet", "officeDocument", … */
  type: string;
  /** The target part's name, without a leading "/". */
  part: string;
}

export function readRelationships(zip: ZipDirectory, entry: ZipEntry, sourceFolder: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  parsePart(zip, entry, {
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External") return;
      const { Id: id, Target: target, Type: type = "" } = attributes;
      if (id && target) found.set(id, { type: type.slice(type.lastIndexOf("/") + 1), part: resolvePart(sourceFolder, target) });
    },
  });
  return found;
}

/** "worksheets/sheet1.xml" from "xl" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute. */
export function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}
