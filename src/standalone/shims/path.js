// node:path for the standalone page: names are the browser's, always "/"-separated.
"use strict";
function basename(path, ext) {
  const base = String(path).replace(/\/+$/, "").split("/").pop() || "";
  return ext && base.endsWith(ext) ? base.slice(0, base.length - ext.length) : base;
}
function extname(path) {
  const base = basename(path);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
}
function dirname(path) {
  const at = String(path).lastIndexOf("/");
  return at > 0 ? String(path).slice(0, at) : at === 0 ? "/" : ".";
}
function join(...parts) {
  return parts.filter((part) => part !== "").join("/").replace(/\/{2,}/g, "/");
}
module.exports = { basename, extname, dirname, join, resolve: join, sep: "/" };
