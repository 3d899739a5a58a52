// A tiny webpack plugin: the page's scripts go into its HTML, and the separate .js files are
// dropped, so dist/pledge-check.html is the one file to hand over. The build also prints the
// page's SHA-256, which whoever receives the page compares (docs/배포안내.md).
"use strict";
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

class InlinePagePlugin {
  constructor(htmlName) {
    this.htmlName = htmlName;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("InlinePagePlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("InlinePagePlugin", (data) => {
        const inline = (tag) => {
          const src = tag.tagName === "script" && tag.attributes && tag.attributes.src;
          if (!src) return tag;
          const name = decodeURIComponent(String(src)).replace(/^\.?\//, "").split("?")[0];
          const asset = compilation.getAsset(name);
          if (!asset) return tag;
          // "</script" inside the code would end the element early; "<\/script" means the same in JS.
          const code = asset.source.source().toString().replace(/<\/(script)/gi, "<\\/$1");
          compilation.deleteAsset(name);
          return { tagName: "script", voidTag: false, attributes: {}, innerHTML: code, meta: { plugin: "InlinePagePlugin" } };
        };
        data.headTags = data.headTags.map(inline);
        data.bodyTags = data.bodyTags.map(inline);
        return data;
      });
    });
    compiler.hooks.afterEmit.tap("InlinePagePlugin", (compilation) => {
      if (!compilation.getAsset(this.htmlName)) return;
      const bytes = readFileSync(path.join(compilation.outputOptions.path, this.htmlName));
      const sha = createHash("sha256").update(bytes).digest("hex");
      console.log(`${this.htmlName}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, SHA-256 ${sha}`);
    });
  }
}

module.exports = { InlinePagePlugin };
