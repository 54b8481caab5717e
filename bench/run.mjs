// Measures every row of shared/PERFORMANCE.md on the release build in local mode, in one run,
// and rewrites bench/RESULTS.md (or prints only, with --no-write).
//
//   cargo leptos build --release --split --precompress     # the site and the server
//   npm ci --prefix bench                                   # Lighthouse (once)
//   node bench/run.mjs [--only=sizes,weight,throughput,signin,verifier,hydration,lighthouse] [--no-write]
//
// It copies the server binary and the site to a temporary folder (a rebuild during the run does
// not pull them away), starts the server there pinned to core 0 (`taskset`), and drives it from
// core 1: wrk for throughput, a small Rust client for sign-in latency (app/benches), Criterion for
// token verification, Playwright for hydration and page weight, Lighthouse 12 for the pages.
// Timings are compared as ratios within this run; sizes are absolute (they are deterministic).
import { signedInAccount } from "./account.mjs";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, hostname, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteSizes } from "./sizes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const wants = (part) => !only || only.includes(part);
const write = !args.includes("--no-write");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const SERVER_CORE = process.env.BENCH_SERVER_CORE ?? "0";
const CLIENT_CORE = process.env.BENCH_CLIENT_CORE ?? "1";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const KB = 1000;
const BEGIN = "<!-- budget table: written by bench/run.mjs -->";
const END = "<!-- end of budget table -->";
const results = { rows: [], notes: [], commands: [] };
const log = (...m) => console.error("[bench]", ...m);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const run = (cmd, cmdArgs, opts = {}) => execFileSync(cmd, cmdArgs, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, ...opts });

function row(what, figure, budget, met, how) {
  results.rows.push({ what, figure, budget, met, how });
  log(`${met === true ? "met " : met === false ? "MISS" : "    "} ${what}: ${figure} (budget ${budget})`);
}

