import path from "node:path";

import { defineConfig } from "@playwright/test";

// E2E_PORT lets two runs share a machine (each with its own server).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Without DATABASE_URL every run gets a PGlite folder of its own, never the developer's
// .data/pglite. Set once in the runner; the workers inherit it.
process.env.E2E_PGLITE_DIR ??= path.join(".data", `e2e-${Date.now()}`);
const database: Record<string, string> = process.env.DATABASE_URL
  ? { DATABASE_URL: process.env.DATABASE_URL }
  : { PGLITE_DIR: process.env.E2E_PGLITE_DIR };

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/e2e-report.json" }],
  ],
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // The database is migrated and filled with the demo data (directory, three quarters of
    // answers, one account per role) before the server opens it, never both at once. The seed
    // refuses a database that already holds answers: give each run an empty one (CI does).
    command: `npx tsx scripts/seed-demo.ts && node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${baseURL}/survei/samsat-mataram`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      ...database,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    },
  },
});
