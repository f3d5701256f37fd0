// npm run bench — runs each benchmark module in turn and writes BENCHMARKS.md.
// npm run bench -- <name> (or npx tsx bench/run.ts <name>) runs one benchmark (mig, record-mapping, record-page, medication-safety,
// load, trace, launch) and keeps the other sections of BENCHMARKS.md as they were; each section carries its own command, machine, date and load.
// BENCH_OUTPUT=<file> writes there instead of BENCHMARKS.md (the load benchmark's quick mode in the test suite).
// To add a benchmark: export a BenchModule from bench/<name>.ts and append it to BENCHES.

import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchBench } from "./launch";
import { medicationSafetyBench } from "./medication-safety";
import { migBench } from "./mig";
import { recordMappingBench } from "./record-mapping";
import { recordPageBench } from "./record-page";
import { loadBench } from "./server-load";
import { traceBench } from "./trace";
import type { BenchModule, BenchResult } from "./types";

const BENCHES: BenchModule[] = [migBench, recordMappingBench, recordPageBench, medicationSafetyBench, loadBench, traceBench, launchBench];
const OUTPUT = process.env.BENCH_OUTPUT ? path.resolve(process.env.BENCH_OUTPUT) : path.join(__dirname, "..", "BENCHMARKS.md");

function machine(): string {
  const nproc = (() => {
    try {
      return execSync("nproc", { encoding: "utf8" }).trim();
    } catch {
      return String(os.cpus().length);
    }
  })();
  const cpu = os.cpus()[0]?.model ?? "unknown";
  return `nproc ${nproc}; CPU ${cpu}; memory ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}; ${os.type()} ${os.release()}`;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function section(r: BenchResult, run: { command: string; date: string; loadBefore: string; loadAfter: string }): string {
  const rows = r.rows.map(
    (row) => `| ${row.metric} | ${row.value} | ${row.target ?? ""} | ${row.pass === undefined ? "" : row.pass ? "yes" : "**no**"} |`,
  );
  return [
    `## ${r.title}`,
    "",
    `- Command: \`${run.command}\`${r.command ? ` (${r.command})` : ""}`,
    `- Machine: ${machine()}`,
    `- Date: ${run.date}`,
    // Other work on the machine skews latency on two cores; record how busy it was.
    `- Load average (1/5/15 min) before: ${run.loadBefore}; after: ${run.loadAfter}`,
    "",
    "| measure | result | target | met |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    ...(r.notes ?? []).map((n) => `- ${n}`),
    "",
  ].join("\n");
}

/** The sections of the current BENCHMARKS.md, by title, to keep those of benchmarks not rerun. */
function existingSections(): Map<string, string> {
  if (!existsSync(OUTPUT)) return new Map();
  const parts = readFileSync(OUTPUT, "utf8")
    .split(/^(?=## )/m)
    .slice(1);
  return new Map(parts.map((part) => [part.slice(3, part.indexOf("\n")).trim(), part.trimEnd() + "\n"]));
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only && !BENCHES.some((b) => b.name === only))
    throw new Error(`no benchmark named ${only}; choose one of ${BENCHES.map((b) => b.name).join(", ")}`);
  const sections = only ? existingSections() : new Map<string, string>();
  for (const bench of BENCHES) {
    if (only && bench.name !== only) continue;
    console.log(`running ${bench.name}…`);
    const loadBefore = loadAverage();
    const date = new Date().toISOString();
    const result = await bench.run();
    sections.set(
      result.title,
      section(result, { command: only ? `npm run bench -- ${only}` : "npm run bench", date, loadBefore, loadAfter: loadAverage() }),
    );
  }
  const doc = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.ts); `npm run bench -- <name>` reruns one benchmark and keeps the other sections. Figures are measurements on the machine named in each section, not assertions; tests never time anything.",
    "",
    ...sections.values(),
  ].join("\n");
  writeFileSync(OUTPUT, doc);
  console.log(doc);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