// ---------------------------------------------------------------------------------------------
// The build under test, copied away.
const site = join(root, "target/site");
const binary = join(root, "target/release/server");
const needsServer = ["weight", "throughput", "signin", "hydration", "lighthouse"].some(wants);
for (const path of needsServer ? [site, binary] : [site]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run cargo leptos build --release --split --precompress`);
}
const work = mkdtempSync(join(tmpdir(), "doorway-bench-"));
if (needsServer) cpSync(binary, join(work, "server"));
cpSync(site, join(work, "site"), { recursive: true });
const precompressed = existsSync(join(work, "site/pkg/doorway.wasm.br"));
log(`build copied to ${work}${precompressed ? "" : " (not precompressed: build with --precompress)"}`);

// ---------------------------------------------------------------------------------------------
// Sizes, from the files.
if (wants("sizes")) {
  const files = siteSizes(join(work, "site/pkg"));
  const first = files.find((f) => f.kind === "first-wasm");
  const chunks = files.filter((f) => f.kind === "chunk");
  row("wasm for the first page, after wasm-opt: raw", `${(first.raw / KB).toFixed(1)} KB`, "≤ 450 KB", first.raw <= 450 * KB, "files");
  row(
    "wasm for the first page, after wasm-opt: gzip -9",
    `${(first.gzip / KB).toFixed(1)} KB (brotli ${(first.brotli / KB).toFixed(1)} KB)`,
    "≤ 150 KB",
    first.gzip <= 150 * KB,
    "files",
  );
  const biggest = chunks.reduce((a, c) => (c.gzip > (a?.gzip ?? -1) ? c : a), null);
  if (biggest) {
    row(
      // The name stays the same from run to run, so a partial run replaces this row.
      "each lazily loaded wasm chunk: gzip -9, the largest",
      `${(biggest.gzip / KB).toFixed(1)} KB (${biggest.name}, of ${chunks.length} chunks)`,
      "≤ 40 KB",
      chunks.every((c) => c.gzip <= 40 * KB),
      "files",
    );
  }
  results.files = files;
}

// ---------------------------------------------------------------------------------------------
// The server, pinned to its core.
let server;
async function startServer() {
  const env = {
    ...process.env,
    LEPTOS_SITE_ROOT: join(work, "site"),
    LEPTOS_OUTPUT_NAME: "doorway",
    LEPTOS_SITE_PKG_DIR: "pkg",
    LEPTOS_SITE_ADDR: `127.0.0.1:${PORT}`,
    LEPTOS_ENV: "PROD",
    LOCAL_AWS_DIR: join(work, "state"),
    LOCAL_COGNITO_PORT: String(PORT + 29),
    LOCAL_ACCESS_TOKEN_MINUTES: "120",
    // Cheap password hashing in the emulator: sign-in latency is then mostly our own work.
    COGNITOX_BCRYPT_COST: process.env.COGNITOX_BCRYPT_COST ?? "4",
    // One client IP sends everything here: the per-IP, per-email and per-user limits would
    // measure themselves. Off, as in the tests; they are a few hash-map look-ups per call.
    RATE_LIMITS: "off",
    RUST_LOG: "warn",
  };
  server = spawn("taskset", ["-c", SERVER_CORE, join(work, "server")], { cwd: work, env, stdio: ["ignore", "inherit", "inherit"] });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error("the server did not start");
}
function stopServer() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
}
process.on("exit", () => {
  stopServer();
  rmSync(work, { recursive: true, force: true });
});

const account = (tag) => signedInAccount(BASE, tag);

// The bench binaries (app/benches), built before anything is measured.
const binaries = ["throughput", "signin", "verifier"].some(wants)
  ? benchBinaries(["static_page", "sign_in_overhead", "token_verifier"])
  : {};
if (needsServer) await startServer();

// The bench binaries (app/benches), built with the bench profile (= release, as the server).
function benchBinaries(names) {
  // With `-p server` too, so the dependencies get the server's features and the release build's
  // artifacts are reused (`-p app` alone would rebuild the AWS SDKs with other features).
  const out = run("cargo", ["bench", "-p", "app", "-p", "server", "--features", "app/ssr", "--no-run", "--message-format=json", ...names.flatMap((n) => ["--bench", n])], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const found = {};
  for (const line of out.split("\n")) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line);
    if (message.reason === "compiler-artifact" && message.executable && names.includes(message.target.name)) {
      found[message.target.name] = message.executable;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Page weight: what a first visit transfers, as the browser sees it.
if (wants("weight")) {
  const out = run("node", ["bench/page-weight.mjs", "/login", "/signup", "/profile"], { env: { ...process.env, BASE_URL: BASE } });
  results.weight = out.trim();
  for (const line of out.trim().split("\n")) {
    const m = line.match(/^(\S+)\s+files\s+(\d+) \| wasm\s+([\d.]+) KB raw\s+([\d.]+) KB gzip \| all\s+([\d.]+) KB raw\s+([\d.]+) KB gzip/);
    if (m && m[1] === "/login") {
      row("everything a first visit to `/login` transfers: gzip -9", `${m[6]} KB (${m[2]} files)`, "≤ 200 KB", Number(m[6]) <= 200, "Playwright");
    }
  }
  results.commands.push("node bench/page-weight.mjs /login /signup /profile");
}

// ---------------------------------------------------------------------------------------------
// Throughput: wrk on core 1 against the server on core 0.
function wrk(target, script) {
  const wrkArgs = ["-c", CLIENT_CORE, "wrk", "-t1", "-c16", "-d8s", "--latency"];
  if (script) wrkArgs.push("-s", script);
  const out = run("taskset", [...wrkArgs, target]);
  if (/Non-2xx or 3xx responses/.test(out)) throw new Error(`wrk ${target}: error answers\n${out}`);
  return Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
}
if (wants("throughput")) {
  const { static_page } = binaries;
  const page = await (await fetch(`${BASE}/login`)).text();
  const pageFile = join(work, "login.html");
  writeFileSync(pageFile, page);
  const staticPort = PORT + 1;
  const staticServer = spawn("taskset", ["-c", SERVER_CORE, static_page, pageFile, `127.0.0.1:${staticPort}`], { stdio: "ignore" });
  await sleep(500);
  const who = await account("throughput");
  const lua = join(work, "profile.lua");
  writeFileSync(
    lua,
    `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = '${JSON.stringify({ access_token: who.accessToken })}'\n`,
  );
  const rounds = { login: [], static: [], profile: [] };
  try {
    for (let i = 0; i < 3; i++) {
      rounds.login.push(wrk(`${BASE}/login`));
      rounds.static.push(wrk(`http://127.0.0.1:${staticPort}/login`));
      rounds.profile.push(wrk(`${BASE}/api/get_profile`, lua));
    }
  } finally {
    staticServer.kill("SIGTERM");
  }
  const [login, flat, profile] = [median(rounds.login), median(rounds.static), median(rounds.profile)];
  results.throughput = { rounds, bytes: Buffer.byteLength(page) };
  row(
    "server-rendered `GET /login` throughput, against a static page of the same size",
    `${(login / flat).toFixed(2)} x (${login.toFixed(0)} against ${flat.toFixed(0)} req/s, ${Buffer.byteLength(page)} B)`,
    "≥ 0.25 x",
    login / flat >= 0.25,
    "wrk",
  );
  row(
    "authenticated profile read (`get_profile`), against `GET /login`",
    `${(profile / login).toFixed(2)} x (${profile.toFixed(0)} against ${login.toFixed(0)} req/s)`,
    "≥ 0.6 x",
    profile / login >= 0.6,
    "wrk",
  );
  results.commands.push(
    `taskset -c ${SERVER_CORE} server; taskset -c ${SERVER_CORE} static_page login.html ADDR; taskset -c ${CLIENT_CORE} wrk -t1 -c16 -d8s --latency URL (-s profile.lua), 3 rounds alternating, medians`,
  );
}

