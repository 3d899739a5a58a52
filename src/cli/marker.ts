// What pledge-check writes carries its mark: a custom document property (ECMA-376 Part 1
// §22.3, docProps/custom.xml) naming the kind of file. A file in the out folder without it was
// not written by pledge-check and is never replaced; a folder holding a marked 요약 is a
// previous run's output and is not walked again.
//
// The same pass keeps attribute values exact: exceljs writes a tab or a line break inside an
// attribute (a sheet name, a link's location) as the character itself, which every XML reader
// turns into a space (XML 1.0 §3.3.3); a character reference keeps it.
import { open } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";

export type OutputKind = "검토 사본" | "요약";

const PROPERTY = "pledge-check";
const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
/** The format id Office gives user-defined properties. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function customXml(kind: OutputKind): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="${FMTID}" pid="2" name="${PROPERTY}"><vt:lpwstr>${kind}</vt:lpwstr></property></Properties>`;
}

/** The kind named by a custom-properties part, when pledge-check's property is its only one. */
export function markedKind(xml: string): OutputKind | null {
  if ((xml.match(/<property\b/g) ?? []).length !== 1) return null;
  const match = new RegExp(`<property\\b[^>]*\\bname="${PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml);
  return match && (match[1] === "검토 사본" || match[1] === "요약") ? match[1] : null;
}

/** A package exceljs wrote, with the mark added and attribute whitespace kept. */
export function markPackage(bytes: Uint8Array, kind: OutputKind): Uint8Array {
  const parts: Unzipped = unzipSync(bytes);
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const text = strFromU8(parts[name]);
    const kept = keepAttributeWhitespace(text);
    if (kept !== text) parts[name] = strToU8(kept);
  }
  parts[CUSTOM_PART] = strToU8(customXml(kind));
  const types = strFromU8(parts["[Content_Types].xml"]);
  if (!types.includes(`PartName="/${CUSTOM_PART}"`)) {
    parts["[Content_Types].xml"] = strToU8(types.replace("</Types>", `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = strFromU8(parts["_rels/.rels"]);
  if (!rels.includes(CUSTOM_REL)) {
    parts["_rels/.rels"] = strToU8(rels.replace("</Relationships>", `<Relationship Id="rIdPledgeCheck" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`));
  }
  return zipSync(parts);
}

/** Tabs and line breaks inside a tag's quoted values as character references. */
export function keepAttributeWhitespace(xml: string): string {
  return xml.replace(/<[^>]*[\t\n\r][^>]*>/g, (tag) =>
    tag.replace(/"[^"]*"/g, (value) => value.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;")),
  );
}

/** Files larger than this are not looked into for a mark (they are not ours). */
const MARK_LOOKUP_BYTES = 200 * 1024 * 1024;

/** The kind pledge-check marked this file with, or null (not ours, not a package, missing). */
export async function markOf(path: string): Promise<OutputKind | null> {
  let bytes: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.size > MARK_LOOKUP_BYTES) return null;
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    const parts = unzipSync(bytes, { filter: (file) => file.name === CUSTOM_PART });
    return parts[CUSTOM_PART] ? markedKind(strFromU8(parts[CUSTOM_PART])) : null;
  } catch {
    return null;
  }
}
