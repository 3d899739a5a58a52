// ESLint (flat config): typescript-eslint's recommended rules with type information, the
// React hooks rules on the UI, and the import boundaries of the architecture (lint/import-boundary.mjs).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import boundary from "./lint/import-boundary.mjs";

const root = import.meta.dirname;

// es-hangul (Korean particles) imports nothing of the DOM, Node or Office, so the core may use it.
const CORE = "The core is pure TypeScript: no Office, DOM, Node, React or adapter import, no package but es-hangul (README, Architecture).";
const ADAPTER = "Adapters only move cells; they never import the task pane UI, each other or the tests (README, Architecture).";
const XLSX = "src/xlsx turns an exceljs sheet into the core's grid for the command line and the pane: the core only (README, Architecture).";
const UI = "The task pane runs over the core, the Office adapter and src/xlsx, never the command line (README, Architecture).";

export default defineConfig(
  { ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "scratch/", "test-artifacts/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The in-memory Excel mirrors office.js's own declarations, which type cell values as any[][].
    files: ["test/memory-excel/**/*.ts", "src/memory-excel/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.flat["recommended-latest"].rules, "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    plugins: { boundary },
    rules: { "boundary/imports": ["error", { root, allowFolders: ["src/core"], allowPackages: false, purePackages: ["es-hangul"], reason: CORE }] },
  },
  {
    files: ["src/xlsx/**/*.{ts,tsx}"],
    plugins: { boundary },
    rules: {
      "boundary/imports": [
        "error",
        { root, forbidFolders: ["src/taskpane", "src/preview", "src/cli", "src/excel", "test"], forbidPackages: ["react", "react-dom", "@fluentui"], reason: XLSX },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { boundary },
    rules: { "boundary/imports": ["error", { root, forbidFolders: ["src/cli", "test"], reason: UI }] },
  },
  ...["src/excel", "src/cli"].map((adapter) => ({
    files: [`${adapter}/**/*.{ts,tsx}`],
    plugins: { boundary },
    rules: {
      "boundary/imports": [
        "error",
        {
          root,
          // The UI, the other adapter and the test code are all off limits.
          forbidFolders: ["src/taskpane", "src/preview", adapter === "src/cli" ? "src/excel" : "src/cli", "test"],
          forbidPackages: ["react", "react-dom", "@fluentui"],
          reason: ADAPTER,
        },
      ],
    },
  })),
);