// ---------------------------------------------------------------------------------------------
// Sign-in: the server function against the SDK straight to the embedded Cognito.
if (wants("signin")) {
  const { sign_in_overhead } = binaries;
  const who = await account("signin");
  // The browser's client has a secret, which the direct call signs with as the server does.
  const secret = readFileSync(join(work, "state/instances.env"), "utf8").match(/^COGNITO_CLIENT_SECRET=(.*)$/m)[1];
  const out = run("taskset", ["-c", CLIENT_CORE, sign_in_overhead, BASE, `http://127.0.0.1:${PORT + 29}`, who.email, who.password, "500"], {
    env: { ...process.env, COGNITO_CLIENT_SECRET: secret },
  });
  const r = JSON.parse(out.trim().split("\n").pop());
  results.signin = r;
  row(
    "sign-in server function, overhead over the SDK calling the embedded Cognito: p50",
    `${r.overhead_p50_ms.toFixed(2)} ms (${r.function_p50_ms.toFixed(2)} against ${r.sdk_p50_ms.toFixed(2)} ms)`,
    "≤ 1 ms",
    r.overhead_p50_ms <= 1,
    "app/benches/sign_in_overhead.rs",
  );
  row(
    "sign-in server function, overhead: p99",
    `${r.overhead_p99_ms.toFixed(2)} ms (${r.function_p99_ms.toFixed(2)} against ${r.sdk_p99_ms.toFixed(2)} ms)`,
    "≤ 5 ms",
    r.overhead_p99_ms <= 5,
    "app/benches/sign_in_overhead.rs",
  );
}

// ---------------------------------------------------------------------------------------------
// Hydration on loopback, unthrottled: navigation start to `body[data-hydrated]`.
if (wants("hydration")) {
  const require = createRequire(join(root, "end2end/package.json"));
  const { chromium } = require("@playwright/test");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
  results.hydration = {};
  for (const path of ["/login", "/signup"]) {
    const times = [];
    for (let i = 0; i < 9; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body?.dataset.hydrated) {
            window.__hydratedAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
      });
      await page.goto(BASE + path);
      await page.waitForFunction(() => window.__hydratedAt, null, { timeout: 10_000 });
      times.push(await page.evaluate(() => window.__hydratedAt));
      await context.close();
    }
    results.hydration[path] = times;
    row(
      `hydration of \`${path}\` on loopback, to interactive (median of ${times.length}, max)`,
      `${median(times).toFixed(0)} ms (max ${Math.max(...times).toFixed(0)} ms)`,
      "≤ 300 ms",
      Math.max(...times) <= 300,
      "Playwright",
    );
  }
  await browser.close();
}

// ---------------------------------------------------------------------------------------------
// Lighthouse 12, mobile, simulated throttling: median run of three per page, by score.
if (wants("lighthouse")) {
  const require = createRequire(join(root, "bench/package.json"));
  const { default: lighthouse } = await import(require.resolve("lighthouse"));
  const chromeLauncher = await import(require.resolve("chrome-launcher"));
  const puppeteer = (await import(require.resolve("puppeteer-core"))).default;
  const who = await account("lighthouse");
  results.lighthouse = {};
  for (const path of ["/login", "/signup", "/profile"]) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ["--headless=new", ...CHROME_ARGS],
      });
      try {
        let page;
        const flags = {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
        };
        if (path === "/profile") {
          // Signed in ("keep me signed in"): the session in localStorage, kept through the run.
          const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
          page = await browser.newPage();
          await page.goto(`${BASE}/favicon.svg`);
          await page.evaluate((s) => localStorage.setItem("doorway.session", s), who.session);
          flags.disableStorageReset = true;
        }
        const result = await lighthouse(BASE + path, flags, undefined, page);
        const lhr = result.lhr;
        const audit = (id) => lhr.audits[id]?.numericValue;
        runs.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
          fcp: audit("first-contentful-paint"),
          lcp: audit("largest-contentful-paint"),
          cls: audit("cumulative-layout-shift"),
          tbt: audit("total-blocking-time"),
          lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet,
          version: lhr.lighthouseVersion,
          finalUrl: lhr.finalDisplayedUrl,
        });
      } finally {
        await chrome.kill();
      }
    }
    runs.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
    const m = runs[1];
    results.lighthouse[path] = runs;
    row(
      `Lighthouse ${m.version} mobile \`${path}\`: performance (median of 3; accessibility, best practices)`,
      `${m.performance} (${m.accessibility}, ${m.bestPractices}); all runs ${runs.map((r) => r.performance).join(", ")}`,
      "≥ 95",
      m.performance >= 95,
      "Lighthouse",
    );
    row(`Lighthouse \`${path}\`: LCP (FCP)`, `${(m.lcp / 1000).toFixed(2)} s (${(m.fcp / 1000).toFixed(2)} s)`, "≤ 1.8 s", m.lcp <= 1800, "Lighthouse");
    row(`Lighthouse \`${path}\`: CLS`, m.cls.toFixed(3), "≤ 0.05", m.cls <= 0.05, "Lighthouse");
    row(`Lighthouse \`${path}\`: TBT`, `${m.tbt.toFixed(0)} ms`, "≤ 150 ms", m.tbt <= 150, "Lighthouse");
  }
}

