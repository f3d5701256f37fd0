// Record page benchmark (issue 5): on the production build at zero injected latency, in Debian's Chromium on
// localhost — largest contentful paint of the record page (Summary and Medications, ordinary and very long
// record), first-load JavaScript of the record page (gzipped), and the number of user actions from the
// sign-in page to seeing current medication.
// Starts its own system (scripts/start.ts on its own ports and fresh database) and always stops it.
// Bounded: a fixed number of page loads and an overall deadline. Run alone: `npm run bench -- record-page`.
// Side by side: RECORD_BENCH_BASELINE=<another checkout, npm ci done> also starts that build (next two ports) and
// measures both in the same run, each page load alternating between them, and reports the ratio.

import { execFileSync } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, devices, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { drug } from "../mock-mig/clinical/drug-catalogue";
import { CHROMIUM_LAUNCH_OPTIONS } from "../e2e/support/chromium";
import { demoPatient, recordConsent, searchByNhsNumber } from "../e2e/support/record";
import { signInAs } from "../e2e/support/sign-in";
import { percentile } from "./load";
import { startSystem, type RunningSystem } from "./system";
import type { BenchModule, BenchResult, BenchRow } from "./types";

const PORT = Number(process.env.RECORD_BENCH_PORT ?? 3400);
const MIG_PORT = Number(process.env.RECORD_BENCH_MIG_PORT ?? 4410);
const RUNS = Number(process.env.RECORD_BENCH_RUNS ?? 20);
const WARM_UP = 2;
/** Includes a production build when .next is missing or stale (a few minutes on two busy cores). */
const DEADLINE_MS = 20 * 60_000;
const LCP_BUDGET_MS = 1000;
const JS_BUDGET_BYTES = 170_000; // 170 kB, kB = 1000 bytes
const ACTION_BUDGET = 4;
const CONTENT_TIMEOUT_MS = 30_000;
const BASELINE = process.env.RECORD_BENCH_BASELINE ? path.resolve(process.env.RECORD_BENCH_BASELINE) : null;

type Section = "summary" | "medications";
const SECTIONS: Section[] = ["summary", "medications"];
const PATIENTS = [
  { label: "ordinary patient", ...demoPatient(/^ordinary patient$/) },
  { label: "very long record", ...demoPatient(/^very long record$/) },
];
/** A current repeat of the ordinary demo patient (mock-mig/clinical/demo-records.ts). */
const CURRENT_MEDICATION = drug("amlodipine-5mg-tab").name;
const DESKTOP = (({ defaultBrowserType: _, ...rest }) => rest)(devices["Desktop Chrome"]);

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** The section's main content: what a clinician came to read. */
function mainContent(page: Page, section: Section): Locator {
  return section === "summary"
    ? page.getByRole("region", { name: "Current repeat medication" }).getByRole("listitem").first()
    : page.getByRole("table", { name: /Current repeat medication/ });
}

interface PaintTiming {
  lcp: number | null;
  element: string;
  fcp: number | null;
  ttfb: number;
}

