// Record mapping benchmark: the app's server-side work per record page that does not depend on the network —
// mapping the MIG's FHIR Bundle to the view model (with the medication safety checks) and cutting it down to what
// the page is sent — for an ordinary record and the very long one (2,201 medication issues). In-process, no
// servers: the mock MIG's own builder makes the Bundles. Bounded: a fixed number of rounds.
// Run alone: `npm run bench -- record-mapping`.

import { ALL_SECTIONS, buildStructuredRecord, demoNhsNumber } from "../mock-mig";
import { canViewSection } from "../lib/domain/access/policy";
import type { RecordSection } from "../lib/domain/record/section-registry/meta";
import { sectionsToRequest } from "../lib/domain/record/section-registry/request-plan";
import { mapStructuredRecord, sectionContent } from "../lib/domain/record-view";
import { percentile } from "./load";
import type { BenchModule, BenchResult, BenchRow } from "./types";

const ROUNDS = Number(process.env.MAPPING_BENCH_ROUNDS ?? 40);
const WARM_UP = 5;
const NOW = new Date("2026-11-01T12:00:00Z"); // the mock's default reference date: its "today"

const PATIENTS = [
  { label: "ordinary patient", id: "ordinary" as const },
  { label: "very long record", id: "long-record" as const },
];
const SECTIONS: RecordSection[] = ["summary", "medications"];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function run(): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  for (const patient of PATIENTS) {
    // Every section the mock has; the mapping maps only those the page asks for, as the app does.
    const bundle = buildStructuredRecord(demoNhsNumber(patient.id), ALL_SECTIONS);
    for (const section of SECTIONS) {
      const requested = sectionsToRequest(section, (s) => canViewSection("AE_DOCTOR", s));
      const times: number[] = [];
      let whole = 0;
      let sent = 0;
      let issues = 0;
      for (let i = 0; i < WARM_UP + ROUNDS; i++) {
        const started = performance.now();
        const mapped = mapStructuredRecord(bundle, { now: NOW, requested });
        if (!mapped.ok) throw new Error(`${patient.id}: ${mapped.error.code}`);
        const { patient: _patient, ...record } = mapped.record;
        const content = sectionContent(section, record);
        const elapsed = performance.now() - started;
        if (i < WARM_UP) continue;
        times.push(elapsed);
        whole = JSON.stringify(record).length;
        sent = JSON.stringify(content).length;
        issues = record.sections.medications?.issues.length ?? 0;
      }
      const sorted = times.sort((a, b) => a - b);
      rows.push({
        metric: `map + cut to the page, ${patient.label} (${issues} issues), ${section}: p50 / p95`,
        value: `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))}`,
      });
      rows.push({
        metric: `JSON the page is sent ÷ whole view model, ${patient.label}, ${section}`,
        value: `${kb(sent)} ÷ ${kb(whole)} = ${(sent / whole).toFixed(3)}`,
      });
    }
  }
  return {
    title: "Record mapping (issue 5, server side)",
    command: "bench/record-mapping.ts",
    rows,
    notes: [
      `In-process: mapStructuredRecord (FHIR Bundle → view model, including the medication safety checks) then sectionContent (what the page is sent), on Bundles built by the mock MIG's builder for its "ordinary" and "long-record" demo patients with every section; each page maps the sections it asks the MIG for (sectionsToRequest, A&E doctor). ${ROUNDS} timed rounds after ${WARM_UP} warm-up rounds, one after another on one core; JSON sizes are JSON.stringify lengths.`,
      "Not timed here: the MIG round trip, JSON parsing of its answer, the audit write and rendering; the record page benchmark measures all of them end to end.",
    ],
  };
}

export const recordMappingBench: BenchModule = { name: "record-mapping", run };
