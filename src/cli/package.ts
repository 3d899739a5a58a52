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
  // Found by a hostile round (issue 20 item 4): exceljs neither reads nor writes these back.
  if (holds(zip, ["xl/workbook.xml"], "workbookProtection")) unkept.push("통합 문서 보호(구조 잠금)");
  if (has(/^xl\/externallinks\/[^/]+\.xml$/)) unkept.push("외부 통합 문서 연결(다른 파일을 가리키는 수식의 연결)");
  if (has(/^xl\/pivottables\/[^/]+\.xml$/)) unkept.push("피벗 테이블");
  if (has(/^xl\/threadedcomments\/[^/]+\.xml$/)) unkept.push("스레드 메모(댓글)");
  const sheets = names.filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  if (holds(zip, sheets, "dataValidations", true)) unkept.push("다른 시트를 참조하는 데이터 유효성 검사(x14 확장)");
  if (holds(zip, sheets, "sparklineGroups", true)) unkept.push("스파크라인");
  return { unkept };
}

/**
 * Whether any of these parts has an element of this local name; `inExtension`: only inside
 * an `<ext>` (the x14 forms; a plain `<dataValidations>` exceljs keeps).
 */
function holds(zip: ReturnType<typeof readDirectory>, parts: string[], element: string, inExtension = false): boolean {
  let found = false;
  for (const name of parts) {
    const entry = zip.entries.get(name);
    if (!entry || found) continue;
    let depth = 0;
    parsePart(zip, entry, {
      open(tag, _attributes, selfClosing) {
        if (tag === element && (!inExtension || depth > 0)) found = true;
        if (tag === "ext" && !selfClosing) depth++;
      },
      close(tag) {
        if (tag === "ext") depth--;
      },
    });
  }
  return found;
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
