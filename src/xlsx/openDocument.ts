// An OpenDocument file (LibreOffice's .ods, .odt) is a zip too, so it passes the "PK" check
// and then reads as a workbook with no worksheets. ODF 1.2 Part 3 §3.3 puts an uncompressed
// `mimetype` entry first, so its media type sits at a fixed place: the local header is 30
// bytes, the name 8, and the content follows (no extra field is allowed).

const NAME = "mimetype";
const PREFIX = "application/vnd.oasis.opendocument.";

/** The OpenDocument media type the package declares (`…spreadsheet`), or null. */
export function openDocumentType(bytes: Uint8Array): string | null {
  const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length < 30 + NAME.length + PREFIX.length || text(30, 30 + NAME.length) !== NAME) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(18, true);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const type = text(start, Math.min(start + Math.min(size, 100), bytes.length));
  return type.startsWith(PREFIX) ? type : null;
}

/** What the user is told about an OpenDocument file, and how to make an .xlsx of it. */
export function openDocumentRefusal(type: string): string {
  const what = type.endsWith(".spreadsheet") ? "OpenDocument 스프레드시트(.ods)" : "OpenDocument 문서";
  return (
    `${what} 파일이라 읽지 않았습니다. pledge-check는 Excel 통합 문서(.xlsx)를 읽습니다. ` +
    "LibreOffice Calc에서 [파일 → 다른 이름으로 저장]을 골라 파일 형식을 'Excel 2007-365 (.xlsx)'로 하거나, Excel에서 열어 .xlsx로 저장한 뒤 다시 확인하세요."
  );
}
