// Load benchmark (issue 16): the record APIs side by side with the gateway call they wrap, under load, on the
// production build, over loopback only. autocannon drives each target for a fixed time at c = 1, 10 and 50:
//  - the viewer's Summary and Medications APIs (GET /api/patients/{nhs}/sections/{section}), signed in as the
//    OOH GP with an access episode for the ordinary demo patient;
//  - the mock MIG's structured record called directly, with the same parameters the app sends for each page;
//  - a trivial app route (GET /api/auth/csrf), which walks the server but no session, database or gateway.
// On the embedded PGlite and, when a PostgreSQL server is named (LOAD_BENCH_POSTGRES_URL, else TEST_POSTGRES_URL), on
// a fresh database there, where two app instances are also run side by side (one audit chain each) and
// `npm run audit:verify` must find the trail intact afterwards. Fan-out: with 300 ms injected at the practice (the
// mock MIG's admin endpoint), opening the record page and the Summary API against one direct gateway call.
// Quick mode (LOAD_BENCH_QUICK=1, run by e2e/specs/load-bench.spec.ts): PGlite only, c = 1 and 2, one second a
// target: it proves the script and the table, and measures nothing worth reading. Bounded: every run is timed.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { canViewSection } from "../lib/domain/access/policy";
import { sectionsToRequest, structuredRecordParameters } from "../lib/domain/record/section-registry/request-plan";
import scenarios from "../mock-mig/scenarios.json";
import { signDevToken } from "../mock-mig/tools/sign-token";
import { DEMO_PASSWORD } from "../prisma/demo-users";
import { ROOT, startSystem, type RunningSystem } from "./system";
import type { BenchModule, BenchResult, BenchRow } from "./types";

const QUICK = process.env.LOAD_BENCH_QUICK === "1";
const PORT = Number(process.env.LOAD_BENCH_PORT ?? 3420);
const MIG_PORT = Number(process.env.LOAD_BENCH_MIG_PORT ?? 4420);
const CONCURRENCY = QUICK ? [1, 2] : [1, 10, 50];
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? (QUICK ? 1 : 4));
const FAN_OUT_LATENCY_MS = 300;
const POSTGRES_SERVER = QUICK ? undefined : (process.env.LOAD_BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL)?.trim() || undefined;
const USERNAME = "ooh.gp";
const ROLE = "OOH_GP" as const;
const PATIENT = (scenarios as { nhsNumber: string; demonstrates: string[] }[]).find((s) => s.demonstrates.includes("ordinary patient"))!;
type Section = "summary" | "medications";
const TARGETS = { summaryRatio: 3, throughputRatio: 0.4 };

type Target = { url: string; method?: string; headers?: Record<string, string>; body?: string };
type Measure = { p50: number; p90: number; p99: number; mean: number; perSecond: number; total: number; errors: number };

async function measure(target: Target, connections: number, seconds = SECONDS): Promise<Measure> {
  const r: Result = await autocannon({ ...target, connections, duration: seconds, timeout: 30 });
  return {
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    mean: r.latency.mean,
    perSecond: r.requests.total / r.duration,
    total: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const show = (m: Measure) =>
  `p50 ${ms(m.p50)} · p90 ${ms(m.p90)} · p99 ${ms(m.p99)} · ${Math.round(m.perSecond)}/s · ${m.errors} errors (${m.total})`;
const ratio = (v: number) => `${v.toFixed(2)}×`;
/**
 * autocannon reports percentiles in whole milliseconds: a gateway p50 under 1 ms reads as 0, and no ratio to it means
 * anything. The mean is not rounded, so the row also gives the ratio of means.
 */
const p50RatioText = (a: Measure, b: Measure) => (b.p50 >= 1 ? ratio(a.p50 / b.p50) : "n/a (gateway p50 under 1 ms)");

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials callback and records consent for the patient; returns the cookie header. */
export async function signInWithEpisode(baseURL: string): Promise<string> {
  const origin = new URL(baseURL).origin;
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin },
    body: new URLSearchParams({ username: USERNAME, password: DEMO_PASSWORD, csrfToken, json: "true" }).toString(),
  });
  await callback.arrayBuffer();
  const cookie = [...jar, ...cookiesOf(callback)].join("; ");
  if (!cookie.includes("session-token")) throw new Error(`sign-in as ${USERNAME} failed (${callback.status})`);
  const episode = await fetch(`${baseURL}/api/patients/${PATIENT.nhsNumber}/access`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin },
    body: JSON.stringify({ decision: "CONSENT_GIVEN" }),
  });
  if (episode.status !== 201) throw new Error(`recording consent failed (${episode.status})`);
  return cookie;
}

