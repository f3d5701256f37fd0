// Mock MIG benchmark: starts `mock-mig/main.ts` as its own process on a loopback port, measures
// start-up, NHS-number lookup, trace and structured record latency at 20 concurrent clients, and RSS.
// Bounded: fixed request counts and an overall deadline; the server is stopped at the end.

import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ALL_PARAMETERS } from "../test/mig/helpers";
import { populationContext } from "../mock-mig/population/context";
import { demographicsOf } from "../mock-mig/population/demographics";
import { isoDate } from "../mock-mig/population/days";
import { TOTAL_PATIENTS } from "../mock-mig/population/practices";
import { DEV_SECRET } from "../mock-mig/server/config";
import { signDevToken } from "../mock-mig/tools/sign-token";
import { closeClient, request } from "./http-client";
import { runLoad, type LoadResult } from "./load";
import type { BenchModule, BenchResult, BenchRow } from "./types";

const PORT = Number(process.env.MIG_BENCH_PORT ?? 4099);
const CONCURRENCY = 20;
const DEADLINE_MS = 240_000;
const ROOT = path.resolve(__dirname, "..");

export function startServer(port = PORT): Promise<{ child: ChildProcess; wallMs: number; reportedMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "mock-mig/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      MIG_PORT: String(port),
      MIG_HOST: "127.0.0.1",
      MIG_LOG_LEVEL: "warn",
      MIG_BENCH_READY: "1",
      MIG_IMPORT_DIR: path.join(ROOT, ".data", "bench-no-imports"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("mock MIG did not start within 30 s")), 30_000);
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/metadata`);
        if (res.ok) {
          clearTimeout(timer);
          const wallMs = performance.now() - started;
          resolve({ child, wallMs, reportedMs: wallMs });
          return;
        }
      } catch {
        // not listening yet
      }
      setTimeout(() => void poll(), 20);
    };
    child.once("exit", (code) => reject(new Error(`mock MIG exited early with ${code}`)));
    void poll();
  });
}

/** The server process and its cluster workers. */
export function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}

/** Resident memory summed over the server's processes (current and each one's peak). */
export function rssMb(pid: number): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const p of processTree(pid)) {
    const status = readFileSync(`/proc/${p}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    rss += kb("VmRSS") / 1024;
    peak += kb("VmHWM") / 1024;
  }
  return { rss, peak };
}

/** User + system CPU time of a process so far, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return sum + (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
  }, 0);
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

function loadRows(label: string, r: LoadResult, targetP95: number): BenchRow[] {
  return [
    { metric: `${label}: p95`, value: ms(r.p95), target: `< ${targetP95} ms`, pass: r.p95 < targetP95 && r.errors === 0 },
    { metric: `${label}: p50 / p99 / max`, value: `${ms(r.p50)} / ${ms(r.p99)} / ${ms(r.max)}` },
    { metric: `${label}: requests, errors, throughput`, value: `${r.count}, ${r.errors}, ${r.perSecond.toFixed(0)}/s` },
  ];
}

async function run(): Promise<BenchResult> {
  const deadline = setTimeout(() => {
    console.error("benchmark deadline reached");
    process.exit(2);
  }, DEADLINE_MS);
  const { child, wallMs } = await startServer();
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const ctx = populationContext();
    // Patients spread over the population; skip the offline demo practice and sensitive patients.
    const sample = Array.from({ length: 4000 }, (_, k) => demographicsOf(ctx, (k * 275_003 + 11) % TOTAL_PATIENTS)).filter(
      (d) => !d.sensitive && d.practice.odsCode !== "Y90143",
    );
    const pick = (i: number) => sample[i % sample.length]!;
    const auth = { authorization: `Bearer ${await signDevToken({ secret: process.env.MIG_JWT_SECRET ?? DEV_SECRET })}` };
    let recordBytes = 0;
    const ok = (res: { status: number; bytes: number }) => {
      recordBytes += res.bytes;
      return res.status === 200;
    };
    const lookup = (i: number) =>
      request(`${base}/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${pick(i).nhsNumber}`, { headers: auth }).then(ok);
    const trace = (i: number) => {
      const d = pick(i);
      return request(
        `${base}/Patient?family=${encodeURIComponent(d.family)}&given=${encodeURIComponent(d.given[0] ?? "")}&birthdate=${isoDate(d.birthDay)}`,
        { headers: auth },
      ).then(ok);
    };
    const record = (i: number) =>
      request(`${base}/Patient/$gpc.getstructuredrecord`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/fhir+json" },
        body: JSON.stringify({
          resourceType: "Parameters",
          parameter: [
            { name: "patientNHSNumber", valueIdentifier: { system: "https://fhir.nhs.uk/Id/nhs-number", value: pick(i).nhsNumber } },
            ...ALL_PARAMETERS,
          ],
        }),
      }).then(ok);
    await runLoad(300, CONCURRENCY, (i) => record(i + 7)); // warm-up (JIT)
    await runLoad(300, CONCURRENCY, (i) => lookup(i + 7));
    await runLoad(300, CONCURRENCY, (i) => trace(i + 7));
    const lookupResult = await runLoad(4000, CONCURRENCY, lookup);
    const traceResult = await runLoad(4000, CONCURRENCY, trace);
    recordBytes = 0;
    const cpuBefore = cpuMs(child.pid ?? 0);
    const recordResult = await runLoad(3000, CONCURRENCY, record);
    const cpuPerRecord = (cpuMs(child.pid ?? 0) - cpuBefore) / recordResult.count;
    const avgKb = recordBytes / recordResult.count / 1024;
    const memory = rssMb(child.pid ?? 0);
    return {
      title: "Mock MIG (mock-mig/)",
      command: "bench/mig.ts",
      rows: [
        {
          metric: "start-up (spawn → first answer, incl. tsx compile and trace index)",
          value: ms(wallMs),
          target: "< 3000 ms",
          pass: wallMs < 3000,
        },
        ...loadRows(`NHS-number lookup, ${CONCURRENCY} clients`, lookupResult, 20),
        ...loadRows(`name + DOB trace, ${CONCURRENCY} clients`, traceResult, 100),
        ...loadRows(`structured record (all sections, with issues), ${CONCURRENCY} clients`, recordResult, 50),
        {
          metric: "structured record: server CPU per request, average response size",
          value: `${cpuPerRecord.toFixed(2)} ms, ${avgKb.toFixed(0)} KB`,
        },
        {
          metric: `server RSS after the runs, all ${processTree(child.pid ?? 0).length} processes (sum of peaks)`,
          value: `${memory.rss.toFixed(0)} MB (${memory.peak.toFixed(0)} MB)`,
          target: "< 500 MB",
          pass: memory.peak < 500,
        },
      ],
      notes: [
        "Zero injected latency (default fault file; the offline demo practice is excluded from the sample). One server process (MIG_WORKERS=1, the default).",
        "Server and load generator share the 2 cores; the generator is a closed loop of 20 node:http keep-alive clients over loopback.",
        `Sample: ${sample.length} patients spread over the 1.1M population; structured record responses averaged ${avgKb.toFixed(0)} KB of JSON.`,
      ],
    };
  } finally {
    clearTimeout(deadline);
    closeClient();
    child.kill("SIGTERM");
  }
}

export const migBench: BenchModule = { name: "mig", run };
