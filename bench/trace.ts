// Trace benchmark (issue 18): the mock MIG's PDS-style trace over the 1.1M population, each query with a misspelt
// family name and a partial date of birth (the year, or the month and year), at 20 concurrent clients over loopback.
// Also the cost of the trace index at start-up, measured in this process, and how often the intended patient is
// among the results. Bounded: fixed request counts, an overall deadline, the server stopped at the end.

import { populationContext } from "../mock-mig/population/context";
import { demographicsOf, type Demographics } from "../mock-mig/population/demographics";
import { isoDate } from "../mock-mig/population/days";
import { TOTAL_PATIENTS } from "../mock-mig/population/practices";
import { buildTraceIndex } from "../mock-mig/population/trace-index";
import { DEV_SECRET } from "../mock-mig/server/config";
import { signDevToken } from "../mock-mig/tools/sign-token";
import { closeClient, request } from "./http-client";
import { runLoad } from "./load";
import { rssMb, startServer } from "./mig";
import type { BenchModule, BenchResult } from "./types";

const PORT = Number(process.env.TRACE_BENCH_PORT ?? 4098);
const CONCURRENCY = 20;
const DEADLINE_MS = 240_000;

/** A deterministic misspelling: swap two middle letters, drop a doubled letter, or change a vowel. */
export function misspell(name: string, k: number): string {
  const lower = name.toLowerCase();
  if (lower.length < 5) return name;
  switch (k % 3) {
    case 0: {
      const i = Math.floor(lower.length / 2);
      return name.slice(0, i - 1) + name[i] + name[i - 1] + name.slice(i + 1);
    }
    case 1: {
      const doubled = /(.)\1/.exec(lower);
      if (doubled) return name.slice(0, doubled.index) + name.slice(doubled.index + 1);
      return name.slice(0, -1) + (lower.endsWith("e") ? "" : "e");
    }
    default: {
      const v = /[aeiou]/.exec(lower.slice(1));
      if (!v) return name + "e";
      const at = v.index + 1;
      return name.slice(0, at) + (lower[at] === "e" ? "a" : "e") + name.slice(at + 1);
    }
  }
}

function query(d: Demographics, k: number): string {
  const born = isoDate(d.birthDay);
  const params = new URLSearchParams({
    family: misspell(d.family, k),
    given: d.given[0] ?? "",
    birthdate: k % 2 === 0 ? born.slice(0, 4) : born.slice(0, 7),
    // As the viewer asks: no more than it can show (lib/server/patients/search-patients.ts).
    _count: "10",
  });
  return params.toString();
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function run(): Promise<BenchResult> {
  const deadline = setTimeout(() => {
    console.error("benchmark deadline reached");
    process.exit(2);
  }, DEADLINE_MS);
  const ctx = populationContext();
  const t0 = performance.now();
  buildTraceIndex(ctx);
  const indexMs = performance.now() - t0;
  const { child, wallMs } = await startServer(PORT);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const sample = Array.from({ length: 3000 }, (_, k) => demographicsOf(ctx, (k * 367_001 + 29) % TOTAL_PATIENTS)).filter(
      (d) => !d.sensitive,
    );
    const pick = (i: number) => sample[i % sample.length]!;
    const headers = {
      authorization: `Bearer ${await signDevToken({ secret: process.env.MIG_JWT_SECRET ?? DEV_SECRET, consent: "trace-only" })}`,
    };
    const traceOne = (i: number) => request(`${base}/Patient?${query(pick(i), i)}`, { headers }).then((r) => r.status === 200);

    // Does the trace find the intended patient? A sequential pass, not timed.
    let found = 0;
    let withinTen = 0;
    const checked = 300;
    for (let i = 0; i < checked; i++) {
      const res = await fetch(`${base}/Patient?${query(pick(i), i)}`, { headers });
      const bundle = (await res.json()) as { total?: number; entry?: { resource: { identifier?: { value?: string }[] } }[] };
      if ((bundle.entry ?? []).some((e) => e.resource.identifier?.[0]?.value === pick(i).nhsNumber)) found++;
      if ((bundle.total ?? 0) <= 10) withinTen++;
    }

    await runLoad(400, CONCURRENCY, (i) => traceOne(i + 5000)); // warm-up (JIT)
    const result = await runLoad(6000, CONCURRENCY, traceOne);
    const memory = rssMb(child.pid ?? 0);
    return {
      title: "Trace search: fuzzy family name + partial date of birth (mock MIG)",
      command: "bench/trace.ts",
      rows: [
        {
          metric: `trace, misspelt family name + year or month of birth, ${CONCURRENCY} clients: p95`,
          value: ms(result.p95),
          target: "< 100 ms",
          pass: result.p95 < 100 && result.errors === 0,
        },
        { metric: "p50 / p99 / max", value: `${ms(result.p50)} / ${ms(result.p99)} / ${ms(result.max)}` },
        { metric: "requests, errors, throughput", value: `${result.count}, ${result.errors}, ${result.perSecond.toFixed(0)}/s` },
        { metric: "trace index build over 1.1M patients (in the benchmark process)", value: ms(indexMs) },
        { metric: "mock MIG start-up (spawn → first answer, incl. tsx compile and the index)", value: ms(wallMs) },
        { metric: "server RSS after the run (peak)", value: `${memory.rss.toFixed(0)} MB (${memory.peak.toFixed(0)} MB)` },
        {
          metric: `intended patient found / 10 or fewer results (${checked} misspelt queries)`,
          value: `${((found / checked) * 100).toFixed(1)}% / ${((withinTen / checked) * 100).toFixed(1)}%`,
        },
      ],
      notes: [
        "Misspellings: two middle letters swapped, a doubled letter dropped (or an e added or dropped at the end), or a vowel changed; names under five letters typed correctly.",
        "Dates of birth alternate between the year alone and the month and year. One server process (MIG_WORKERS=1); server and load generator share the cores.",
        `Sample: ${sample.length} patients spread over the population (sensitive patients left out: they are never found).`,
      ],
    };
  } finally {
    clearTimeout(deadline);
    closeClient();
    child.kill("SIGTERM");
  }
}

export const traceBench: BenchModule = { name: "trace", run };
