// @vitest-environment jsdom
// The add-in manifest: valid against the offline schema, asks for what the code needs and
// no more, and every resource it names exists.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const manifestPath = resolve(root, "manifest.xml");
const schemaPath = resolve(root, "test/fixtures/manifest-schema/OfficeAppManifestV1_1.xsd");
const xml = readFileSync(manifestPath, "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

const byTag = (name: string) => Array.from(doc.getElementsByTagNameNS("*", name));
const one = (name: string) => {
  const found = byTag(name);
  expect(found, name).toHaveLength(1);
  return found[0];
};

function validate(file: string) {
  return spawnSync("xmllint", ["--noout", "--schema", schemaPath, file], { encoding: "utf8" });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("validates against the add-in-only manifest schema", () => {
    const run = validate(manifestPath);
    expect(run.error, "xmllint must be installed (libxml2-utils)").toBeUndefined();
    expect(run.stderr).toContain("validates");
    expect(run.status).toBe(0);
  });

  it("is a Korean Excel task pane add-in that may write to the workbook", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("DefaultLocale").textContent).toBe("ko-KR");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("공약 점검");
    expect(byTag("Host").filter((h) => h.getAttribute("Name")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.7 and nothing newer", () => {
    const sets = byTag("Set").filter((s) => s.parentElement?.parentElement?.parentElement === doc.documentElement);
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["ExcelApi", "1.7"]]);
    expect(sets[0].parentElement?.getAttribute("DefaultMinVersion")).toBe("1.1");
  });

  it("puts a 공약 점검 button on the Home tab that shows the task pane", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = one("Action");
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const labelId = one("Control").getElementsByTagNameNS("*", "Label")[0].getAttribute("resid");
    const label = byTag("String").find((s) => s.getAttribute("id") === labelId);
    expect(label?.getAttribute("DefaultValue")).toBe("공약 점검");
    const urlId = action.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid");
    const url = byTag("Url").find((u) => u.getAttribute("id") === urlId);
    expect(url?.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  it("defines every resource it refers to", () => {
    const defined = new Set(
      [...byTag("Image"), ...byTag("Url"), ...byTag("String")].map((e) => e.getAttribute("id")).filter(Boolean),
    );
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined, `resid ${id}`).toContain(id);
  });

  it("points at icons that exist in assets/ at the size they claim", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((u) => u.endsWith(".png"));
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      expect(url.startsWith("https://localhost:3000/assets/icon-"), url).toBe(true);
      const file = resolve(root, url.replace("https://localhost:3000/", ""));
      expect(existsSync(file), file).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(resolve(root, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("can be pointed at a deployment URL by the build and still validates", () => {
    const { deployedManifest } = createRequire(__filename)(resolve(root, "webpack.config.js")) as {
      deployedManifest: (xml: string, base: string) => string;
    };
    const deployed = deployedManifest(xml, "https://intranet.example/pledge-check/");
    expect(deployed).not.toContain("localhost");
    expect(deployed).toContain('<SourceLocation DefaultValue="https://intranet.example/pledge-check/taskpane.html"/>');
    expect(deployed).toContain("<AppDomain>https://intranet.example</AppDomain>");
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      writeFileSync(join(dir, "manifest.xml"), deployed);
      expect(validate(join(dir, "manifest.xml")).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
