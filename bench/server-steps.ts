// Per-request breakdown of a record view (BENCHMARKS.md, "Per-request breakdown after the s6 changes"): starts the
// production build with REQUEST_TIMING=1 (each API request logs its step timings and statement count, numbers only),
// signs in as the OOH GP with consent for the ordinary demo patient, makes sequential Summary API requests, and prints
// the median of every step with c = 1 autocannon rows (Summary API, gateway direct, trivial route) from the same run.
// Prints only: it does not write BENCHMARKS.md.
//   npx tsx bench/server-steps.ts                      this checkout, on PostgreSQL when TEST_POSTGRES_URL is set
//   STEPS_ROOTS=<checkout>,<checkout> STEPS_ROUNDS=2   several builds alternately (a checkout without REQUEST_TIMING
//                                                      gives the client-side and autocannon figures only)
// STEPS_BACKEND=pglite|postgres, STEPS_N (sequential requests, default 200), LOAD_BENCH_PORT / LOAD_BENCH_MIG_PORT.
// Loopback only, bounded: N requests and five 4-second autocannon rows per system (c = 1, and c = 50 for throughput).

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Options } from "autocannon";
import pg from "pg";
import { canViewSection } from "../lib/domain/access/policy";
import { sectionsToRequest, structuredRecordParameters } from "../lib/domain/record/section-registry/request-plan";
import scenarios from "../mock-mig/scenarios.json";
import { signDevToken } from "../mock-mig/tools/sign-token";
import { signInWithEpisode } from "./server-load";
import { ROOT, startSystem } from "./system";

const ROOTS = (process.env.STEPS_ROOTS ?? ROOT).split(",").map((r) => path.resolve(r));
const SERVER = (process.env.LOAD_BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL)?.trim() || undefined;
const BACKEND = process.env.STEPS_BACKEND ?? (SERVER ? "postgres" : "pglite");
const ROUNDS = Number(process.env.STEPS_ROUNDS ?? 1);
const N = Number(process.env.STEPS_N ?? 200);
const WARM = 30;
const PORT = Number(process.env.LOAD_BENCH_PORT ?? 3420);
const MIG_PORT = Number(process.env.LOAD_BENCH_MIG_PORT ?? 4420);
const PATIENT = (scenarios as { nhsNumber: string; demonstrates: string[] }[]).find((s) => s.demonstrates.includes("ordinary patient"))!;

type Timing = { kind: string; total: number; statements: number; statementsInProcess?: number; steps: Record<string, number> };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fixed = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "–");

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function cannon(target: object, connections = 1, seconds = 4) {
  const r = await autocannon({ ...target, connections, duration: seconds, timeout: 30 } as Options);
  return { p50: r.latency.p50, mean: r.latency.mean, perSecond: r.requests.total / r.duration, errors: r.errors + r.timeouts + r.non2xx };
}

async function once(root: string): Promise<void> {
  let database: string | undefined;
  let databaseUrl: string | undefined;
  if (BACKEND === "postgres") {
    if (!SERVER) throw new Error("STEPS_BACKEND=postgres needs TEST_POSTGRES_URL or LOAD_BENCH_POSTGRES_URL");
    database = `viewer_steps_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await admin(`CREATE DATABASE "${database}"`);
    const url = new URL(SERVER);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  }
  const logFile = `.data/bench-steps-${BACKEND}.log`;
  const system = await startSystem({
    root,
    port: PORT,
    migPort: MIG_PORT,
    pgliteDir: ".data/bench-steps-pglite",
    logFile,
    startTimeoutMs: 10 * 60_000,
    allowRebuild: false,
    ...(databaseUrl ? { databaseUrl } : {}),
    extraEnv: { REQUEST_TIMING: "1", ED_BOARD: "0", ...(databaseUrl ? { AUDIT_CHAIN: "instance-a" } : {}) },
  });
  try {
    const cookie = await signInWithEpisode(system.baseURL);
    const url = `${system.baseURL}/api/patients/${PATIENT.nhsNumber}/sections/summary`;
    const client: number[] = [];
    for (let i = 0; i < WARM + N; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`Summary API answered ${response.status}`);
      if (i >= WARM) client.push(performance.now() - started);
    }
    const secrets = JSON.parse(readFileSync(path.join(root, ".data", "secrets.json"), "utf8")) as { MIG_JWT_SECRET: string };
    const token = await signDevToken({ secret: secrets.MIG_JWT_SECRET, role: "OOH_GP", lifetimeSeconds: 300 });
    const keys = sectionsToRequest("summary", (s) => canViewSection("OOH_GP", s));
    const gateway = {
      url: `http://127.0.0.1:${MIG_PORT}/Patient/$gpc.getstructuredrecord`,
      method: "POST",
      headers: { authorization: `Bearer ${token}`, accept: "application/fhir+json", "content-type": "application/fhir+json" },
      body: JSON.stringify(structuredRecordParameters(PATIENT.nhsNumber, keys, {})),
    };
    const api = await cannon({ url, headers: { cookie } });
    const direct = await cannon(gateway);
    const trivial = await cannon({ url: `${system.baseURL}/api/auth/csrf` });
    const api50 = await cannon({ url, headers: { cookie } }, 50);
    const trivial50 = await cannon({ url: `${system.baseURL}/api/auth/csrf` }, 50);

    const timings = readFileSync(path.join(root, logFile), "utf8")
      .split("\n")
      .filter((line) => line.includes('"requestTiming"'))
      .map((line) => (JSON.parse(line.slice(line.indexOf("{"))) as { requestTiming: Timing }).requestTiming)
      .filter((t) => t.kind === "record:view")
      .slice(WARM, WARM + N);
    const steps = new Map<string, number[]>();
    const add = (k: string, v: number | undefined) => v !== undefined && (steps.get(k) ?? steps.set(k, []).get(k)!).push(v);
    for (const t of timings) {
      for (const [k, v] of Object.entries(t.steps)) add(k, v);
      add("server total (handler)", t.total);
      add("statements (this request)", t.statements);
      add("statements (process, c=1)", t.statementsInProcess);
    }
    console.log(
      `\n${path.basename(root)} on ${BACKEND}; ${new Date().toISOString()}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    console.log(`  ${timings.length} timed requests; client p50 ${fixed(median(client))} ms (sequential fetch)`);
    for (const [k, v] of steps) console.log(`  ${k}: ${fixed(median(v))}`);
    console.log(
      `  autocannon c=1 p50 (mean): Summary API ${api.p50} (${fixed(api.mean)}) ms; gateway direct ${direct.p50} (${fixed(direct.mean)}) ms; trivial ${trivial.p50} (${fixed(trivial.mean)}) ms`,
    );
    console.log(
      `  ratio Summary ÷ gateway: p50 ${fixed(api.p50 / Math.max(direct.p50, 0.001))}×, mean ${fixed(api.mean / Math.max(direct.mean, 0.001))}×; errors ${api.errors + direct.errors + trivial.errors}`,
    );
    console.log(
      `  c=50: Summary API ${Math.round(api50.perSecond)}/s (p50 ${api50.p50} ms), trivial ${Math.round(trivial50.perSecond)}/s; throughput ratio ${fixed(api50.perSecond / Math.max(trivial50.perSecond, 0.001))}×; errors ${api50.errors + trivial50.errors}`,
    );
  } finally {
    await system.stop();
    if (database) await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) for (const root of ROOTS) await once(root);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
