// Text from a workbook or a file name reaches a terminal: an ESC or BEL in a cell (a cached
// `t="str"` title) could clear the screen or retitle the window. Plain output shows every
// control character as `\xNN`; the JSON document keeps the text exact.
import type { Output } from "./main";

/** C0 controls but the line break, DEL and C1 controls; and with the line break. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_LINES = /[\u0000-\u001f\u007f-\u009f]/g;

function hex(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
}

/** Every control character but the line break escaped: for whole blocks of plain output. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, hex);
}

/** A value on one line (a sheet name, a title, a file name): line breaks escaped too. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_LINES, hex);
}

/** An output whose every write is made terminal-safe. */
export function safeOutput(output: Output): Output {
  return { write: (text: string) => output.write(terminalSafe(text)) };
}
