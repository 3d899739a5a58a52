import { describe, expect, it } from "vitest";
import { roundHalfUp, formatRate } from "../../src/core";
import { agreesAtOwnPrecision, decimalsOf } from "../../src/core/rounding";

describe("half-up rounding (반올림)", () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [71.42857142857143, 0, 71],
    [71.42857142857143, 2, 71.43],
    [85.71428571428572, 0, 86],
    [73.33333333333333, 2, 73.33],
    [66.66666666666666, 2, 66.67],
    [(80 + 200 / 3) / 2, 2, 73.33],
    [0.1 + 0.2, 1, 0.3],
    [-2.5, 0, -3],
  ])("rounds %d at %d decimals to %d", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it("is not flipped by binary noise below the half", () => {
    // 1.0049999999999999 is 1.005 typed in Excel and summed; the card means 1.01.
    expect(roundHalfUp(1.0049999999999999, 2)).toBe(1.01);
    expect(roundHalfUp(1.0049, 2)).toBe(1);
  });

  it("formats at a fixed precision", () => {
    expect(formatRate(86, 2)).toBe("86.00");
    expect(formatRate(71.428, 0)).toBe("71");
  });

  it("counts the decimals a number shows", () => {
    expect(decimalsOf(80)).toBe(0);
    expect(decimalsOf(66.67)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
  });

  it("compares at the reported value's own precision", () => {
    expect(agreesAtOwnPrecision(71.43, 71)).toBe(true);
    expect(agreesAtOwnPrecision(71.43, 71.4)).toBe(true);
    expect(agreesAtOwnPrecision(71.43, 71.5)).toBe(false);
    expect(agreesAtOwnPrecision(85.71, 85)).toBe(false);
  });
});
