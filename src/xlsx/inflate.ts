// One part inflated with fflate as a stream of text chunks, never held whole: the caller
// hands each chunk to the XML parser. The guards against a zip bomb live here: a part
// declared larger than MAX_PART_BYTES, or declaring an impossible compression ratio, is not
// read; inflating stops the moment the output passes the declared size (a directory that
// lies) and a part that ends short of it is damaged.
import { Inflate } from "fflate";
import { damaged, PackageRefused, TOO_LARGE_INFLATED } from "./refusal";
import { entryData, type ZipDirectory, type ZipEntry } from "./zip";

/**
 * A sheet of a million empty rows is about 45 MB, with a styled empty cell on each about
 * 100 MB; nothing a card needs comes near this. It also bounds the text saxes may buffer
 * between two tags (a part of nothing but spaces).
 */
export const MAX_PART_BYTES = 160 * 1024 * 1024;
/** Deflate cannot pass about 1032:1 (RFC 1951: at most 258 bytes per 2 bits); more is a lie. */
export const MAX_RATIO = 1100;
/** Compressed bytes given to fflate at a time: bounds each output chunk to a few MB. */
const SLICE = 8 * 1024;

export function inflateText(zip: ZipDirectory, entry: ZipEntry, onText: (text: string) => void): void {
  if (entry.encrypted) throw damaged(`${entry.name} is encrypted`);
  if (entry.size > MAX_PART_BYTES) throw new PackageRefused(TOO_LARGE_INFLATED, `${entry.name} declares ${entry.size} bytes`);
  if (entry.size > Math.max(1, entry.compressedSize) * MAX_RATIO) throw new PackageRefused(TOO_LARGE_INFLATED, `${entry.name} declares ratio above ${MAX_RATIO}`);
  const data = entryData(zip, entry);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let out = 0;
  const take = (chunk: Uint8Array, final: boolean) => {
    out += chunk.length;
    if (out > entry.size) throw damaged(`${entry.name} inflates past its declared ${entry.size} bytes`);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: !final });
    } catch {
      throw damaged(`${entry.name} is not UTF-8`);
    }
    if (text !== "") onText(text);
  };
  if (entry.method === 0) {
    if (data.length !== entry.size) throw damaged(`${entry.name}: stored size differs from declared size`);
    for (let at = 0; at < data.length || at === 0; at += SLICE * 64) take(data.subarray(at, at + SLICE * 64), at + SLICE * 64 >= data.length);
  } else if (entry.method === 8) {
    const inflater = new Inflate(take);
    try {
      for (let at = 0; at < data.length || at === 0; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    } catch (error) {
      // fflate's own errors carry a numeric code (a broken deflate stream); the caller's pass through.
      if (typeof (error as { code?: unknown }).code !== "number") throw error;
      throw damaged(`${entry.name}: ${(error as Error).message}`);
    }
  } else {
    throw damaged(`${entry.name}: compression method ${entry.method}`);
  }
  if (out !== entry.size) throw damaged(`${entry.name} inflates to ${out} bytes, not the declared ${entry.size}`);
}
