import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";

// One worker per core: each drives its own Chromium, and the server shares the same cores. More
// buy nothing on 2 cores (4 workers ran a 17-test subset in 71 s against 67 s with 2, the CPU 95 %
// busy either way). PLAYWRIGHT_WORKERS overrides it.
const workers = Number(process.env.PLAYWRIGHT_WORKERS) || availableParallelism();

// The server is started before this suite (by scripts/test, or by `cargo leptos end-to-end`); the
// browser is Debian's Chromium.
export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    // Kept for a failing test only, without the screencast: its screenshots cost about a third of
    // the suite's CPU on two cores (the DOM snapshots stay, which the trace viewer shows).
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] } },
  ],
});
