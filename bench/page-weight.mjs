// What a first visit to each page transfers, as the browser sees it: the HTML and every asset it
// loads (CSS, JS, the main wasm and any lazily loaded wasm chunks), raw and gzip -9.
//
// Needs the release site built (`cargo leptos build --release --split`) and the server running in
// local mode on $BASE_URL (default http://127.0.0.1:3000). Signed-in pages are measured with a
// fresh account, made through the server functions and the dev mailbox.
//
//   node bench/page-weight.mjs /login /signup /profile /settings
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { signedInAccount } from "./account.mjs";

const require = createRequire(new URL("../end2end/package.json", import.meta.url));
const { chromium } = require("@playwright/test");
const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/login"];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const { session } = await signedInAccount(base, "weight");
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
for (const path of paths) {
  const context = await browser.newContext();
  if (path === "/profile" || path === "/settings") {
    await context.addInitScript((s) => sessionStorage.setItem("doorway.session", s), session);
  }
  const page = await context.newPage();
  const bodies = [];
  page.on("response", async (response) => {
    if (new URL(response.url()).pathname.startsWith("/api/")) return; // data, not page weight
    try {
      bodies.push([new URL(response.url()).pathname, await response.body()]);
    } catch {
      // redirects have no body
    }
  });
  await page.goto(base + path);
  await page.waitForSelector("body[data-hydrated=true]");
  await page.waitForLoadState("networkidle");
  const rows = bodies.map(([name, body]) => [name, body.length, gzipSync(body, { level: 9 }).length]);
  const sum = (kind) => rows.filter(([n]) => kind(n)).reduce((a, [, r, g]) => [a[0] + r, a[1] + g], [0, 0]);
  const [wasmRaw, wasmGz] = sum((n) => n.endsWith(".wasm"));
  const [allRaw, allGz] = sum(() => true);
  console.log(
    `${path.padEnd(10)} files ${String(rows.length).padStart(2)} | wasm ${kb(wasmRaw)} KB raw ${kb(wasmGz)} KB gzip | all ${kb(allRaw)} KB raw ${kb(allGz)} KB gzip`,
  );
  await context.close();
}
await browser.close();
