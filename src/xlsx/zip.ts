// The zip's central directory (PKWARE APPNOTE.TXT §4.3.12 central header, §4.3.14-16 end
// records, §4.3.7 local header): each part's name, method, sizes and where its data starts.
// fflate inflates (src/xlsx/inflate.ts) but does not tell where an entry's data lies, and a
// part must be inflated as a stream (a sheet of a million empty rows is tens of megabytes),
// so this reads the directory itself. Browser-safe: plain Uint8Array and DataView.
import { damaged } from "./refusal";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the part is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The size the directory declares once inflated. */
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  bytes: Uint8Array;
  /** By part name in lower case: OPC part names compare without case (ECMA-376 Part 2 §9.1.1.1). */
  entries: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder("utf-8");

export function readDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) throw damaged("no end of central directory record");
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw damaged("bad ZIP64 end record");
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged("bad central directory header");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) !== 0,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.set(entry.name.replace(/^\/+/, "").toLowerCase(), entry);
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return { bytes, entries };
}

/** The entry's compressed data, after its local header. */
export function entryData(zip: ZipDirectory, entry: ZipEntry): Uint8Array {
  const view = new DataView(zip.bytes.buffer, zip.bytes.byteOffset, zip.bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > zip.bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** ZIP64 extended information (§4.5.3): the 64-bit values of fields saturated at 0xffffffff, in order. */
function zip64Sizes(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    const next = () => {
      const value = Number(view.getBigUint64(field, true));
      field += 8;
      return value;
    };
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    return;
  }
}