async function gatewayTargets(migURL: string): Promise<Record<Section, Target>> {
  const secret = secrets().MIG_JWT_SECRET ?? process.env.MIG_JWT_SECRET ?? "";
  const token = await signDevToken({ secret, role: ROLE, lifetimeSeconds: 300 });
  const target = (section: Section): Target => ({
    url: `${migURL}/Patient/$gpc.getstructuredrecord`,
    method: "POST",
    headers: { authorization: `Bearer ${token}`, accept: "application/fhir+json", "content-type": "application/fhir+json" },
    body: JSON.stringify(
      structuredRecordParameters(
        PATIENT.nhsNumber,
        sectionsToRequest(section, (s) => canViewSection(ROLE, s)),
        {},
      ),
    ),
  });
  return { summary: target("summary"), medications: target("medications") };
}

function secrets(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(ROOT, ".data", "secrets.json"), "utf8")) as Record<string, string>;
}

type Backend = { label: string; databaseUrl?: string };

interface Targets {
  api: Record<Section, Target>;
  /** Signed afresh on every call: the mock refuses a token older than its maximum lifetime (5 minutes). */
  gateway: () => Promise<Record<Section, Target>>;
  trivial: Target;
  page: Target;
}

async function targetsFor(baseURL: string, migURL: string): Promise<Targets> {
  const cookie = await signInWithEpisode(baseURL);
  const api = (section: string): Target => ({
    url: `${baseURL}/api/patients/${PATIENT.nhsNumber}/sections/${section}`,
    headers: { cookie },
  });
  return {
    api: { summary: api("summary"), medications: api("medications") },
    gateway: () => gatewayTargets(migURL),
    trivial: { url: `${baseURL}/api/auth/csrf` },
    page: { url: `${baseURL}/patients/${PATIENT.nhsNumber}/summary`, headers: { cookie } },
  };
}

/** The side-by-side table for one backend: every target at every concurrency, then the ratios against the targets. */
async function sideBySide(label: string, t: Targets, rows: BenchRow[]): Promise<void> {
  // Warm-up (JIT, connection pools, the mock's caches); not reported.
  const warm = await t.gateway();
  for (const target of [t.api.summary, t.api.medications, warm.summary, warm.medications, t.trivial]) await measure(target, 4, 1);
  for (const c of CONCURRENCY) {
    const gateway = await t.gateway();
    const m = {
      summary: await measure(t.api.summary, c),
      medications: await measure(t.api.medications, c),
      gatewaySummary: await measure(gateway.summary, c),
      gatewayMedications: await measure(gateway.medications, c),
      trivial: await measure(t.trivial, c),
    };
    rows.push(
      { metric: `${label}, c=${c}: Summary API`, value: show(m.summary) },
      { metric: `${label}, c=${c}: Medications API`, value: show(m.medications) },
      { metric: `${label}, c=${c}: gateway direct, Summary's sections`, value: show(m.gatewaySummary) },
      { metric: `${label}, c=${c}: gateway direct, Medications' sections`, value: show(m.gatewayMedications) },
      { metric: `${label}, c=${c}: trivial app route (/api/auth/csrf)`, value: show(m.trivial) },
    );
    const p50Ratio = m.summary.p50 / Math.max(m.gatewaySummary.p50, 0.001);
    const tputRatio = m.summary.perSecond / Math.max(m.trivial.perSecond, 0.001);
    const medsTput = m.medications.perSecond / Math.max(m.trivial.perSecond, 0.001);
    const first = c === CONCURRENCY[0];
    const last = c === CONCURRENCY.at(-1);
    rows.push(
      {
        metric: `${label}, c=${c}: p50 ratio, Summary API ÷ gateway direct (Medications); ratio of means`,
        value: `${p50RatioText(m.summary, m.gatewaySummary)} (${p50RatioText(m.medications, m.gatewayMedications)}); means ${ratio(
          m.summary.mean / Math.max(m.gatewaySummary.mean, 0.001),
        )} (${ratio(m.medications.mean / Math.max(m.gatewayMedications.mean, 0.001))})`,
        ...(first && !QUICK ? { target: `≤ ${TARGETS.summaryRatio}×`, pass: p50Ratio <= TARGETS.summaryRatio } : {}),
      },
      {
        metric: `${label}, c=${c}: throughput ratio, Summary API ÷ trivial route (Medications); errors`,
        value: `${ratio(tputRatio)} (${ratio(medsTput)}); ${m.summary.errors + m.medications.errors}`,
        ...(last && !QUICK
          ? { target: `≥ ${TARGETS.throughputRatio}×, 0 errors`, pass: tputRatio >= TARGETS.throughputRatio && m.summary.errors === 0 }
          : {}),
      },
    );
  }
}

