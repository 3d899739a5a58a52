// One XML part parsed as a stream with saxes (well-formedness checked, the five predefined
// entities and character references decoded, nothing else expanded): the part readers see
// elements by local name (`x:c` and `c` alike) and the text between them. A part that is not
// well-formed XML refuses the package as damaged.
import { SaxesParser } from "saxes";
import { damaged, PackageRefused } from "./refusal";
import { inflateText } from "./inflate";
import type { ZipDirectory, ZipEntry } from "./zip";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** `x:sheetData` → `sheetData`. */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Parses the part, calling the handlers as its elements stream by. */
export function parsePart(zip: ZipDirectory, entry: ZipEntry, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("error", (error) => {
    throw damaged(`${entry.name}: ${error.message}`);
  });
  parser.on("opentag", (tag) => handlers.open(local(tag.name), tag.attributes, tag.isSelfClosing));
  const close = handlers.close;
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  const text = handlers.text;
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    inflateText(zip, entry, (chunk) => parser.write(chunk));
    parser.close();
  } catch (error) {
    if (error instanceof PackageRefused || error instanceof Stop) throw error;
    throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Thrown by a handler to stop reading a part early (a sheet over its cell limit). */
export class Stop extends Error {}
