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
    // Chromium 156 builds its omnibox popup (a WebUI page of about 400 chrome:// resources) for every new window, and each
    // Playwright context is a new window: on two cores that work ran alongside every page we load and measure. A
    // clinician's browser builds it once, not per record page.
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
  ],
} satisfies LaunchOptions;