/** Read in the page once the main content is visible and painted (two animation frames later). */
async function readPaintTiming(page: Page): Promise<PaintTiming> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const entries: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: "largest-contentful-paint", buffered: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    entries.push(...observer.takeRecords());
    observer.disconnect();
    const last = entries.at(-1) as LargestContentfulPaint | undefined;
    const el = last?.element;
    const element = el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`
      : "(none)";
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return {
      lcp: last ? last.startTime : null,
      element,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      ttfb: nav?.responseStart ?? 0,
    };
  });
}

/** A page in a new context: its own, empty browser cache; signed in and with consent recorded through the storage state. */
async function coldPage(browser: Browser, baseURL: string, storageState: StorageState): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...DESKTOP, baseURL, storageState });
  return { context, page: await context.newPage() };
}

interface Journey {
  actions: string[];
  path: string[];
  medicationVisible: boolean;
  storageState: StorageState;
}

/** Sign-in page → current medication, counting user actions; leaves consent recorded for every bench patient. */
async function journey(browser: Browser, baseURL: string): Promise<Journey> {
  const context = await browser.newContext({ ...DESKTOP, baseURL });
  try {
    const page = await context.newPage();
    const actions: string[] = [];
    const path: string[] = [];
    const act = async (label: string, step: () => Promise<unknown>) => {
      actions.push(label);
      await step();
      await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
      path.push(new URL(page.url()).pathname);
    };
    const ordinary = PATIENTS[0]!;
    await act("submit the sign-in form (username and password typed)", () => signInAs(page, "ae.doctor"));
    // Clinical roles land on Find a patient after sign-in (issue 18); an older build needed a click to get there.
    if (!(await page.getByLabel("NHS number").isVisible()))
      await act('click "Find a patient"', () =>
        page
          .getByRole("link", { name: "Find a patient" })
          .click()
          .then(() => page.getByLabel("NHS number").waitFor()),
      );
    await act("submit the NHS number search (number typed)", async () => {
      await searchByNhsNumber(page, ordinary.nhsNumber);
      await page.waitForURL(new RegExp(`/patients/${ordinary.nhsNumber}`));
    });
    await act('submit the "why are you looking" form (permission given)', () => recordConsent(page));
    const medication = page.getByRole("region", { name: "Current repeat medication" }).getByText(CURRENT_MEDICATION).first();
    const medicationVisible = await medication.waitFor({ state: "visible", timeout: CONTENT_TIMEOUT_MS }).then(
      () => true,
      () => false,
    );
    // Not part of the journey: consent for the other bench patients, so that every measured load opens the record.
    for (const patient of PATIENTS.slice(1)) {
      await page.goto(`/patients/${patient.nhsNumber}`);
      await recordConsent(page);
    }
    return { actions, path, medicationVisible, storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

interface ScriptBytes {
  files: number;
  raw: number;
  gzip: number;
  later: { files: number; gzip: number };
  html: { raw: number; gzip: number };
  /** Requests to the app from navigation until the network was idle, and how many were RSC (link prefetch, navigation). */
  requests: { total: number; rsc: number };
  largest: { url: string; gzip: number }[];
}

/** Every script the page loads on a cold load until its main content shows, each gzipped at zlib's default level. */
async function firstLoadScripts(
  browser: Browser,
  baseURL: string,
  storageState: StorageState,
  url: string,
  section: Section,
): Promise<ScriptBytes> {
  const { context, page } = await coldPage(browser, baseURL, storageState);
  try {
    const bodies = new Map<string, Promise<Buffer>>();
    let html: Promise<Buffer> | null = null;
    const requests = { total: 0, rsc: 0 };
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL)) return;
      requests.total++;
      if (new URL(request.url()).searchParams.has("_rsc")) requests.rsc++;
    });
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type === "script" && !bodies.has(response.url())) bodies.set(response.url(), response.body());
      if (type === "document" && response.ok() && !html) html = response.body();
    });
    await page.goto(url, { waitUntil: "load" });
    await mainContent(page, section).waitFor({ state: "visible", timeout: CONTENT_TIMEOUT_MS });
    const firstLoad = [...bodies.keys()];
    // Anything after that (link prefetching) is reported separately, not as first load.
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const sized = await Promise.all(
      [...bodies].map(async ([u, body]) => ({
        url: u,
        first: firstLoad.includes(u),
        raw: (await body).length,
        gzip: gzipSync(await body).length,
      })),
    );
    const first = sized.filter((s) => s.first);
    const later = sized.filter((s) => !s.first);
    const doc = html ? await html : Buffer.alloc(0);
    return {
      files: first.length,
      raw: first.reduce((n, s) => n + s.raw, 0),
      gzip: first.reduce((n, s) => n + s.gzip, 0),
      later: { files: later.length, gzip: later.reduce((n, s) => n + s.gzip, 0) },
      html: { raw: doc.length, gzip: gzipSync(doc).length },
      requests,
      largest: first
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 4)
        .map((s) => ({ url: new URL(s.url).pathname, gzip: s.gzip })),
    };
  } finally {
    await context.close();
  }
}

interface Sample {
  lcp: number[];
  fcp: number[];
  ttfb: number[];
  elements: Map<string, number>;
}

async function measureLoad(
  browser: Browser,
  baseURL: string,
  storageState: StorageState,
  url: string,
  section: Section,
  into: Sample | null,
): Promise<void> {
  const { context, page } = await coldPage(browser, baseURL, storageState);
  try {
    await page.goto(url);
    await mainContent(page, section).waitFor({ state: "visible", timeout: CONTENT_TIMEOUT_MS });
    const timing = await readPaintTiming(page);
    if (!into) return;
    if (timing.lcp === null) throw new Error(`no largest-contentful-paint entry for ${url}`);
    into.lcp.push(timing.lcp);
    if (timing.fcp !== null) into.fcp.push(timing.fcp);
    into.ttfb.push(timing.ttfb);
    into.elements.set(timing.element, (into.elements.get(timing.element) ?? 0) + 1);
  } finally {
    await context.close();
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const p = (xs: number[], q: number) => percentile(sorted(xs), q);
const mostCommon = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "(none)";

/** A build under measurement: its running system, its signed-in journey and its samples. */
interface Measured {
  label: string;
  system: RunningSystem;
  walk: Journey;
  samples: Map<string, Sample>;
}

const emptySamples = (urls: string[]) => new Map(urls.map((u) => [u, { lcp: [], fcp: [], ttfb: [], elements: new Map() } as Sample]));

function commitOf(root: string): string {
  try {
    return execFileSync("git", ["-C", root, "log", "-1", "--format=%h"], { encoding: "utf8" }).trim();
  } catch {
    return path.basename(root);
  }
}

async function run(): Promise<BenchResult> {
  const deadline = setTimeout(() => {
    console.error("record-page benchmark deadline reached");
    process.exit(2); // the system's process group is killed on exit (bench/system.ts)
  }, DEADLINE_MS);
  const system = await startSystem({
    port: PORT,
    migPort: MIG_PORT,
    pgliteDir: ".data/bench-pglite",
    logFile: ".data/bench-record-page.log",
    startTimeoutMs: DEADLINE_MS - 5 * 60_000,
  });
  let baselineSystem: RunningSystem | null = null;
  let browser: Browser | null = null;
  try {
    if (BASELINE) {
      console.log(`  baseline: ${BASELINE} (${commitOf(BASELINE)}) on :${PORT + 1}`);
      baselineSystem = await startSystem({
        root: BASELINE,
        port: PORT + 1,
        migPort: MIG_PORT + 1,
        pgliteDir: ".data/bench-pglite",
        logFile: ".data/bench-record-page.log",
        startTimeoutMs: DEADLINE_MS - 8 * 60_000,
      });
    }
    const { baseURL } = system;
    browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    console.log("  journey: sign-in page → current medication");
    const walk = await journey(browser, baseURL);

    const combos = PATIENTS.flatMap((patient) =>
      SECTIONS.map((section) => ({ patient, section, url: `/patients/${patient.nhsNumber}/${section}` })),
    );
    const urls = combos.map((c) => c.url);
    const current: Measured = {
      label: `this build (${commitOf(path.resolve(__dirname, ".."))})`,
      system,
      walk,
      samples: emptySamples(urls),
    };
    const baseline: Measured | null = baselineSystem
      ? {
          label: `baseline (${commitOf(BASELINE!)})`,
          system: baselineSystem,
          walk: await journey(browser, baselineSystem.baseURL),
          samples: emptySamples(urls),
        }
      : null;
    const samples = current.samples;
    console.log(
      `  LCP: ${WARM_UP} warm-up + ${RUNS} cold loads of each of ${combos.length} pages, interleaved${baseline ? ", alternating with the baseline" : ""}`,
    );
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      for (const c of combos) {
        // Which build goes first alternates, so neither always follows the other's load on the busy cores.
        const order = baseline ? (i % 2 === 0 ? [current, baseline] : [baseline, current]) : [current];
        for (const m of order)
          await measureLoad(browser, m.system.baseURL, m.walk.storageState, c.url, c.section, i < WARM_UP ? null : m.samples.get(c.url)!);
      }
    }
    console.log("  first-load JavaScript");
    const scripts = new Map<string, ScriptBytes>();
    for (const c of combos) scripts.set(c.url, await firstLoadScripts(browser, baseURL, walk.storageState, c.url, c.section));

    const rows: BenchRow[] = [];
    for (const c of combos) {
      const s = samples.get(c.url)!;
      const p95 = p(s.lcp, 95);
      // With a baseline, two systems share the cores: the budget is judged on a plain run, where only one runs.
      const judged = BASELINE ? {} : { target: `< ${LCP_BUDGET_MS} ms`, pass: p95 < LCP_BUDGET_MS };
      rows.push({ metric: `LCP, ${c.patient.label}, ${c.section}: p95`, value: ms(p95), ...judged });
      rows.push({
        metric: `LCP, ${c.patient.label}, ${c.section}: p50 / max (FCP p50, TTFB p50)`,
        value: `${ms(p(s.lcp, 50))} / ${ms(p(s.lcp, 100))} (${ms(p(s.fcp, 50))}, ${ms(p(s.ttfb, 50))})`,
      });
    }
    for (const section of SECTIONS) {
      const [a, b] = PATIENTS.map((patient) => samples.get(`/patients/${patient.nhsNumber}/${section}`)!);
      rows.push({
        metric: `LCP p50 ratio, very long record ÷ ordinary patient, ${section}`,
        value: `${(p(b!.lcp, 50) / p(a!.lcp, 50)).toFixed(2)}×`,
      });
    }
    for (const c of combos.filter((x) => x.patient === PATIENTS[0])) {
      const s = scripts.get(c.url)!;
      rows.push({
        metric: `first-load JS, ${c.section}: gzipped (raw), files`,
        value: `${kb(s.gzip)} (${kb(s.raw)}), ${s.files}`,
        target: `< ${kb(JS_BUDGET_BYTES)}`,
        pass: s.gzip < JS_BUDGET_BYTES,
      });
    }
    const longest = Math.max(...combos.map((c) => scripts.get(c.url)!.gzip));
    rows.push({
      metric: "first-load JS, largest of all four pages: gzipped",
      value: kb(longest),
      target: `< ${kb(JS_BUDGET_BYTES)}`,
      pass: longest < JS_BUDGET_BYTES,
    });
    const summaryScripts = scripts.get(combos[0]!.url)!;
    rows.push({
      metric: "after first load (link prefetch), summary: scripts, gzipped",
      value: `${summaryScripts.later.files}, ${kb(summaryScripts.later.gzip)}`,
    });
    rows.push({
      metric: "requests to the app on a cold load of the summary, until network idle: all, RSC (_rsc)",
      value: `${summaryScripts.requests.total}, ${summaryScripts.requests.rsc}`,
    });
    rows.push({
      metric: "HTML document incl. inline RSC payload, summary: gzipped (raw)",
      value: `${kb(summaryScripts.html.gzip)} (${kb(summaryScripts.html.raw)})`,
    });
    if (baseline) {
      for (const c of combos) {
        const [b, a] = [baseline.samples.get(c.url)!, samples.get(c.url)!];
        rows.push({
          metric: `side by side, LCP p50 (p95), ${c.patient.label}, ${c.section}: ${baseline.label} → ${current.label}`,
          value: `${ms(p(b.lcp, 50))} (${ms(p(b.lcp, 95))}) → ${ms(p(a.lcp, 50))} (${ms(p(a.lcp, 95))}); p50 ratio ${(p(b.lcp, 50) / p(a.lcp, 50)).toFixed(2)}×`,
        });
      }
      const baseScripts = await firstLoadScripts(
        browser,
        baseline.system.baseURL,
        baseline.walk.storageState,
        combos[0]!.url,
        combos[0]!.section,
      );
      rows.push({
        metric: `side by side, first-load JS, summary, gzipped: ${baseline.label} → ${current.label}`,
        value: `${kb(baseScripts.gzip)} → ${kb(scripts.get(combos[0]!.url)!.gzip)}`,
      });
      rows.push({
        metric: `side by side, HTML document, summary, raw: ${baseline.label} → ${current.label}`,
        value: `${kb(baseScripts.html.raw)} → ${kb(scripts.get(combos[0]!.url)!.html.raw)}`,
      });
    }
    const actionsOk = walk.actions.length <= ACTION_BUDGET && walk.medicationVisible;
    rows.push({
      metric: `user actions, sign-in page → current medication (“${CURRENT_MEDICATION}”) visible`,
      value: `${walk.actions.length}; visible: ${walk.medicationVisible ? "yes" : "no"}`,
      target: `≤ ${ACTION_BUDGET}, visible`,
      pass: actionsOk,
    });
    const version = browser.version();
    console.log(`  actions: ${walk.actions.length} (${walk.actions.join(" → ")}); medication visible: ${walk.medicationVisible}`);
    return {
      // A side-by-side run keeps its own section, so the pass/fail section of a plain run is not replaced by it.
      title: baseline ? "Record page: side by side with a baseline build" : "Record page (issue 5)",
      command: "bench/record-page.ts",
      rows,
      notes: [
        `System: scripts/start.ts on the production build (next start on :${PORT}, mock MIG on :${MIG_PORT}, fresh PGlite in .data/bench-pglite), zero injected latency (default fault file). The bench runs \`next build\` first (through start.ts, REBUILD=1) when .next/BUILD_ID is missing or older than the app's sources${system.rebuilt ? `; this run did: ${system.rebuilt}` : "; this run's build was current"}.`,
        `Browser: Chromium ${version} (/usr/bin/chromium, headless) through playwright-core, flags ${CHROMIUM_LAUNCH_OPTIONS.args.join(" ")}; Desktop Chrome viewport 1280×720; one browser for all runs.`,
        `LCP: ${RUNS} measured cold loads per page after ${WARM_UP} warm-up rounds, the four pages interleaved round-robin. Each load is a new browser context (empty HTTP cache, the same signed-in storage state with consent already recorded) opening the section URL directly; once the main content is visible (Summary: first current repeat item; Medications: the current repeat table) and two animation frames later, the last largest-contentful-paint entry from a PerformanceObserver (buffered: true) is read. Pass/fail on p95. Most frequent LCP element: ${PATIENTS.flatMap((pt) => SECTIONS.map((s) => `${pt.label} ${s} ${mostCommon(samples.get(`/patients/${pt.nhsNumber}/${s}`)!.elements)}`)).join("; ")}.`,
        `First-load JS: every response Chromium classed as a script, from navigation until the main content was visible, on one cold load per page; each body gzipped with node:zlib at the default level and summed (raw = uncompressed bytes). kB = 1000 bytes. Inline scripts in the HTML (RSC payload) are counted in the HTML row, not as JS. Largest files on the summary: ${summaryScripts.largest.map((l) => `${l.url.replace("/_next/static/chunks/", "")} ${kb(l.gzip)}`).join(", ")}.`,
        `User action: one form submission (typing into its fields and choosing its options, then submitting, is one action) or one click that navigates or commits. Opening the sign-in page is not counted. Journey (ae.doctor, ${PATIENTS[0]!.name} ${PATIENTS[0]!.nhsNumber}): ${walk.actions.map((a, i) => `${i + 1}. ${a} → ${walk.path[i]}`).join("; ")}.`,
        ...(baseline
          ? [
              `Side by side (\`RECORD_BENCH_BASELINE=<checkout> npm run bench -- record-page\`): ${baseline.label} is another checkout started the same way on :${PORT + 1}; every page load alternated between the two builds (which went first alternating by round), in the same browser with the same flags, so both saw the same machine load. Ratio = baseline p50 ÷ this build's p50.`,
            ]
          : []),
        "Two cores shared by the app, the mock MIG, Chromium and the bench driver, with other work running on the machine at the same time: figures are noisy; the load averages above show how busy it was.",
      ],
    };
  } finally {
    clearTimeout(deadline);
    await browser?.close();
    await baselineSystem?.stop();
    await system.stop();
  }
}

export const recordPageBench: BenchModule = { name: "record-page", run };