async function fanOut(label: string, migURL: string, t: Targets, rows: BenchRow[]): Promise<void> {
  const put = await fetch(`${migURL}/admin/faults/*`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ latencyMs: FAN_OUT_LATENCY_MS }),
  });
  if (!put.ok) throw new Error(`could not inject latency at the mock MIG (${put.status})`);
  try {
    const seconds = QUICK ? 1 : 3;
    const gateway = await measure((await t.gateway()).summary, 1, seconds);
    const api = await measure(t.api.summary, 1, seconds);
    const page = await measure(t.page, 1, seconds);
    rows.push(
      { metric: `${label}, ${FAN_OUT_LATENCY_MS} ms at the practice, c=1: gateway direct, Summary's sections`, value: show(gateway) },
      { metric: `${label}, ${FAN_OUT_LATENCY_MS} ms at the practice, c=1: Summary API`, value: show(api) },
      { metric: `${label}, ${FAN_OUT_LATENCY_MS} ms at the practice, c=1: record page (HTML, Summary)`, value: show(page) },
      {
        metric: `${label}, ${FAN_OUT_LATENCY_MS} ms at the practice: opening the record page, p50 ÷ one gateway round trip p50`,
        value: ratio(page.p50 / Math.max(gateway.p50, 0.001)),
        ...(QUICK ? {} : { target: "< 2× (one round trip, not one per section)", pass: page.p50 < 2 * gateway.p50 }),
      },
    );
  } finally {
    await fetch(`${migURL}/admin/faults/*`, { method: "DELETE" }).catch(() => undefined);
  }
}

/** A second app instance (scripts/serve.ts) on the same database and gateway, with its own audit chain. */
function startSecondInstance(port: number, databaseUrl: string, migURL: string): { child: ChildProcess; baseURL: string } {
  const baseURL = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...secrets(),
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      MIG_URL: migURL,
      NEXTAUTH_URL: baseURL,
      AUDIT_CHAIN: "instance-b",
      MIG_REFERENCE_DATE: new Date().toISOString().slice(0, 10),
    },
    stdio: "ignore",
    detached: true,
  });
  return { child, baseURL };
}

async function waitFor(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function twoInstances(system: RunningSystem, databaseUrl: string, migURL: string, a: Targets, rows: BenchRow[]): Promise<void> {
  const second = startSecondInstance(PORT + 1, databaseUrl, migURL);
  try {
    await waitFor(`${second.baseURL}/api/health`, 120_000);
    const b = await targetsFor(second.baseURL, migURL);
    await measure(b.api.summary, 4, 1); // warm-up
    const seconds = SECONDS * 2;
    const one = await measure(a.api.summary, 50, seconds);
    const [ma, mb] = await Promise.all([measure(a.api.summary, 25, seconds), measure(b.api.summary, 25, seconds)]);
    const errors = ma.errors + mb.errors;
    rows.push(
      { metric: `PostgreSQL, one instance, c=50: Summary API`, value: show(one) },
      {
        metric: `PostgreSQL, two instances (own audit chain each), c=25 each: Summary API, together`,
        value: `${Math.round(ma.perSecond + mb.perSecond)}/s · p50 ${ms(ma.p50)} / ${ms(mb.p50)} · ${errors} errors (${ma.total + mb.total}); ${ratio((ma.perSecond + mb.perSecond) / Math.max(one.perSecond, 0.001))} one instance`,
        target: "0 errors",
        pass: errors === 0,
      },
    );
  } finally {
    if (second.child.pid) {
      try {
        process.kill(-second.child.pid, "SIGTERM");
      } catch {
        // gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      try {
        process.kill(-second.child.pid, "SIGKILL");
      } catch {
        // gone
      }
    }
  }
  void system;
}

function auditVerify(databaseUrl: string | undefined, pgliteDir: string | undefined): { ok: boolean; line: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, AUDIT_SIGNING_KEY: secrets().AUDIT_SIGNING_KEY };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = pgliteDir;
  }
  delete env.AUDIT_CHECKPOINT_FILE;
  const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 300_000,
  });
  const line = `${run.stdout}${run.stderr}`.trim().split("\n").at(-1) ?? "";
  return { ok: run.status === 0, line: line.replace(/ at \S+/, "") };
}

