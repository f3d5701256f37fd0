// How we launch Chromium: Debian's /usr/bin/chromium with flags that keep it quiet and offline apart from the app.
// Shared by playwright.config.ts (end-to-end tests) and bench/record-page.ts (page-load benchmark).
import type { LaunchOptions } from "@playwright/test";

export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
} satisfies LaunchOptions;
