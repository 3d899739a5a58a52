// Which office.js the built pages load (issue 9): Microsoft's CDN by default, as Microsoft's
// template does; the npm copy only with --env officejs=local; and the preview never in the
// add-in's build (issue 10 §3). Reads the webpack configuration, builds nothing.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(__filename);
type Config = { entry: Record<string, string>; output: { path: string }; plugins: { constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: { officeJs?: string } }; patterns?: { to?: string }[] }[] };
const configure = require(resolve(__dirname, "../../webpack.config.js")) as ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Config>) & { OFFICE_JS_CDN: string };

function pages(config: Config) {
  return config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => ({ file: p.userOptions?.filename, officeJs: p.userOptions?.templateParameters?.officeJs }));
}

function copied(config: Config): string[] {
  return config.plugins.filter((p) => p.constructor.name === "CopyPlugin").flatMap((p) => (p.patterns ?? []).map((x) => String(x.to)));
}

describe("the add-in build", () => {
  it("by default: task pane and commands load office.js from the CDN; nothing of office.js is copied; no preview", async () => {
    const config = await configure({}, { mode: "production" });
    expect(configure.OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(pages(config)).toEqual([
      { file: "taskpane.html", officeJs: configure.OFFICE_JS_CDN },
      { file: "commands.html", officeJs: configure.OFFICE_JS_CDN },
    ]);
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(copied(config)).not.toContain("office-js");
  });

  it("--env officejs=local: the pages load the copy served from dist/office-js/", async () => {
    const config = await configure({ officejs: "local" }, { mode: "production" });
    expect(pages(config).map((p) => p.officeJs)).toEqual(["office-js/office.js", "office-js/office.js"]);
    expect(copied(config)).toContain("office-js");
    await expect(configure({ officejs: "elsewhere" }, { mode: "production" })).rejects.toThrow(/cdn or local/);
  });

  it("the preview is its own target, into dist-preview/", async () => {
    const config = await configure({ preview: true }, { mode: "production" });
    expect(Object.keys(config.entry)).toEqual(["preview"]);
    expect(config.output.path.endsWith("dist-preview")).toBe(true);
  });
});

describe("the task pane page where the pane cannot run (Office 2016/2019, Internet Explorer)", () => {
  it("keeps its inline script plain ES5, so that message still shows there", async () => {
    const { readFileSync } = await import("node:fs");
    // acorn as webpack itself resolves it (a dependency of webpack, not of this project).
    const acorn = createRequire(require.resolve("webpack"))("acorn") as { parse(code: string, options: { ecmaVersion: number }): unknown };
    const html = readFileSync(resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const inline = [...html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBe(1);
    expect(inline[0]).toContain("Trident");
    expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
    // A later syntax would be refused (the check can fail).
    expect(() => acorn.parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });
});
