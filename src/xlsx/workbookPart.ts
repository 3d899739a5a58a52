// workbook.xml (ECMA-376 Part 1 §18.2.27 workbook): the sheets in order with their state
// (§18.18.68 ST_SheetState: visible, hidden, veryHidden) and relationship id, and the date
// system (§18.2.28 workbookPr date1904).
import type { SheetState } from "./types";
import { parsePart } from "./xml";
import type { ZipDirectory, ZipEntry } from "./zip";

export interface ListedSheet {
  name: string;
  state: SheetState;
  relationshipId: string | null;
}

export interface WorkbookPart {
  sheets: ListedSheet[];
  date1904: boolean;
}

const STATES: Record<string, SheetState> = { visible: "visible", hidden: "hidden", veryHidden: "veryHidden" };

export function readWorkbookPart(zip: ZipDirectory, entry: ZipEntry): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  parsePart(zip, entry, {
    open(name, attributes) {
      if (name === "workbookPr") part.date1904 = isTrue(attributes.date1904);
      else if (name === "sheet") {
        part.sheets.push({ name: attributes.name ?? "", state: STATES[attributes.state ?? "visible"] ?? "visible", relationshipId: relationshipId(attributes) });
      }
    },
  });
  return part;
}

/** xsd:boolean (XML Schema Part 2 §3.2.2): "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** `r:id` under whatever prefix the writer bound the relationships namespace to. */
function relationshipId(attributes: Record<string, string>): string | null {
  for (const key in attributes) if (key.endsWith(":id")) return attributes[key];
  return null;
}
