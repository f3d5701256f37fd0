// npm run bench — runs each benchmark module in turn and writes BENCHMARKS.md.
// To add a benchmark: export a BenchModule from bench/<name>.ts and append it to BENCHES.

import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migBench } from "./mig";
import type { BenchModule, BenchResult } from "./types";

const BENCHES: BenchModule[] = [migBench];

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

function section(r: BenchResult): string {
  const rows = r.rows.map((row) => `| ${row.metric} | ${row.value} | ${row.target ?? ""} | ${row.pass === undefined ? "" : row.pass ? "yes" : "**no**"} |`);
  return [
    `## ${r.title}`,
    "",
    ...(r.command ? [`Command: \`${r.command}\``, ""] : []),
    "| measure | result | target | met |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    ...(r.notes ?? []).map((n) => `- ${n}`),
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const only = process.argv[2];
  // Other work on the machine skews latency on two cores; record how busy it was.
  const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  const results: BenchResult[] = [];
  for (const bench of BENCHES) {
    if (only && bench.name !== only) continue;
    console.log(`running ${bench.name}…`);
    results.push(await bench.run());
  }
  const doc = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.ts). Figures are measurements on the machine below, not assertions; tests never time anything.",
    "",
    `- Command: \`npm run bench${only ? ` -- ${only}` : ""}\``,
    `- Machine: ${machine()}`,
    `- Date: ${new Date().toISOString()}`,
    `- Load average (1/5/15 min) before: ${loadBefore}; after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
    "",
    ...results.map(section),
  ].join("\n");
  writeFileSync(path.join(__dirname, "..", "BENCHMARKS.md"), doc);
  console.log(doc);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
