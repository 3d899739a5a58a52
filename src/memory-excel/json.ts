// JSON helpers: sizes in UTF-8 bytes (what goes over the wire) and deep copies (what
// crosses between the document and the add-in is always a copy, as over a real wire).
const encoder = new TextEncoder();

export function byteLength(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