stopServer();

// ---------------------------------------------------------------------------------------------
// Token verification: Criterion, pinned to the client core.
if (wants("verifier")) {
  // What `cargo bench -p app --features ssr --bench token_verifier` runs, pinned.
  const out = run("taskset", ["-c", CLIENT_CORE, binaries.token_verifier, "--bench"], { stdio: ["ignore", "pipe", "inherit"] });
  const criterion = out.match(/time:\s+\[([^\]]+)\]/)?.[1];
  const m = out.match(/per-token: n=(\d+) p50_us=([\d.]+) p90_us=([\d.]+) p99_us=([\d.]+) max_us=([\d.]+)/);
  results.verifier = { criterion, perToken: m?.slice(1) };
  row(
    "access-token verification with cached keys, per token: p99",
    `${m[4]} µs (p50 ${m[2]} µs; Criterion [${criterion}])`,
    "≤ 50 µs",
    Number(m[4]) <= 50,
    "Criterion",
  );
}

// ---------------------------------------------------------------------------------------------
// The report.
const git = (a) => {
  try {
    return run("git", a).trim();
  } catch {
    return "?";
  }
};
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, host ${hostname()}`;
const today = new Date().toISOString().slice(0, 10);
// With --only, the rows of the parts not run now are kept from the table already in RESULTS.md.
const resultsPath = join(root, "bench/RESULTS.md");
const fresh = results.rows.map((r) => `| ${r.what} | ${r.figure} | ${r.budget} | ${r.met === true ? "yes" : r.met === false ? "**no**" : ""} | ${r.how} | ${new Date().toISOString().slice(0, 10)} |`);
const kept = [];
if (only && existsSync(resultsPath)) {
  const old = readFileSync(resultsPath, "utf8");
  const [a, b] = [old.indexOf(BEGIN), old.indexOf(END)];
  const measuredNow = new Set(results.rows.map((r) => r.what));
  for (const line of a >= 0 && b > a ? old.slice(a, b).split("\n") : []) {
    const cells = line.split(" | ");
    if (line.startsWith("| ") && cells.length >= 6 && !line.startsWith("| what ") && !measuredNow.has(cells[0].slice(2))) kept.push(line);
  }
}
const table = ["| what | measured | budget | met | tool | date |", "|---|---|---|:-:|---|---|", ...kept, ...fresh].join("\n");
const report = { date: today, machine, commit: git(["rev-parse", "--short", "HEAD"]), dirty: git(["status", "--porcelain"]) !== "", precompressed, ...results };
writeFileSync(join(root, "target/bench-last-run.json"), JSON.stringify(report, null, 2));
const section = [
  BEGIN,
  `Measured by \`node bench/run.mjs\`${only ? ` (last: \`--only=${only.join(",")}\`, ${today})` : ` on ${today}`}, commit ${report.commit}${report.dirty ? " with local changes" : ""}, ` +
    `release build (\`cargo leptos build --release --split${precompressed ? " --precompress" : ""}\`), local mode, server pinned to core ${SERVER_CORE}, ` +
    `load generator and clients to core ${CLIENT_CORE}.`,
  "",
  `Machine: ${machine}.`,
  "",
  table,
  END,
].join("\n");
console.log(`\n${section}\n`);
if (write) {
  const path = resultsPath;
  const text = readFileSync(path, "utf8");
  const [a, b] = [text.indexOf(BEGIN), text.indexOf(END)];
  if (a < 0 || b < 0) throw new Error(`bench/RESULTS.md has no ${BEGIN} ... ${END} section to rewrite`);
  writeFileSync(path, text.slice(0, a) + section + text.slice(b + END.length));
  log("bench/RESULTS.md rewritten (the budget table); raw figures in target/bench-last-run.json");
}
