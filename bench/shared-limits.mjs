// What the shared rate limits add to a call (issue: many instances, one set of limits): two
// release servers in local mode side by side, one counting its per-email and per-user quotas in
// the limits table (quotas raised so nothing is refused), the other with RATE_LIMITS=off; one
// client alternating the same call between them, one at a time. A sign-in takes two shared checks
// (the client network's share and the email's ceiling); an authenticated call one (per user).
//
//   node bench/shared-limits.mjs [PAIRS]      # after cargo leptos build --release
//
// Prints a Markdown table for bench/RESULTS.md. Servers on core 0, the client on core 1.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { call, signedInAccount } from "./account.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pairs = Number(process.argv[2] ?? 1000);
const binary = resolve(process.env.SERVER_BIN ?? join(root, "target/release/server"));
if (!existsSync(binary)) throw new Error(`${binary} is missing: run cargo leptos build --release`);
const work = mkdtempSync(join(tmpdir(), "doorway-limits-bench-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const raised = Object.fromEntries(
  [
    "RATE_LIMIT_IP_PER_MINUTE",
    "RATE_LIMIT_EMAIL_PER_MINUTE",
    "RATE_LIMIT_SIGN_INS_PER_MINUTE",
    "RATE_LIMIT_NETWORK_SIGN_INS_PER_HOUR",
    "RATE_LIMIT_USER_PER_MINUTE",
  ].map((name) => [name, "100000"]),
);

const servers = [];
async function start(name, port, extra) {
  const env = {
    ...process.env,
    LEPTOS_SITE_ROOT: join(root, "target/site"),
    LEPTOS_OUTPUT_NAME: "doorway",
    LEPTOS_SITE_PKG_DIR: "pkg",
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    LEPTOS_ENV: "PROD",
    LOCAL_AWS_DIR: join(work, name),
    LOCAL_COGNITO_PORT: "0",
    COGNITOX_BCRYPT_COST: "4",
    RUST_LOG: "warn",
    ...extra,
  };
  servers.push(spawn("taskset", ["-c", "0", binary], { cwd: work, env, stdio: ["ignore", "inherit", "inherit"] }));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return base;
    } catch {}
    await sleep(100);
  }
  throw new Error(`the ${name} server did not start`);
}
process.on("exit", () => {
  for (const server of servers) server.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

const shared = await start("shared", 3311, raised);
const off = await start("off", 3312, { RATE_LIMITS: "off" });
const accounts = { [shared]: await signedInAccount(shared, "shared"), [off]: await signedInAccount(off, "off") };

async function timed(base, fn, body) {
  const started = performance.now();
  await call(base, fn, body);
  return performance.now() - started;
}
const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};

async function compare(fn, body) {
  const times = { [shared]: [], [off]: [] };
  for (let i = 0; i < pairs + 50; i++) {
    const order = i % 2 ? [shared, off] : [off, shared];
    for (const base of order) {
      const ms = await timed(base, fn, body(accounts[base]));
      if (i >= 50) times[base].push(ms);
    }
  }
  const [s50, s99, o50, o99] = [
    percentile(times[shared], 0.5),
    percentile(times[shared], 0.99),
    percentile(times[off], 0.5),
    percentile(times[off], 0.99),
  ];
  return `| \`${fn}\` | ${s50.toFixed(2)} / ${s99.toFixed(2)} ms | ${o50.toFixed(2)} / ${o99.toFixed(2)} ms | ${(s50 - o50).toFixed(2)} / ${(s99 - o99).toFixed(2)} ms |`;
}

const signIn = await compare("sign_in", (a) => ({ email: a.email, password: a.password }));
const profile = await compare("get_profile", (a) => ({ access_token: a.accessToken }));
console.log(`${pairs} pairs per call, alternating\n`);
console.log("| call | shared limits: p50 / p99 | limits off: p50 / p99 | added: p50 / p99 |");
console.log("|---|---:|---:|---:|");
console.log(signIn);
console.log(profile);
process.exit(0);
