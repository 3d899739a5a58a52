// Looks inside the .xlsx package (a zip) before exceljs writes a copy of it: what a copy
// written by exceljs would lose. Only the part names and the drawings are read, with the
// one reader's zip directory and XML parser (src/xlsx).
import { parsePart, partText, readDirectory } from "../xlsx/parts";
import { markedKind } from "./marker";

export interface PackageContents {
  /** Korean names of content exceljs does not write back (charts, macros, …). */
  unkept: string[];
}

/** Drawing elements other than pictures: shapes, charts, groups, connectors (DrawingML). */
const NON_PICTURE = new Set(["sp", "graphicFrame", "grpSp", "cxnSp"]);

export function inspectPackage(bytes: Uint8Array): PackageContents {
  const zip = readDirectory(bytes);
  const names = [...zip.entries.keys()];
  const has = (test: RegExp) => names.some((name) => test.test(name));
  const unkept: string[] = [];
  if (has(/^xl\/chartsheets\/[^/]+\.xml$/)) unkept.push("차트 시트");
  if (has(/^xl\/charts\/chart[^/]*\.xml$/)) unkept.push("시트에 넣은 차트");
  else if (names.some((name) => /^xl\/drawings\/[^/]+\.xml$/.test(name) && drawsShapes(zip, name))) unkept.push("도형(그리기 개체)");
  // Our own mark (a copy checked again) is written anew; anyone else's properties would be lost.
  const custom = zip.entries.get("docprops/custom.xml");
  if (custom && markedKind(partText(zip, custom)) === null) unkept.push("사용자 지정 문서 속성");
  if (has(/^xl\/vbaproject\.bin$/)) unkept.push("매크로(VBA 프로젝트)");
  return { unkept };
}

function drawsShapes(zip: ReturnType<typeof readDirectory>, name: string): boolean {
  const entry = zip.entries.get(name);
  if (!entry) return false;
  let found = false;
  parsePart(zip, entry, {
    open(element) {
      if (NON_PICTURE.has(element)) found = true;
    },
  });
  return found;
}
