// Looks inside the .xlsx package (a zip) before exceljs reads it: what a copy written by
// exceljs would lose, and sheets the workbook lists whose part is missing.
// Only the package's directory and a few small XML parts are decompressed.
import JSZip from "jszip";
import { markedKind } from "./marker";
import { attribute, NotUnderstood } from "./xmlText";
import { zipIndex, type ZipIndex } from "./zipIndex";

export interface PackageContents {
  /** Korean names of content exceljs does not write back (charts, macros, …). */
  unkept: string[];
  /** Sheets listed in the workbook whose part is not in the package. */
  missingSheets: string[];
}

/** Drawing elements other than pictures: shapes, charts, groups, connectors. */
const NON_PICTURE = /<(?:\w+:)?(?:sp|graphicFrame|grpSp|cxnSp)[\s>]/;

export async function inspectPackage(bytes: Buffer): Promise<PackageContents> {
  const zip = zipIndex(bytes) ?? (await jszipIndex(bytes));
  const has = (test: RegExp) => zip.names.some((name) => test.test(name));
  const unkept: string[] = [];
  if (has(/^xl\/chartsheets\/[^/]+\.xml$/i)) unkept.push("차트 시트");
  if (has(/^xl\/charts\/chart[^/]*\.xml$/i)) unkept.push("시트에 넣은 차트");
  else if (zip.names.some((name) => /^xl\/drawings\/[^/]+\.xml$/i.test(name) && NON_PICTURE.test(zip.text(name) ?? ""))) {
    unkept.push("도형(그리기 개체)");
  }
  // Our own mark (a copy checked again) is written anew; anyone else's properties would be lost.
  if (zip.names.includes("docProps/custom.xml") && markedKind(zip.text("docProps/custom.xml") ?? "") === null) unkept.push("사용자 지정 문서 속성");
  if (has(/^xl\/vbaProject\.bin$/i)) unkept.push("매크로(VBA 프로젝트)");
  // Found by a hostile round (issue 20 item 4): exceljs neither reads nor writes these back.
  if (/<(?:\w+:)?workbookProtection\b/.test(zip.text("xl/workbook.xml") ?? "")) unkept.push("통합 문서 보호(구조 잠금)");
  if (has(/^xl\/externalLinks\/[^/]+\.xml$/i)) unkept.push("외부 통합 문서 연결(다른 파일을 가리키는 수식의 연결)");
  if (has(/^xl\/pivotTables\/[^/]+\.xml$/i)) unkept.push("피벗 테이블");
  if (has(/^xl\/threadedComments\/[^/]+\.xml$/i)) unkept.push("스레드 메모(댓글)");
  const sheets = zip.names.filter((name) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name)).map((name) => zip.text(name) ?? "");
  if (sheets.some((xml) => /<x14:dataValidations\b/.test(xml))) unkept.push("다른 시트를 참조하는 데이터 유효성 검사(x14 확장)");
  if (sheets.some((xml) => /<x14:sparklineGroups\b/.test(xml))) unkept.push("스파크라인");
  return { unkept, missingSheets: missingSheets(zip) };
}

/** The same index through JSZip, for packages the small reader does not handle (ZIP64). */
async function jszipIndex(bytes: Buffer): Promise<ZipIndex> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const texts = new Map<string, string>();
    for (const name of Object.keys(zip.files)) {
      if (/^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|drawings\/[^/]+\.xml|worksheets\/[^/]+\.xml)|docProps\/custom\.xml)$/i.test(name)) texts.set(name, await (zip.file(name) as JSZip.JSZipObject).async("string"));
    }
    return { names: Object.keys(zip.files), text: (name) => texts.get(name) ?? null };
  } catch {
    // Not a zip at all: exceljs says so in its own words.
    return { names: [], text: () => null };
  }
}

/** `<sheet name="…" r:id="rId3"/>` in workbook.xml, resolved through its relationships. */
function missingSheets(zip: ZipIndex): string[] {
  try {
    return listedWithoutPart(zip);
  } catch (error) {
    // A reference no XML parser takes: exceljs refuses the workbook in its own words.
    if (error instanceof NotUnderstood) return [];
    throw error;
  }
}

function listedWithoutPart(zip: ZipIndex): string[] {
  const workbook = zip.text("xl/workbook.xml");
  const rels = zip.text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return [];
  const names = new Set(zip.names);
  const targets = relationshipTargets(rels);
  const missing: string[] = [];
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name") ?? "";
    const id = attribute(tag, "r:id") ?? attribute(tag, "id");
    const target = id ? targets.get(id) : undefined;
    if (!target || !names.has(partPath(target))) missing.push(name);
  }
  return missing;
}

/** A relationships part (OPC, ECMA-376 Part 2 §9.3): each relationship's Id → its Target. */
export function relationshipTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target);
  }
  return targets;
}

/** Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/…"). */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}
