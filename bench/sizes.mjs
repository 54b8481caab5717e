// Sizes of what the release build ships, read from the site folder (no server, no browser):
// the wasm a first visit loads, every lazily loaded wasm chunk, the JS and the CSS, each raw,
// gzip -9 and brotli (quality 11). Shared by bench/run.mjs and scripts/check-size.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const OUTPUT_NAME = "doorway";

/** Every file of `pkgDir` that the browser may load, with its sizes in bytes. */
export function siteSizes(pkgDir) {
  const files = readdirSync(pkgDir)
    .filter((name) => !name.endsWith(".gz") && !name.endsWith(".br") && !name.endsWith(".json"))
    .filter((name) => statSync(join(pkgDir, name)).isFile())
    .sort();
  return files.map((name) => {
    const body = readFileSync(join(pkgDir, name));
    return {
      name,
      kind: kind(name),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** `first-wasm` (the module every page loads), `chunk` (a lazily loaded wasm), `js`, `css`, `other`. */
function kind(name) {
  if (name.endsWith(".wasm")) {
    return name === `${OUTPUT_NAME}.wasm` || /^doorway\.[A-Za-z0-9_-]+\.wasm$/.test(name) ? "first-wasm" : "chunk";
  }
  if (name.endsWith(".js")) return "js";
  if (name.endsWith(".css")) return "css";
  return "other";
}
