// A minimal reader of a zip's central directory: the part names of an .xlsx and, on demand,
// one small part's text. Reading exceljs's whole package a second time with JSZip would cost
// a tenth of the check; this reads a few kilobytes. Formats: PKWARE APPNOTE.TXT §4.3.12
// (central directory header), §4.3.16 (end of central directory), §4.3.7 (local header).
// Anything it does not understand (ZIP64, a broken directory) returns null: the caller
// then falls back to JSZip.
import { inflateRawSync } from "node:zlib";

export interface ZipIndex {
  names: string[];
  /** The part's text, or null when it is absent or cannot be read. */
  text(name: string): string | null;
  /**
   * Whether every part inflates to the size the directory gives, as JSZip requires of
   * each part when exceljs reads the package ("uncompressed data size mismatch").
   */
  intact?(): boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Small XML parts only: a larger one is not read (zip bombs). */
const MAX_PART_BYTES = 16 * 1024 * 1024;

interface Entry {
  flags: number;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

export function zipIndex(bytes: Buffer): ZipIndex | null {
  try {
    const end = findEnd(bytes);
    if (end < 0) return null;
    const count = bytes.readUInt16LE(end + 10);
    const start = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || start === 0xffffffff) return null; // ZIP64
    const entries = new Map<string, Entry>();
    let at = start;
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(at) !== CENTRAL) return null;
      const nameLength = bytes.readUInt16LE(at + 28);
      const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
      entries.set(name, {
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        compressed: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        offset: bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    const verified = new Set<string>();
    const read = (name: string) => {
      const data = partBytes(bytes, entries.get(name));
      if (data !== null) verified.add(name);
      return data;
    };
    return {
      names: [...entries.keys()],
      text: (name) => read(name)?.toString("utf8") ?? null,
      intact: () => [...entries.keys()].every((name) => verified.has(name) || read(name) !== null),
    };
  } catch {
    return null;
  }
}

function findEnd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  return -1;
}

/** The part's bytes when they are whole: not encrypted (bit 0), stored or deflated, of the declared size. */
function partBytes(bytes: Buffer, entry: Entry | undefined): Buffer | null {
  if (!entry || entry.size > MAX_PART_BYTES || (entry.flags & 1) !== 0) return null;
  try {
    if (bytes.readUInt32LE(entry.offset) !== LOCAL) return null;
    const data = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    const raw = bytes.subarray(data, data + entry.compressed);
    const out = entry.method === 0 ? raw : entry.method === 8 ? inflateRawSync(raw, { maxOutputLength: MAX_PART_BYTES }) : null;
    return out !== null && out.length === entry.size ? out : null;
  } catch {
    return null;
  }
}
