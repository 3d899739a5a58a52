// A bounded fuzz run in the suite (a few seconds); bench/fuzz.ts runs many more cases.
import { describe, expect, it } from "vitest";
import { tempFolder } from "../support/xlsx";
import { fuzzCase } from "./fuzz";

describe("the command line on randomly changed workbooks", () => {
  it("checks each or reports it unreadable in Korean, and annotates without a bad write", async () => {
    const { dir, cleanup } = await tempFolder("pledge-check-fuzz-");
    try {
      const kinds = { checked: 0, unreadable: 0 };
      for (let seed = 1; seed <= 30; seed++) kinds[(await fuzzCase(seed, dir)).kind]++;
      // Both paths are exercised: most cases stay readable, some packages are broken.
      expect(kinds.checked).toBeGreaterThan(15);
      expect(kinds.unreadable).toBeGreaterThan(0);
    } finally {
      await cleanup();
    }
  }, 60_000);
});
