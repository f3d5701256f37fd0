// End-to-end journeys in Debian's Chromium against the production build, started by scripts/start.ts
// on a fresh embedded database, with the mock MIG's test admin endpoint switched on.
import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "./e2e/support/chromium";
import { E2E_LOG_FILE } from "./e2e/support/e2e-files";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const MIG_PORT = Number(process.env.E2E_MIG_PORT ?? 4110);
/** The simulated host system (the ED board, scripts/ed-board.ts), started by scripts/start.ts beside the app. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 5110);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One worker: the embedded PGlite database belongs to exactly one server process.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON results feed `npm run safety:report` (outside test-results, which Playwright empties).
  reporter: [
    ...(process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]]),
    ["json", { outputFile: ".data/test-results/playwright.json" }],
  ] as ReporterDescription[],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    {
      name: "chromium",
      // e2e/pending: journeys written ahead of the code that will pass them (named in their own header); run with E2E_PENDING=1.
      testIgnore: process.env.E2E_PENDING ? "after-suite/**" : ["after-suite/**", "pending/**"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    // Runs once every journey has finished: each record view has exactly one audit event; no patient data in logs.
    { name: "after-suite", testMatch: "after-suite/**/*.spec.ts", dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The servers' output goes to LOG_FILE; only errors are shown in the test report.
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      MIG_PORT: String(MIG_PORT),
      ED_BOARD_PORT: String(HOST_PORT),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      FRESH_DB: "1",
      // Many journeys sign in from one address within a minute; the limiter itself is tested in test/audit.
      RATE_LIMIT_SIGN_IN: "500",
      RATE_LIMIT_SIGN_IN_ACCOUNT: "500",
      RATE_LIMIT_ACCESS_DECISION: "500",
      SEED_E2E_USERS: "1",
      MIG_ADMIN: "1",
      // Outside test-results, which Playwright empties at the start of a run while the server may be writing.
      LOG_FILE: E2E_LOG_FILE,
    },
  },
});
