// sharedStrings.xml (ECMA-376 Part 1 §18.4.9 sst): each item's text, rich text runs joined
// (§18.4.4 r). Phonetic runs (§18.4.6 rPh, the furigana of East Asian text) are left out,
// as Excel shows the cell without them.
import { unescapeXstring } from "./xstring";
import { parsePart } from "./xml";
import type { ZipDirectory, ZipEntry } from "./zip";

export function readSharedStrings(zip: ZipDirectory, entry: ZipEntry): string[] {
  const strings: string[] = [];
  let item: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parsePart(zip, entry, {
    open(name, _attributes, selfClosing) {
      if (name === "si") item = [];
      else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
      else if (name === "t" && !selfClosing) inText = phonetic === 0;
    },
    close(name) {
      if (name === "si") {
        strings.push(unescapeXstring(item?.join("") ?? ""));
        item = null;
      } else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && item) item.push(text);
    },
  });
  return strings;
}
