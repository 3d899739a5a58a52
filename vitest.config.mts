import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    globalSetup: ["./test/support/buildCli.ts"],
    reporters: ["default", "./test/support/closingLine.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
