// ST_Xstring escapes (ECMA-376 Part 1 §22.9.2.19), worked by hand: _x001B_ is ESC (27),
// _x0007_ BEL (7); _x005F_ is "_", so _x005F_x0041_ is the literal text "_x0041_".
import { describe, expect, it } from "vitest";
import { unescapeXstring } from "../../src/xlsx/xstring";

describe("Excel's _xHHHH_ escapes in stored text", () => {
  it("decodes a control character and keeps an escaped underscore literal", () => {
    expect(unescapeXstring("_x001B_]0;t_x0007_제목")).toBe("\u001b]0;t\u0007제목");
    expect(unescapeXstring("_x005F_x0041_")).toBe("_x0041_");
    expect(unescapeXstring("a_b _x12_ 보통 글")).toBe("a_b _x12_ 보통 글");
  });
});