async function onBackend(backend: Backend, rows: BenchRow[], notes: string[]): Promise<void> {
  const pgliteDir = ".data/bench-load-pglite";
  const system = await startSystem({
    port: PORT,
    migPort: MIG_PORT,
    pgliteDir,
    logFile: `.data/bench-load-${backend.databaseUrl ? "postgres" : "pglite"}.log`,
    startTimeoutMs: 15 * 60_000,
    ...(backend.databaseUrl ? { databaseUrl: backend.databaseUrl } : {}),
    extraEnv: { MIG_ADMIN: "1", ...(backend.databaseUrl ? { AUDIT_CHAIN: "instance-a" } : {}) },
    allowRebuild: !QUICK,
  });
  if (system.rebuilt) notes.push(`The production build was made first: ${system.rebuilt}.`);
  const migURL = `http://127.0.0.1:${MIG_PORT}`;
  try {
    const t = await targetsFor(system.baseURL, migURL);
    await sideBySide(backend.label, t, rows);
    if (!backend.databaseUrl) await fanOut(backend.label, migURL, t, rows);
    if (backend.databaseUrl) await twoInstances(system, backend.databaseUrl, migURL, t, rows);
  } finally {
    await system.stop();
  }
  const verified = auditVerify(backend.databaseUrl, pgliteDir);
  rows.push({
    metric: `${backend.label}: npm run audit:verify after the run (every instance stopped)`,
    value: verified.line,
    target: "intact",
    pass: verified.ok,
  });
}

async function withPostgresDatabase<T>(server: string, use: (url: string) => Promise<T>): Promise<T> {
  const name = `viewer_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function run(): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  await onBackend({ label: "PGlite" }, rows, notes);
  if (POSTGRES_SERVER)
    await withPostgresDatabase(POSTGRES_SERVER, (url) => onBackend({ label: "PostgreSQL", databaseUrl: url }, rows, notes));
  else
    notes.push(
      QUICK
        ? "Quick mode: PGlite only, c = 1 and 2, one second a target."
        : "PostgreSQL: not run (no LOAD_BENCH_POSTGRES_URL or TEST_POSTGRES_URL).",
    );
  notes.push(
    `System: scripts/start.ts on the production build (scripts/serve.ts on :${PORT}, mock MIG on :${MIG_PORT}), a fresh database each (PGlite in .data/bench-load-pglite; on PostgreSQL a new database, dropped afterwards, the app connecting as its owner); zero injected latency except in the fan-out rows.`,
    `Load: autocannon (closed loop, keep-alive, one connection per concurrent client) in the bench process over loopback, ${SECONDS} s per row after a one-second warm-up of each target; “errors” = connection errors + timeouts + non-2xx answers. Signed in as ${USERNAME} (${ROLE}) with consent recorded for the ordinary demo patient; every API request is a RECORD_VIEW audited before it answers.`,
    "Gateway direct: the same POST /Patient/$gpc.getstructuredrecord with the same sections the app asks for that page (sectionsToRequest for the role), with a bearer token signed by the bench.",
    `Fan-out: ${FAN_OUT_LATENCY_MS} ms latency on every practice through the mock MIG's admin endpoint (MIG_ADMIN=1 in this system only); the record page is the whole server render of /patients/{nhs}/summary (banner trace, care-wishes line and the section).`,
    "Two instances: the second is scripts/serve.ts on the next port, same database, gateway and secrets, AUDIT_CHAIN=instance-b (the first instance-a); both are loaded at once, then stopped (each writes its last signed checkpoint) before audit:verify.",
    "The app, the mock MIG and autocannon share the 2 cores with other work on the machine: throughput is the machine's, not the app's ceiling; the ratios compare targets measured minutes apart in one run.",
  );
  return {
    title: QUICK ? "Load (quick mode)" : "Load: record APIs against the gateway (issue 16)",
    command: "bench/server-load.ts",
    rows,
    notes,
  };
}

export const loadBench: BenchModule = { name: "load", run };
