// Looks inside the .xlsx package (a zip) before exceljs reads it: what a copy written by
// exceljs would lose, and sheets the workbook lists whose part is missing.
// Only the package's directory and two small XML parts are decompressed.
import JSZip from "jszip";

export interface PackageContents {
  /** Korean names of content exceljs does not write back (charts, macros, …). */
  unkept: string[];
  /** Sheets listed in the workbook whose part is not in the package. */
  missingSheets: string[];
}

/** Drawing elements other than pictures: shapes, charts, groups, connectors. */
const NON_PICTURE = /<(?:\w+:)?(?:sp|graphicFrame|grpSp|cxnSp)[\s>]/;

export async function inspectPackage(bytes: Buffer): Promise<PackageContents> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const has = (test: RegExp) => names.some((name) => test.test(name));
  const unkept: string[] = [];
  if (has(/^xl\/chartsheets\/[^/]+\.xml$/i)) unkept.push("차트 시트");
  if (has(/^xl\/charts\/chart[^/]*\.xml$/i)) unkept.push("시트에 넣은 차트");
  else if (await someDrawingHas(zip, names, NON_PICTURE)) unkept.push("도형(그리기 개체)");
  if (zip.file("docProps/custom.xml")) unkept.push("사용자 지정 문서 속성");
  if (has(/^xl\/vbaProject\.bin$/i)) unkept.push("매크로(VBA 프로젝트)");
  return { unkept, missingSheets: await missingSheets(zip) };
}

async function someDrawingHas(zip: JSZip, names: string[], test: RegExp): Promise<boolean> {
  for (const name of names.filter((n) => /^xl\/drawings\/[^/]+\.xml$/i.test(n))) {
    if (test.test(await (zip.file(name) as JSZip.JSZipObject).async("string"))) return true;
  }
  return false;
}

/** `<sheet name="…" r:id="rId3"/>` in workbook.xml, resolved through its relationships. */
async function missingSheets(zip: JSZip): Promise<string[]> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target);
  }
  const missing: string[] = [];
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name") ?? "";
    const id = attribute(tag, "r:id") ?? attribute(tag, "id");
    const target = id ? targets.get(id) : undefined;
    if (!target || !zip.file(partPath(target))) missing.push(unescapeXml(name));
  }
  return missing;
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
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

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
