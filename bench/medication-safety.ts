// Medication safety benchmark: the safety checks alone (current-medication decisions, allergy
// cross-reactivity, interactions, duplicates, controlled-drug earliness) on the server, for the very long
// demo record (about 2,000 medication issues). In-process, no servers: the mock MIG's builder makes the
// Bundle, which is mapped once; only the checks are timed. Bounded: a fixed number of rounds.
// Run alone: `npm run bench -- medication-safety`.

import { ALL_SECTIONS, buildStructuredRecord, demoNhsNumber } from "../mock-mig";
import { mapStructuredRecord } from "../lib/domain/record-view";
import { checkMedicationSafetySafely } from "../lib/domain/medication-safety/check-medication-safety";
import { percentile } from "./load";
import type { BenchModule, BenchResult, BenchRow } from "./types";

const ROUNDS = Number(process.env.SAFETY_BENCH_ROUNDS ?? 60);
const WARM_UP = 5;
const NOW = new Date("2026-11-01T12:00:00Z"); // the mock's default reference date: its "today"
const TARGET_MS = 10;
const PATIENTS = [
  { label: "very long record", id: "long-record" as const },
  { label: "overdose-story record (early controlled drugs)", id: "early-controlled-drugs" as const },
];

async function run(): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  for (const patient of PATIENTS) {
    const mapped = mapStructuredRecord(buildStructuredRecord(demoNhsNumber(patient.id), ALL_SECTIONS), { now: NOW });
    if (!mapped.ok) throw new Error(`${patient.id}: ${mapped.error.code}`);
    const meds = mapped.record.sections.medications;
    const allergies = mapped.record.sections.allergies ?? null;
    if (!meds) throw new Error(`${patient.id}: no medications`);
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < WARM_UP + ROUNDS; i++) {
      const started = performance.now();
      const report = checkMedicationSafetySafely(meds, allergies, { now: NOW });
      const elapsed = performance.now() - started;
      if (report.status !== "checked") throw new Error(`${patient.id}: checks could not run`);
      findings = report.findings.length;
      if (i >= WARM_UP) times.push(elapsed);
    }
    const sorted = times.sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    rows.push({
      metric: `safety checks, ${patient.label} (${meds.issues.length} issues, ${meds.all.length} medications, ${findings} findings): p50 / p95`,
      value: `${p50.toFixed(2)} ms / ${percentile(sorted, 95).toFixed(2)} ms`,
      target: patient.id === "long-record" ? `p50 < ${TARGET_MS} ms` : undefined,
      pass: patient.id === "long-record" ? p50 < TARGET_MS : undefined,
    });
  }
  return {
    title: "Medication safety checks (issue 11, server side)",
    command: "bench/medication-safety.ts",
    rows,
    notes: [
      `In-process: checkMedicationSafetySafely on the view model the app maps from the mock MIG's Bundle (mapped once, not timed). ${ROUNDS} timed rounds after ${WARM_UP} warm-up rounds, one after another on one core.`,
    ],
  };
}

export const medicationSafetyBench: BenchModule = { name: "medication-safety", run };
